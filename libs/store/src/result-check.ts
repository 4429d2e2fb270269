import type { TrialOutcome } from '@thresher/sweep';
import { ResultRejectedError } from './errors';

/** What a result is checked against: its trial's parameters and its lease. */
export interface ResultContext {
  attemptId: number;
  /** The trial's `steps` and `record_every` (param-schema.ts). */
  steps: number;
  recordEvery: number;
  /** When the attempt was leased, and now (ms since the epoch, the coordinator's clock). */
  startedAt: number;
  now: number;
}

/**
 * Tolerances of the checks. The trainer computes each ratio in float64 from the very losses
 * it reports, so an honest ratio matches to the last bit; 1e-6 relative (about 8 float32 ulps,
 * 2^-23 = 1.2e-7 each) still admits a trainer that divides in float32. The wall time is
 * measured by the worker and the lease's age by the coordinator (or by another coordinator
 * of the same database, README asks for NTP): 60 s absorbs clock skew between hosts.
 */
export const RESULT_TOLERANCE = { ratioRelative: 1e-6, wallSlackMs: 60_000 } as const;

const LOSSES = [
  'train_loss',
  'test_loss',
  'excess_risk',
  'ols_train_loss',
  'ols_test_loss',
  'ols_excess_risk',
] as const;
const RATIOS = [
  { name: 'interp_ratio', loss: 'train_loss', ols: 'ols_train_loss' },
  { name: 'test_ratio', loss: 'test_loss', ols: 'ols_test_loss' },
] as const;

/** The most points a curve of `steps` recorded every `recordEvery` has: 0, r, 2r, ..., steps. */
export function maxCurvePoints(steps: number, recordEvery: number): number {
  return Math.ceil(steps / recordEvery) + 1;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RESULT_TOLERANCE.ratioRelative * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Checks a result (already well-formed: finite numbers, see validate.ts) against what the
 * trial it answers allows; throws ResultRejectedError naming the first impossible field.
 */
export function checkResultAgainstTrial(outcome: TrialOutcome, ctx: ResultContext): void {
  const reject = (field: string, value: unknown, reason: string): never => {
    throw new ResultRejectedError(ctx.attemptId, field, value, reason);
  };
  const m = outcome.metrics;
  for (const name of LOSSES) {
    if (m[name] < 0) reject(`metrics.${name}`, m[name], 'must be >= 0');
  }
  for (const r of RATIOS) {
    const ratio = m[r.name];
    // A null ratio is the trainer saying the OLS loss is ~0: not checkable here.
    if (ratio === null) continue;
    if (!(m[r.ols] > 0)) reject(`metrics.${r.name}`, ratio, `needs metrics.${r.ols} > 0`);
    const expected = m[r.loss] / m[r.ols];
    if (!close(ratio, expected)) {
      reject(`metrics.${r.name}`, ratio, `must equal ${r.loss} / ${r.ols} = ${expected}`);
    }
  }
  if (!(m.aligned_fraction >= 0 && m.aligned_fraction <= 1)) {
    reject('metrics.aligned_fraction', m.aligned_fraction, 'must be in [0, 1]');
  }
  const age = Math.max(0, ctx.now - ctx.startedAt) + RESULT_TOLERANCE.wallSlackMs;
  if (outcome.wall_ms > age) {
    reject('wall_ms', outcome.wall_ms, `is longer than the lease has existed (${age} ms)`);
  }
  checkCurve(outcome, ctx, reject);
}

function checkCurve(
  outcome: TrialOutcome,
  ctx: ResultContext,
  reject: (field: string, value: unknown, reason: string) => never,
): void {
  const curve = outcome.curve;
  const most = maxCurvePoints(ctx.steps, ctx.recordEvery);
  if (curve.length > most) {
    reject(
      'curve',
      `${curve.length} points`,
      `has more points than steps ${ctx.steps} / record_every ${ctx.recordEvery} allow (${most})`,
    );
  }
  let previous = -1;
  curve.forEach((p, i) => {
    if (p.step <= previous) reject(`curve[${i}].step`, p.step, 'must increase');
    if (p.step > ctx.steps)
      reject(`curve[${i}].step`, p.step, `is past the trial's steps (${ctx.steps})`);
    if (p.train_loss < 0) reject(`curve[${i}].train_loss`, p.train_loss, 'must be >= 0');
    if (p.test_loss < 0) reject(`curve[${i}].test_loss`, p.test_loss, 'must be >= 0');
    previous = p.step;
  });
  const last = curve.at(-1);
  if (last === undefined || last.step !== ctx.steps) {
    reject('curve', last?.step ?? 'no points', `must end at the trial's last step (${ctx.steps})`);
  }
  // The final point and the final losses are one measurement.
  const m = outcome.metrics;
  if (!close(last.train_loss, m.train_loss)) {
    reject(
      'metrics.train_loss',
      m.train_loss,
      `must equal the curve's last train_loss ${last.train_loss}`,
    );
  }
  if (!close(last.test_loss, m.test_loss)) {
    reject(
      'metrics.test_loss',
      m.test_loss,
      `must equal the curve's last test_loss ${last.test_loss}`,
    );
  }
}
