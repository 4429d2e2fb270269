import type { AttemptOutcome } from './schema';
import type { StoreContext } from './store-context';
import type { CompletionOutcome, CompletionReport } from './store';
import { attemptsWithTrial } from './queue-ops';
import { chunkRows } from './chunk';
import { InvalidResultError, ForeignAttemptError, UnknownAttemptError } from './errors';
import { requirePositiveInteger, requireText, requireTime, validateOutcome } from './validate';
import { checkResultAgainstTrial } from './result-check';
import { changeTrialStatus } from './counted-status-change';

interface AttemptRow {
  trial_id: string;
  worker_id: string;
  status: string;
  outcome: AttemptOutcome | null;
  started_at: number | string;
  steps: number | string;
  record_every: number | string;
}

interface CheckedReport {
  report: CompletionReport;
  attemptId: number;
  workerId: string;
  now: number;
  codeVersion: string | null;
}

function check(report: CompletionReport, index: number, many: boolean): CheckedReport {
  try {
    const attemptId = requirePositiveInteger('attemptId', report?.attemptId);
    const workerId = requireText('workerId', report.workerId);
    const now = requireTime('now', report.now);
    validateOutcome(report.outcome);
    const codeVersion =
      report.codeVersion === undefined ? null : requireText('codeVersion', report.codeVersion);
    return { report, attemptId, workerId, now, codeVersion };
  } catch (error) {
    if (many && error instanceof InvalidResultError) {
      throw new InvalidResultError(`reports[${index}].${error.field}`, error.value, error.detail);
    }
    throw error;
  }
}

/**
 * Records results, many per transaction. Per trial the first finished attempt wins, even
 * from an expired lease; any later report is a 'duplicate' and changes no result (the
 * UNIQUE trial_id of `results` guarantees it even under concurrent callers; PostgreSQL
 * also locks the trial rows, in trial order so that batches cannot deadlock). A report for
 * a settled trial is 'late' (see isLate). Every report is validated first, and checked
 * against its trial (result-check.ts): one bad report rejects the batch, nothing written.
 */
export async function completeAttempts(
  c: StoreContext,
  reports: readonly CompletionReport[],
): Promise<CompletionOutcome[]> {
  if (!Array.isArray(reports)) throw new InvalidResultError('reports', reports, 'must be an array');
  const checked = reports.map((r, i) => check(r, i, reports.length > 1));
  if (checked.length === 0) return [];
  const latest = Math.max(...checked.map((r) => r.now));

  return c.tx(async (db) => {
    const ids = [...new Set(checked.map((r) => r.attemptId))];
    const attempts = new Map<number, AttemptRow>();
    for (const batch of chunkRows(ids, 1, c.dialect.maxParameters, 5000)) {
      const rows = await attemptsWithTrial(db)
        .where('a.attempt_id', 'in', batch)
        .$if(c.dialect.rowLocks, (q) => q.orderBy('t.trial_id').forUpdate(['t']))
        .execute();
      for (const r of rows) attempts.set(Number(r.attempt_id), r);
    }
    // The first report per trial is the candidate; the others are duplicates already.
    const candidate = new Map<string, CheckedReport>();
    const late = new Set<CheckedReport>();
    for (const r of checked) {
      const a = attempts.get(r.attemptId);
      if (a === undefined)
        throw new UnknownAttemptError(r.attemptId, r.workerId, 'no such attempt');
      if (a.worker_id !== r.workerId) {
        throw new ForeignAttemptError(r.attemptId, r.workerId);
      }
      // Checked before anything is written: one impossible result refuses the batch.
      checkResultAgainstTrial(r.report.outcome, {
        attemptId: r.attemptId,
        steps: Number(a.steps),
        recordEvery: Number(a.record_every),
        startedAt: Number(a.started_at),
        now: r.now,
      });
      if (isLate(a)) late.add(r);
      else if (!candidate.has(a.trial_id)) candidate.set(a.trial_id, r);
    }

    const recorded = new Set<string>();
    const resultRows = [...candidate.entries()].map(([trialId, r]) => {
      const m = r.report.outcome.metrics;
      return {
        trial_id: trialId,
        attempt_id: r.attemptId,
        train_loss: m.train_loss,
        test_loss: m.test_loss,
        excess_risk: m.excess_risk,
        ols_train_loss: m.ols_train_loss,
        ols_test_loss: m.ols_test_loss,
        ols_excess_risk: m.ols_excess_risk,
        interp_ratio: m.interp_ratio,
        test_ratio: m.test_ratio,
        aligned_fraction: m.aligned_fraction,
        converged: m.converged ? 1 : 0,
        wall_ms: r.report.outcome.wall_ms,
        backend: r.report.outcome.backend,
        worker_id: r.workerId,
        code_version: r.codeVersion,
        recorded_at: r.now,
      };
    });
    for (const batch of chunkRows(resultRows, 17, c.dialect.maxParameters, 500)) {
      const inserted = await db
        .insertInto('results')
        .values(batch)
        .onConflict((oc) => oc.column('trial_id').doNothing())
        .returning('trial_id')
        .execute();
      for (const row of inserted) recorded.add(row.trial_id);
    }
    const winners = [...recorded].map((trialId) => candidate.get(trialId) as CheckedReport);
    const outcomes = checked.map((r): CompletionOutcome => {
      if (late.has(r)) return 'late';
      const trialId = attempts.get(r.attemptId)?.trial_id as string;
      return recorded.has(trialId) && candidate.get(trialId) === r ? 'recorded' : 'duplicate';
    });
    if (winners.length > 0) {
      const points = winners.flatMap((r) => {
        const trialId = attempts.get(r.attemptId)?.trial_id as string;
        return r.report.outcome.curve.map((p) => ({
          trial_id: trialId,
          step: p.step,
          train_loss: p.train_loss,
          test_loss: p.test_loss,
          aligned_fraction: p.aligned_fraction ?? null,
        }));
      });
      for (const batch of chunkRows(points, 5, c.dialect.maxParameters, 5000)) {
        await db.insertInto('curves').values(batch).execute();
      }
      const trialIds = [...recorded];
      for (const batch of chunkRows(trialIds, 1, c.dialect.maxParameters, 5000)) {
        // A trial just recorded had no result: it is not done yet, whatever its status.
        await changeTrialStatus(db, c.dialect, {
          ids: batch,
          from: ['pending', 'leased', 'failed', 'cancelled'],
          to: 'done',
          set: (eb) => ({
            current_attempt_id: eb
              .selectFrom('results as r')
              .select('r.attempt_id')
              .whereRef('r.trial_id', '=', 'trials.trial_id'),
            updated_at: latest,
          }),
        });
      }
      // The winning attempts completed; any other open lease of those trials lost the race.
      for (const batch of chunkRows(trialIds, 2, c.dialect.maxParameters, 5000)) {
        const batchWinners = batch.map((t) => (candidate.get(t) as CheckedReport).attemptId);
        await db
          .updateTable('attempts')
          .set((eb) => ({
            outcome: eb
              .case()
              .when('attempt_id', 'in', batchWinners)
              .then(eb.val<AttemptOutcome>('completed'))
              .else(eb.val<AttemptOutcome>('superseded'))
              .end(),
            ended_at: latest,
          }))
          .where((eb) =>
            eb.or([
              eb('attempt_id', 'in', batchWinners),
              eb.and([eb('trial_id', 'in', batch), eb('outcome', 'is', null)]),
            ]),
          )
          .execute();
      }
    }
    const duplicates = checked
      .filter((r, i) => outcomes[i] === 'duplicate' && attempts.get(r.attemptId)?.outcome === null)
      .map((r) => r.attemptId);
    for (const batch of chunkRows(duplicates, 1, c.dialect.maxParameters, 5000)) {
      await db
        .updateTable('attempts')
        .set({ outcome: 'duplicate', ended_at: latest })
        .where('attempt_id', 'in', batch)
        .where('outcome', 'is', null)
        .execute();
    }
    // A late report is the attempt's outcome; an attempt that reported its failure keeps it.
    const lateIds = [...late].map((r) => r.attemptId);
    for (const batch of chunkRows(lateIds, 1, c.dialect.maxParameters, 5000)) {
      await db
        .updateTable('attempts')
        .set({ outcome: 'late', ended_at: latest })
        .where('attempt_id', 'in', batch)
        .where((eb) => eb.or([eb('outcome', 'is', null), eb('outcome', '!=', 'failed')]))
        .execute();
    }
    return outcomes;
  });
}

/**
 * Done, failed and cancelled trials are final until a user retries them: a result for a
 * trial already failed or cancelled, or from an attempt that reported its own failure or
 * was cancelled, comes too late to change it. (A result from an expired or released lease
 * still counts while its trial is open: the first finished attempt wins.)
 */
function isLate(a: AttemptRow): boolean {
  return (
    a.status === 'failed' ||
    a.status === 'cancelled' ||
    a.outcome === 'failed' ||
    a.outcome === 'cancelled'
  );
}
