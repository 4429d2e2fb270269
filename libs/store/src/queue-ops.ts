import type { Kysely } from 'kysely';
import { pickBundle, type BundleLimits, type TrialParams } from '@thresher/sweep';
import type { Database } from './schema';
import type { StoreContext } from './store-context';
import type {
  FailureReport,
  HeartbeatRequest,
  HeartbeatResult,
  Lease,
  LeaseRequest,
} from './store';
import { chunkRows } from './chunk';
import { PARAM_COLUMNS, paramsFromColumns } from './param-columns';
import { ForeignAttemptError, InvalidInputError, UnknownAttemptError } from './errors';
import { requirePositiveInteger, requireText, requireTime } from './validate';
import { changeTrialStatus } from './counted-status-change';
import { statusIsPending } from './status-among';

/** Most candidates read to pick one bundle from, per trial it may hold. */
const CANDIDATES_PER_SLOT = 4;

/** The heaviest pending trial, earliest first among equals: the head of the queue. */
export function headOfQueue(db: Kysely<Database>) {
  return db
    .selectFrom('trials as t')
    .select(['t.batch', 't.cost'])
    .where(statusIsPending('t.status'))
    .orderBy('t.cost', 'desc')
    .orderBy('t.seq')
    .limit(1);
}

/** Pending trials that may share a bundle with the head: its batch key's hash, at most its cost. */
export function bundleCandidates(
  db: Kysely<Database>,
  head: { batch: number; cost: number },
  limit: number,
) {
  return db
    .selectFrom('trials as t')
    .select(['t.trial_id', 't.attempts', ...PARAM_COLUMNS.map((name) => `t.${name}` as const)])
    .where(statusIsPending('t.status'))
    .where('t.batch', '=', head.batch)
    .where('t.cost', '<=', head.cost)
    .orderBy('t.cost', 'desc')
    .orderBy('t.seq')
    .limit(limit);
}

/**
 * Leases one bundle: the heaviest pending trial (estimated flops, then submission order)
 * and the batch-compatible trials that join it within the request's bounds (pickBundle:
 * trials, flops, bytes, padding). Heaviest first makes workers finish together: the
 * cheap trials fill the end of the sweep.
 * PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent leasers take disjoint trials without
 * waiting; SQLite: the whole transaction holds the write lock (BEGIN IMMEDIATE).
 *
 * Invariant relied on (kept by insertSweep, cancelSweep and retryFailed): a pending trial
 * belongs to at least one active sweep, except while a cancel walks a large sweep in chunks
 * (a trial it has not reached yet may still be leased, and is cancelled when reached). So the
 * queue is just the pending trials' (cost, seq) and (batch, cost, seq) indexes (partial,
 * 0014), with no join on sweeps: a semi-join there made
 * PostgreSQL scan every trial.
 */
export async function leaseTrials(c: StoreContext, request: LeaseRequest): Promise<Lease[]> {
  const workerId = requireText('workerId', request.workerId);
  const max = requirePositiveInteger('max', request.max, 10_000);
  const leaseMs = requirePositiveInteger('leaseMs', Math.round(request.leaseMs));
  const now = requireTime('now', request.now);
  const limits: BundleLimits = {
    maxTrials: max,
    maxFlops: optionalPositive('maxFlops', request.maxFlops, Number.POSITIVE_INFINITY),
    maxBytes: optionalPositive('maxBytes', request.maxBytes, Number.POSITIVE_INFINITY),
    maxPadding: optionalPositive('maxPadding', request.maxPadding, Number.POSITIVE_INFINITY),
  };
  if (limits.maxPadding < 1) throw new InvalidInputError('maxPadding', 'must be >= 1');
  const expiresAt = now + leaseMs;
  const lock = c.dialect.rowLocks;

  return c.tx(async (db) => {
    const first = await headOfQueue(db)
      .$if(lock, (q) => q.forUpdate().skipLocked())
      .executeTakeFirst();
    if (first === undefined) return [];
    const candidates = await bundleCandidates(
      db,
      first,
      Math.min(10_000, max * CANDIDATES_PER_SLOT),
    )
      .$if(lock, (q) => q.forUpdate().skipLocked())
      .execute();
    const parsed = candidates.map((t) => paramsFromColumns(t));
    const picked = pickBundle(parsed, limits).map((i) => ({
      ...(candidates[i] as (typeof candidates)[number]),
      parsed: parsed[i] as TrialParams,
    }));
    if (picked.length === 0) return [];

    const inserted: { attempt_id: number; trial_id: string }[] = [];
    for (const batch of chunkRows(picked, 6, c.dialect.maxParameters)) {
      const rows = await db
        .insertInto('attempts')
        .values(
          batch.map((t) => ({
            trial_id: t.trial_id,
            worker_id: workerId,
            attempt: Number(t.attempts) + 1,
            started_at: now,
            expires_at: expiresAt,
          })),
        )
        .returning(['attempt_id', 'trial_id'])
        .execute();
      inserted.push(...rows);
    }
    const attemptOf = new Map(inserted.map((r) => [r.trial_id, Number(r.attempt_id)]));
    for (const batch of chunkRows(picked, 1, c.dialect.maxParameters, 5000)) {
      await changeTrialStatus(db, c.dialect, {
        ids: batch.map((t) => t.trial_id),
        from: ['pending'],
        to: 'leased',
        set: (eb) => ({
          attempts: eb('attempts', '+', 1),
          current_attempt_id: eb
            .selectFrom('attempts as a')
            .select((ab) => ab.fn.max('a.attempt_id').as('m'))
            .whereRef('a.trial_id', '=', 'trials.trial_id'),
          updated_at: now,
        }),
      });
    }
    return picked.map((t) => ({
      attemptId: attemptOf.get(t.trial_id) as number,
      trialId: t.trial_id,
      params: t.parsed,
      attempt: Number(t.attempts) + 1,
      expiresAt: new Date(expiresAt),
    }));
  });
}

function optionalPositive(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new InvalidInputError(field, `must be a number > 0, got ${String(value)}`);
  }
  return value;
}

/** Attempts with their trial, for the checks of heartbeat/complete/fail. */
export function attemptsWithTrial(db: Kysely<Database>) {
  return db
    .selectFrom('attempts as a')
    .innerJoin('trials as t', 't.trial_id', 'a.trial_id')
    .select([
      'a.attempt_id',
      'a.trial_id',
      'a.worker_id',
      'a.outcome',
      'a.started_at',
      'a.expires_at',
      'a.error',
      't.status',
      't.attempts',
      't.current_attempt_id',
      't.steps',
      't.record_every',
    ]);
}

/**
 * Extends the worker's live leases. A lease is live while it is open, owned by the
 * caller, not past its expiry, and still its trial's current attempt; every other id
 * (expired, taken over, cancelled, unknown, someone else's) is returned in `stop`.
 */
export async function heartbeat(
  c: StoreContext,
  request: HeartbeatRequest,
): Promise<HeartbeatResult> {
  const workerId = requireText('workerId', request.workerId);
  const leaseMs = requirePositiveInteger('leaseMs', Math.round(request.leaseMs));
  const now = requireTime('now', request.now);
  const ids = [...new Set(request.attemptIds ?? [])].filter((id) => Number.isSafeInteger(id));
  const invalid = (request.attemptIds ?? []).filter((id) => !Number.isSafeInteger(id));
  if (ids.length === 0) return { extended: [], stop: invalid };

  return c.tx(async (db) => {
    const live = new Set<number>();
    const trialSteps = new Map<number, number>();
    for (const batch of chunkRows(ids, 1, c.dialect.maxParameters, 5000)) {
      const rows = await attemptsWithTrial(db).where('a.attempt_id', 'in', batch).execute();
      for (const r of rows) {
        trialSteps.set(Number(r.attempt_id), Number(r.steps));
        const ok =
          r.worker_id === workerId &&
          r.outcome === null &&
          Number(r.expires_at) > now &&
          r.status === 'leased' &&
          Number(r.current_attempt_id) === Number(r.attempt_id);
        if (ok) live.add(Number(r.attempt_id));
      }
    }
    // The update re-checks the lease: on PostgreSQL a concurrent expiry or completion that
    // committed meanwhile is seen here (the row is re-read after its lock is released).
    const confirmed = new Set<number>();
    for (const batch of chunkRows([...live], 1, c.dialect.maxParameters, 5000)) {
      const rows = await db
        .updateTable('attempts')
        .set({ expires_at: now + leaseMs, heartbeat_at: now })
        .where('attempt_id', 'in', batch)
        .where('worker_id', '=', workerId)
        .where('outcome', 'is', null)
        .where('expires_at', '>', now)
        .returning('attempt_id')
        .execute();
      for (const r of rows) confirmed.add(Number(r.attempt_id));
    }
    const extended = ids.filter((id) => confirmed.has(id));
    for (const p of request.progress ?? []) {
      if (!confirmed.has(p.attemptId) || !Number.isSafeInteger(p.step) || p.step < 0) continue;
      // A step past the trial's last one cannot be true: it is not believed (the lease is
      // still extended; the progress keeps its last plausible value).
      if (p.step > (trialSteps.get(p.attemptId) ?? 0)) continue;
      await db
        .updateTable('attempts')
        .set({ progress_step: p.step })
        .where('attempt_id', '=', p.attemptId)
        .execute();
    }
    return { extended, stop: [...ids.filter((id) => !confirmed.has(id)), ...invalid] };
  });
}

async function loadOwnedAttempt(
  c: StoreContext,
  db: Kysely<Database>,
  attemptId: number,
  workerId: string,
) {
  // PostgreSQL: the trial row is locked, serializing everything that touches this trial
  // (completions, failures, expiry); the row read is its latest committed version.
  const row = await attemptsWithTrial(db)
    .where('a.attempt_id', '=', attemptId)
    .$if(c.dialect.rowLocks, (q) => q.forUpdate(['t']))
    .executeTakeFirst();
  if (row === undefined) throw new UnknownAttemptError(attemptId, workerId, 'no such attempt');
  if (row.worker_id !== workerId) {
    throw new ForeignAttemptError(attemptId, workerId);
  }
  return row;
}

/**
 * Records the failure on the attempt (every attempt keeps its own error) and requeues
 * the trial while it is retryable and has attempts left; otherwise the trial fails.
 * A report for a lease that already ended (expired, released, taken over) is 'ignored'
 * apart from keeping its error.
 */
export async function failAttempt(
  c: StoreContext,
  report: FailureReport,
): Promise<'requeued' | 'failed' | 'ignored'> {
  const attemptId = requirePositiveInteger('attemptId', report.attemptId);
  const workerId = requireText('workerId', report.workerId);
  const now = requireTime('now', report.now);
  const maxAttempts = requirePositiveInteger('maxAttempts', report.maxAttempts, 1000);
  const error =
    typeof report.error === 'string' && report.error.length > 0
      ? report.error.slice(0, 10_000)
      : 'unknown error';
  const retryable = report.retryable === true;

  return c.tx(async (db) => {
    const a = await loadOwnedAttempt(c, db, attemptId, workerId);
    const current =
      a.outcome === null && a.status === 'leased' && Number(a.current_attempt_id) === attemptId;
    if (!current) {
      await db
        .updateTable('attempts')
        .set({ error, retryable: retryable ? 1 : 0 })
        .where('attempt_id', '=', attemptId)
        .where('error', 'is', null)
        .execute();
      await db
        .updateTable('attempts')
        .set({ outcome: 'failed', ended_at: now })
        .where('attempt_id', '=', attemptId)
        .where('outcome', 'is', null)
        .execute();
      return 'ignored';
    }
    await db
      .updateTable('attempts')
      .set({ outcome: 'failed', error, retryable: retryable ? 1 : 0, ended_at: now })
      .where('attempt_id', '=', attemptId)
      .execute();
    const requeue = retryable && Number(a.attempts) < maxAttempts;
    await db
      .updateTable('trials')
      .set({ status: requeue ? 'pending' : 'failed', last_error: error, updated_at: now })
      .where('trial_id', '=', a.trial_id)
      .execute();
    return requeue ? 'requeued' : 'failed';
  });
}

/** Expired open leases end as 'expired'; their trials are requeued, or failed after maxAttempts. */
export async function expireLeases(
  c: StoreContext,
  nowDate: Date,
  maxAttempts: number,
): Promise<number> {
  const now = requireTime('now', nowDate);
  requirePositiveInteger('maxAttempts', maxAttempts, 1000);
  return c.tx(async (db) => {
    // SKIP LOCKED: a lease being completed right now is left to that completion.
    const rows = await attemptsWithTrial(db)
      .where('a.outcome', 'is', null)
      .where('a.expires_at', '<=', now)
      .orderBy('a.attempt_id')
      .limit(10_000)
      .$if(c.dialect.rowLocks, (q) => q.forUpdate().skipLocked())
      .execute();
    if (rows.length === 0) return 0;
    await endAttempts(
      db,
      c,
      rows.map((r) => Number(r.attempt_id)),
      'expired',
      'lease expired',
      now,
    );
    const owning = rows.filter(
      (r) => r.status === 'leased' && Number(r.current_attempt_id) === Number(r.attempt_id),
    );
    const exhausted = owning
      .filter((r) => Number(r.attempts) >= maxAttempts)
      .map((r) => r.trial_id);
    const requeued = owning.filter((r) => Number(r.attempts) < maxAttempts).map((r) => r.trial_id);
    await setTrials(
      db,
      c,
      exhausted,
      'failed',
      `lease expired; no attempts left (max ${maxAttempts})`,
      now,
    );
    await setTrials(db, c, requeued, 'pending', 'lease expired', now);
    return rows.length;
  });
}

/** Hands back every open lease of the worker; the attempts do not count against maxAttempts. */
export async function releaseWorker(
  c: StoreContext,
  workerIdInput: string,
  nowDate: Date,
): Promise<number> {
  const workerId = requireText('workerId', workerIdInput);
  const now = requireTime('now', nowDate);
  return c.tx(async (db) => {
    const rows = await attemptsWithTrial(db)
      .where('a.outcome', 'is', null)
      .where('a.worker_id', '=', workerId)
      .$if(c.dialect.rowLocks, (q) => q.forUpdate())
      .execute();
    if (rows.length === 0) return 0;
    await endAttempts(
      db,
      c,
      rows.map((r) => Number(r.attempt_id)),
      'released',
      null,
      now,
    );
    const owning = rows.filter(
      (r) => r.status === 'leased' && Number(r.current_attempt_id) === Number(r.attempt_id),
    );
    for (const batch of chunkRows(
      owning.map((r) => r.trial_id),
      1,
      c.dialect.maxParameters,
      5000,
    )) {
      await db
        .updateTable('trials')
        .set((eb) => ({ status: 'pending', attempts: eb('attempts', '-', 1), updated_at: now }))
        .where('trial_id', 'in', batch)
        .execute();
    }
    return rows.length;
  });
}

async function endAttempts(
  db: Kysely<Database>,
  c: StoreContext,
  ids: number[],
  outcome: 'expired' | 'released',
  error: string | null,
  now: number,
): Promise<void> {
  for (const batch of chunkRows(ids, 1, c.dialect.maxParameters, 5000)) {
    await db
      .updateTable('attempts')
      .set({ outcome, error, ended_at: now })
      .where('attempt_id', 'in', batch)
      .execute();
  }
}

async function setTrials(
  db: Kysely<Database>,
  c: StoreContext,
  trialIds: string[],
  status: 'pending' | 'failed',
  error: string,
  now: number,
): Promise<void> {
  for (const batch of chunkRows(trialIds, 1, c.dialect.maxParameters, 5000)) {
    await db
      .updateTable('trials')
      .set({ status, last_error: error, updated_at: now })
      .where('trial_id', 'in', batch)
      .execute();
  }
}
