import type { CurvePoint } from '@thresher/sweep';
import { paramsFromColumns } from './param-columns';
import type { StoreContext } from './store-context';
import type { TrialResultsView } from './schema';
import type { AttemptRecord, TrialCurveRow, TrialResultRow } from './store';
import { requirePositiveInteger, requireText } from './validate';

/** View row -> API row: 0/1 integers become booleans; everything else is already typed. */
export function toTrialResultRow(r: TrialResultsView): TrialResultRow {
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    sweep: r.sweep,
    trial_id: r.trial_id,
    status: r.status,
    ...paramsFromColumns(r),
    train_loss: num(r.train_loss),
    test_loss: num(r.test_loss),
    excess_risk: num(r.excess_risk),
    ols_train_loss: num(r.ols_train_loss),
    ols_test_loss: num(r.ols_test_loss),
    ols_excess_risk: num(r.ols_excess_risk),
    interp_ratio: num(r.interp_ratio),
    test_ratio: num(r.test_ratio),
    aligned_fraction: num(r.aligned_fraction),
    converged: r.converged === null ? null : Number(r.converged) === 1,
    attempts: Number(r.attempts),
    error: r.error,
    wall_ms: num(r.wall_ms),
    backend: r.backend,
    worker: r.worker,
    code_version: r.code_version,
  };
}

export async function trialResults(c: StoreContext, sweep?: string): Promise<TrialResultRow[]> {
  const rows = await c.read((db) =>
    db
      .selectFrom('trial_results')
      .selectAll()
      .$if(sweep !== undefined, (q) => q.where('sweep', '=', sweep as string))
      .orderBy('sweep')
      .orderBy('n')
      .orderBy('width')
      .orderBy('seed')
      .orderBy('trial_id')
      .execute(),
  );
  return rows.map(toTrialResultRow);
}

/** A stored curve point; aligned_fraction only where it was recorded (NULL before 0010). */
function curvePoint(r: {
  step: unknown;
  train_loss: unknown;
  test_loss: unknown;
  aligned_fraction: unknown;
}): CurvePoint {
  const point: CurvePoint = {
    step: Number(r.step),
    train_loss: Number(r.train_loss),
    test_loss: Number(r.test_loss),
  };
  if (r.aligned_fraction !== null && r.aligned_fraction !== undefined) {
    point.aligned_fraction = Number(r.aligned_fraction);
  }
  return point;
}

export async function trialCurve(c: StoreContext, trialId: string): Promise<CurvePoint[]> {
  const rows = await c.read((db) =>
    db
      .selectFrom('curves')
      .select(['step', 'train_loss', 'test_loss', 'aligned_fraction'])
      .where('trial_id', '=', trialId)
      .orderBy('step')
      .execute(),
  );
  return rows.map((r) => curvePoint(r));
}

export async function trialAttempts(c: StoreContext, trialId: string): Promise<AttemptRecord[]> {
  const rows = await c.read((db) =>
    db
      .selectFrom('attempts')
      .selectAll()
      .where('trial_id', '=', trialId)
      .orderBy('attempt_id')
      .execute(),
  );
  return rows.map((r) => ({
    attemptId: Number(r.attempt_id),
    trialId: r.trial_id,
    workerId: r.worker_id,
    attempt: Number(r.attempt),
    startedAt: new Date(Number(r.started_at)),
    expiresAt: new Date(Number(r.expires_at)),
    endedAt: r.ended_at === null ? null : new Date(Number(r.ended_at)),
    outcome: r.outcome,
    error: r.error,
    retryable: r.retryable === null ? null : Number(r.retryable) === 1,
  }));
}

/** Keyset pages over the sweep's trials by id: constant memory for any sweep size. */
export async function* iterateTrialResults(
  c: StoreContext,
  sweepInput: string,
  pageSize = 1000,
): AsyncGenerator<TrialResultRow> {
  const sweep = requireText('sweep', sweepInput, 200);
  const limit = requirePositiveInteger('pageSize', pageSize, 100_000);
  let after = '';
  for (;;) {
    const rows = await c.read((db) =>
      db
        .selectFrom('trial_results')
        .selectAll()
        .where('sweep', '=', sweep)
        .where('trial_id', '>', after)
        .orderBy('trial_id')
        .limit(limit)
        .execute(),
    );
    for (const r of rows) yield toTrialResultRow(r);
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < limit) return;
    after = last.trial_id;
  }
}

export async function* iterateCurves(
  c: StoreContext,
  sweepInput: string,
  pageSize = 500,
): AsyncGenerator<TrialCurveRow> {
  const sweep = requireText('sweep', sweepInput, 200);
  const limit = requirePositiveInteger('pageSize', pageSize, 100_000);
  let after = '';
  for (;;) {
    const trials = await c.read((db) =>
      db
        .selectFrom('sweep_trials as st')
        .innerJoin('sweeps as s', 's.id', 'st.sweep_id')
        .select('st.trial_id')
        .where('s.name', '=', sweep)
        .where('st.trial_id', '>', after)
        .orderBy('st.trial_id')
        .limit(limit)
        .execute(),
    );
    const ids = trials.map((t) => t.trial_id);
    if (ids.length > 0) {
      const points = await c.read((db) =>
        db
          .selectFrom('curves')
          .select(['trial_id', 'step', 'train_loss', 'test_loss', 'aligned_fraction'])
          .where('trial_id', 'in', ids)
          .orderBy('trial_id')
          .orderBy('step')
          .execute(),
      );
      for (const p of points) yield { trial_id: p.trial_id, ...curvePoint(p) };
    }
    const last = ids[ids.length - 1];
    if (last === undefined || ids.length < limit) return;
    after = last;
  }
}
