import type { CurvePoint, SearchSweep } from '@thresher/sweep';
import { buildSearchReport } from './search-report';
import type { OpenedRound } from './threshold-search';
import { InvalidReportInputError } from './errors';
import { ReportAccumulator, groupKeyOf, summarizeCurve } from './report-accumulator';
import type { ReportModel } from './report-model';
import type { ReportRow } from './report-row';
import { metricValue } from './metric-value';
import { logSpacedSteps, type StepLoss } from './threshold-over-time';
import { withCurves } from './with-curves';

export interface ReportInput {
  sweep: string;
  rows: readonly ReportRow[];
  /** Loss curves of chosen trials (e.g. `curveTrialIds(model)`), by trial id. */
  curves?: ReadonlyMap<string, readonly CurvePoint[]>;
  /**
   * The stored curves of every trial of the sweep, by trial id (at least step and train_loss):
   * with them each group gets n*(t) and its budget verdict (GroupReport.overTime).
   */
  trainCurves?: ReadonlyMap<string, readonly StepLoss[]>;
  generatedAt?: Date;
  /** Bootstrap resamples per group (default 1000). */
  bootstrapResamples?: number;
  /** Base seed of the bootstrap PRNG (default 1): same rows and seed, same report. */
  rngSeed?: number;
  /**
   * A searched sweep and its opened rounds (the store's search_rounds): the report adds each
   * group's verdict and the n of every round.
   */
  search?: { sweep: SearchSweep; rounds: readonly OpenedRound[] };
}

function validate(input: ReportInput): void {
  if (typeof input.sweep !== 'string' || input.sweep.length === 0) {
    throw new InvalidReportInputError('sweep', 'a non-empty sweep name is required');
  }
  if (!Array.isArray(input.rows))
    throw new InvalidReportInputError('rows', 'rows must be an array');
  const resamples = input.bootstrapResamples;
  if (resamples !== undefined && !(Number.isInteger(resamples) && resamples >= 0)) {
    throw new InvalidReportInputError('bootstrapResamples', 'must be a non-negative integer');
  }
  input.rows.forEach((row, i) => {
    for (const name of ['n', 'width', 'seed'] as const) {
      if (typeof row[name] !== 'number' || !Number.isFinite(row[name])) {
        throw new InvalidReportInputError(`rows[${i}].${name}`, 'must be a finite number');
      }
    }
    if (typeof row.trial_id !== 'string') {
      throw new InvalidReportInputError(`rows[${i}].trial_id`, 'must be a string');
    }
  });
}

export { intervalWarnings, MIN_INTERVAL_SEEDS, thresholdReport } from './threshold-report';

/**
 * The steps n*(t) is fitted at per group (by group key): about 20 log-spaced steps of those the
 * curves of its usable trials recorded (done, with an interp_ratio and an OLS train loss > 0).
 */
function stepsFromCurves(
  rows: readonly ReportRow[],
  curves: ReadonlyMap<string, readonly StepLoss[]>,
): Map<string, number[]> {
  const recorded = new Map<string, Set<number>>();
  for (const row of rows) {
    if (row.status !== 'done' || metricValue(row, 'interp_ratio') === null) continue;
    const ols = metricValue(row, 'ols_train_loss');
    const curve = curves.get(row.trial_id);
    if (ols === null || !(ols > 0) || !curve || curve.length === 0) continue;
    const key = groupKeyOf(row);
    let set = recorded.get(key);
    if (!set) recorded.set(key, (set = new Set()));
    for (const p of curve) set.add(p.step);
  }
  return new Map([...recorded].map(([key, set]) => [key, logSpacedSteps(set)]));
}

/** Computes every number of the report from the rows of one sweep (pure, reproducible). */
export function buildReport(input: ReportInput): ReportModel {
  validate(input);
  const curves = input.trainCurves;
  const steps = curves ? stepsFromCurves(input.rows, curves) : new Map<string, number[]>();
  const accumulator = new ReportAccumulator({
    order: 'input',
    stepsOf: (_params, key) => steps.get(key) ?? [],
  });
  for (const row of input.rows) {
    const curve = curves?.get(row.trial_id);
    accumulator.add(row, curve ? summarizeCurve(curve) : null);
  }
  const model = accumulator.build({
    sweep: input.sweep,
    ...(input.generatedAt ? { generatedAt: input.generatedAt } : {}),
    ...(input.bootstrapResamples !== undefined
      ? { bootstrapResamples: input.bootstrapResamples }
      : {}),
    ...(input.rngSeed !== undefined ? { rngSeed: input.rngSeed } : {}),
  });
  if (input.search) {
    const { sweep, rounds } = input.search;
    model.search = buildSearchReport(sweep, input.rows, rounds, model);
  }
  return input.curves ? withCurves(model, input.curves, input.rows) : model;
}
