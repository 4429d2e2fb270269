import { escapeControl, type CurvePoint, type SearchSweep } from '@thresher/sweep';
import { buildSearchReport } from './search-report';
import type { OpenedRound } from './threshold-search';
import { InvalidReportInputError } from './errors';
import { familyLabel, groupLabel, groupRows, varyingParams, type RowGroup } from './group-rows';
import { fitPowerLawFamilies } from './power-law-families';
import { hashString } from './prng';
import type {
  GroupOverTime,
  GroupReport,
  ReportModel,
  ReportProgress,
  ThresholdReport,
} from './report-model';
import type { ReportRow } from './report-row';
import { countTrials, metricValue, summarizeByN } from './summarize-group';
import {
  VERDICT_TEXT,
  fitThreshold,
  type ThresholdFitResult,
  type ThresholdPoint,
} from './threshold-fit';
import { budgetVerdict } from './budget-verdict';
import { fitThresholdOverTime, type CurveTrial, type StepLoss } from './threshold-over-time';
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

/** Groups at most this large keep their individual points in the model (and the plots). */
const MAX_POINTS_PER_GROUP = 400;

const INTERVALS =
  'Metric means: mean over seeds with a 95% bootstrap interval over seeds (expanded percentile ' +
  'of the resampled means: it stays inside the range of the values, so a loss keeps a positive ' +
  'lower end and a ratio stays in its range). n*: least-squares logistic fit ' +
  'over all trials of a group; 95% interval from a bootstrap over seeds (hull of the expanded ' +
  'percentile and bootstrap-SE t intervals). alpha: log-log least squares over groups with a ' +
  "threshold; 95% interval from refitting on the groups' bootstrap n* samples. n*(t): the same " +
  'fit and bootstrap on interp_ratio(t) = train loss at step t / OLS train loss, at about 20 ' +
  'log-spaced recorded steps.';

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

export function thresholdReport(fit: ThresholdFitResult): ThresholdReport {
  return {
    verdict: fit.verdict,
    verdictText: VERDICT_TEXT[fit.verdict],
    nStar: fit.nStar,
    ci: fit.ci ? { lo: fit.ci[0], hi: fit.ci[1] } : null,
    k: fit.k,
    rms: fit.rms,
    trials: fit.trials,
    seeds: fit.seeds,
    distinctN: fit.distinctN,
    nRange: fit.nMin !== null && fit.nMax !== null ? { min: fit.nMin, max: fit.nMax } : null,
    resamples: fit.resamples,
    ciWarnings: intervalWarnings(fit),
  };
}

/** Fewer seeds than this and a seed bootstrap interval is mostly noise. */
export const MIN_INTERVAL_SEEDS = 3;

/** The warnings every format prints next to an interval (ThresholdReport.ciWarnings). */
export function intervalWarnings(
  fit: Pick<ThresholdFitResult, 'ci' | 'seeds' | 'nMin' | 'nMax'>,
): string[] {
  if (!fit.ci) return [];
  const out: string[] = [];
  if (fit.nMin !== null && fit.nMax !== null && (fit.ci[0] < fit.nMin || fit.ci[1] > fit.nMax)) {
    out.push(`interval reaches outside the swept n range ${fit.nMin}–${fit.nMax} (extrapolated)`);
  }
  if (fit.seeds < MIN_INTERVAL_SEEDS) {
    out.push(
      `interval rests on ${fit.seeds} seed${fit.seeds === 1 ? '' : 's'} (fewer than ${MIN_INTERVAL_SEEDS})`,
    );
  }
  return out;
}

function thresholdPoints(group: RowGroup): (ThresholdPoint & { trial_id: string })[] {
  const points: (ThresholdPoint & { trial_id: string })[] = [];
  for (const row of group.rows) {
    if (row.status !== 'done') continue;
    const y = metricValue(row, 'interp_ratio');
    if (y !== null) points.push({ n: row.n, seed: row.seed, y, trial_id: row.trial_id });
  }
  return points;
}

/** The trial at the n nearest n* (log scale) whose interp_ratio is the median over seeds. */
function representative(
  points: readonly (ThresholdPoint & { trial_id: string })[],
  nStar: number | null,
): string | null {
  if (nStar === null || points.length === 0) return null;
  let bestN = points[0]?.n as number;
  for (const p of points) {
    if (Math.abs(Math.log(p.n / nStar)) < Math.abs(Math.log(bestN / nStar))) bestN = p.n;
  }
  const atN = points.filter((p) => p.n === bestN).sort((a, b) => a.y - b.y);
  return atN[Math.floor((atN.length - 1) / 2)]?.trial_id ?? null;
}

function progressOf(rows: readonly ReportRow[]): ReportProgress {
  const counts = countTrials(rows);
  const errors = new Map<string, number>();
  for (const row of rows) {
    if (row.status === 'failed') {
      // A worker's text: no control character of it may reach a terminal or a Markdown file.
      const error = escapeControl(row.error ?? 'unknown error');
      errors.set(error, (errors.get(error) ?? 0) + 1);
    }
  }
  const topErrors = [...errors.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([error, count]) => ({ error, count }));
  return {
    ...counts,
    complete: counts.running === 0,
    text: `${counts.done} of ${counts.total} trials done`,
    topErrors,
  };
}

/**
 * n*(t) of a group from the curves of its done trials that have an interp_ratio (the trials the
 * threshold fit uses), with the same fit options, so that the last step reproduces the report's n*.
 */
function overTimeOf(
  group: RowGroup,
  curves: ReadonlyMap<string, readonly StepLoss[]>,
  fitOptions: { resamples: number; rngSeed: number },
  threshold: ThresholdReport,
): GroupOverTime | null {
  const trials: CurveTrial[] = [];
  for (const row of group.rows) {
    if (row.status !== 'done' || metricValue(row, 'interp_ratio') === null) continue;
    const ols = metricValue(row, 'ols_train_loss');
    const curve = curves.get(row.trial_id);
    if (ols !== null && curve && curve.length > 0) {
      trials.push({ n: row.n, seed: row.seed, olsTrainLoss: ols, curve });
    }
  }
  if (trials.length === 0) return null;
  const series = fitThresholdOverTime(trials, fitOptions);
  return {
    ...series,
    trialsWithCurves: trials.length,
    budget: budgetVerdict(series.nStar, threshold, series.drift),
  };
}

/** Computes every number of the report from the rows of one sweep (pure, reproducible). */
export function buildReport(input: ReportInput): ReportModel {
  validate(input);
  const resamples = input.bootstrapResamples ?? 1000;
  const rngSeed = input.rngSeed ?? 1;
  const rowGroups = groupRows(input.rows);
  const varying = varyingParams(rowGroups);
  const boots = new Map<string, ThresholdFitResult>();
  const groups: GroupReport[] = rowGroups.map((group, index) => {
    const id = `g${index + 1}`;
    const points = thresholdPoints(group);
    const fitOptions = {
      resamples,
      rngSeed: (hashString(group.key) ^ Math.imul(rngSeed, 0x9e3779b1)) >>> 0,
    };
    const fit = fitThreshold(points, fitOptions);
    boots.set(id, fit);
    const threshold = thresholdReport(fit);
    const noise = group.params['noise'];
    return {
      id,
      label: groupLabel(group.params, varying),
      family: familyLabel(group.params, varying, 'width'),
      params: group.params,
      counts: countTrials(group.rows),
      threshold,
      noiseFloor: typeof noise === 'number' ? (noise * noise) / 2 : null,
      byN: summarizeByN(group.rows),
      representativeTrial: representative(points, fit.nStar),
      points:
        points.length <= MAX_POINTS_PER_GROUP
          ? points.map((p) => ({ trial_id: p.trial_id, n: p.n, seed: p.seed, interp_ratio: p.y }))
          : null,
      overTime: input.trainCurves
        ? overTimeOf(group, input.trainCurves, fitOptions, threshold)
        : null,
    };
  });
  const model: ReportModel = {
    schemaVersion: 1,
    sweep: input.sweep,
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    progress: progressOf(input.rows),
    varyingParams: varying,
    settings: { confidence: 0.95, bootstrapResamples: resamples, rngSeed, intervals: INTERVALS },
    groups,
    powerLaws: fitPowerLawFamilies(groups, varying, boots),
    curves: [],
  };
  if (input.search) {
    const { sweep, rounds } = input.search;
    model.search = buildSearchReport(sweep, input.rows, rounds, model);
  }
  return input.curves ? withCurves(model, input.curves, input.rows) : model;
}
