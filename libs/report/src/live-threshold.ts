import { thresholdReport } from './build-report';
import { InvalidReportInputError } from './errors';
import { GROUP_PARAMS, compareParams, familyLabel, groupLabel, varyingParams } from './group-rows';
import { hashString } from './prng';
import {
  SUMMARY_METRICS,
  OLS_OF,
  type GroupReport,
  type MetricStat,
  type NSummary,
  type OlsMetric,
  type ParamValue,
  type SummaryMetric,
  type TrialCounts,
} from './report-model';
import { bootstrapMeanInterval } from './bootstrap-mean';
import { meanIntervalFromMoments } from './stats';
import { budgetVerdict } from './budget-verdict';
import { fitThresholdFromMoments } from './subsampled-fit';
import { fitThreshold, type ThresholdPoint } from './threshold-fit';
import { fitThresholdOverTime, type CurveTrial } from './threshold-over-time';

/** One group's trials at one n, aggregated (e.g. by SQL): counts and interp_ratio moments. */
export interface LiveNAggregate {
  n: number;
  pending: number;
  leased: number;
  done: number;
  failed: number;
  cancelled: number;
  unconverged: number;
  ratioCount: number;
  ratioSum: number;
  ratioSumSq: number;
}

export interface LiveThresholdInput {
  sweep: string;
  /** Groups: trials sharing every parameter but n and seed. */
  groups: readonly { params: Record<string, ParamValue>; byN: readonly LiveNAggregate[] }[];
  /** interp_ratio of each done trial; `group` indexes `groups`. */
  points: readonly { group: number; n: number; seed: number; y: number }[];
  /**
   * interp_ratio of each done trial at the steps `overTimeSteps` chose (the store's
   * trial_curve_ratios): with them each group gets n*(t) and its budget verdict.
   */
  curvePoints?: readonly { group: number; n: number; seed: number; step: number; y: number }[];
  /**
   * 1 (the default) when `points` and `curvePoints` hold every done trial; k > 1 when they hold
   * only the trials whose seed is a multiple of k (the store's subsample of a very large sweep):
   * then n* comes from the per-n moments of all trials and its interval from the subsample
   * (fitThresholdFromMoments), per-n intervals from the moments, n*(t) from the subsample.
   */
  seedStride?: number;
  /** Bootstrap resamples per group (default 1000, as the report). */
  bootstrapResamples?: number;
  /** Base seed of the bootstrap PRNG (default 1, as the report). */
  rngSeed?: number;
}

/** The threshold part of a report, for a live view: groups with their fits and per-n means. */
export interface LiveThresholdModel {
  sweep: string;
  varyingParams: string[];
  /**
   * Groups as in the report model, with interp_ratio statistics only (the other metrics of
   * `byN` are null, `representativeTrial` null, and `points` carry no trial ids).
   */
  groups: GroupReport[];
}

/** Groups this large keep no individual points (as in the report). */
const MAX_POINTS_PER_GROUP = 400;

function countsOf(cells: readonly LiveNAggregate[]): TrialCounts {
  const c: TrialCounts = { total: 0, done: 0, failed: 0, cancelled: 0, running: 0, unconverged: 0 };
  for (const cell of cells) {
    c.done += cell.done;
    c.failed += cell.failed;
    c.cancelled += cell.cancelled;
    c.running += cell.pending + cell.leased;
    c.unconverged += cell.unconverged;
  }
  c.total = c.done + c.failed + c.cancelled + c.running;
  return c;
}

/**
 * interp_ratio at one n: the report's bootstrap interval from the trials' own ratios when they
 * are all there; from the SQL moments (t-interval) only when they are not.
 */
function nSummary(cell: LiveNAggregate, ratios: readonly number[]): NSummary {
  const metrics = {} as Record<SummaryMetric, MetricStat | null>;
  for (const m of SUMMARY_METRICS) metrics[m] = null;
  metrics.interp_ratio =
    ratios.length === cell.ratioCount
      ? bootstrapMeanInterval(ratios)
      : meanIntervalFromMoments(cell.ratioCount, cell.ratioSum, cell.ratioSumSq);
  const ols = {} as Record<OlsMetric, MetricStat | null>;
  for (const m of Object.values(OLS_OF)) ols[m] = null;
  return { n: cell.n, ...countsOf([cell]), metrics, ols };
}

/** The report's group key: the same key seeds the same bootstrap, so the fits agree. */
function groupKey(params: Record<string, ParamValue>): string {
  let key = '';
  for (const name of GROUP_PARAMS) key += `${String(params[name] ?? '')}\u0001`;
  return key;
}

/**
 * Fits n* per group from aggregates, as `buildReport` does from rows: same logistic fit,
 * same seed bootstrap and PRNG seeds (the same trials give the same n* and interval).
 */
export function buildLiveThreshold(input: LiveThresholdInput): LiveThresholdModel {
  if (typeof input.sweep !== 'string' || input.sweep.length === 0) {
    throw new InvalidReportInputError('sweep', 'a non-empty sweep name is required');
  }
  const resamples = input.bootstrapResamples ?? 1000;
  const rngSeed = input.rngSeed ?? 1;
  const pointsOf: ThresholdPoint[][] = input.groups.map(() => []);
  for (const p of input.points) {
    const list = pointsOf[p.group];
    if (!list) throw new InvalidReportInputError('points', `group ${p.group} does not exist`);
    list.push({ n: p.n, seed: p.seed, y: p.y });
  }
  // A ratio of 1 over a "train loss" equal to the ratio: interp_ratio(t) as the report reads it.
  const curvesOf = input.groups.map(() => new Map<string, CurveTrial>());
  for (const p of input.curvePoints ?? []) {
    const trials = curvesOf[p.group];
    if (!trials)
      throw new InvalidReportInputError('curvePoints', `group ${p.group} does not exist`);
    const key = `${p.n}/${p.seed}`;
    let trial = trials.get(key);
    if (!trial) {
      trial = { n: p.n, seed: p.seed, olsTrainLoss: 1, curve: [] };
      trials.set(key, trial);
    }
    (trial.curve as { step: number; train_loss: number }[]).push({ step: p.step, train_loss: p.y });
  }
  const order = input.groups
    .map((g, index) => ({ ...g, index }))
    .sort((a, b) => compareParams(a.params, b.params));
  const varying = varyingParams(order);
  const groups = order.map((group, i): GroupReport => {
    const points = pointsOf[group.index] as ThresholdPoint[];
    const byN = [...group.byN].sort((a, b) => a.n - b.n);
    const fitOptions = {
      resamples,
      rngSeed: (hashString(groupKey(group.params)) ^ Math.imul(rngSeed, 0x9e3779b1)) >>> 0,
    };
    const sampled = (input.seedStride ?? 1) > 1;
    const moments = byN.map((c) => ({
      n: c.n,
      count: c.ratioCount,
      sum: c.ratioSum,
      sumSq: c.ratioSumSq,
    }));
    const fit = sampled
      ? fitThresholdFromMoments(moments, points, fitOptions)
      : fitThreshold(points, fitOptions);
    const threshold = thresholdReport(fit);
    const curves = curvesOf[group.index] ?? new Map<string, CurveTrial>();
    const series = curves.size > 0 ? fitThresholdOverTime([...curves.values()], fitOptions) : null;
    // n*(t) of a subsample is judged against the subsample's own final fit (the same trials).
    const budgetAgainst =
      sampled && series ? thresholdReport(fitThreshold(points, fitOptions)) : threshold;
    const noise = group.params['noise'];
    return {
      id: `g${i + 1}`,
      label: groupLabel(group.params, varying),
      family: familyLabel(group.params, varying, 'width'),
      params: group.params,
      counts: countsOf(byN),
      threshold,
      noiseFloor: typeof noise === 'number' ? (noise * noise) / 2 : null,
      byN: byN.map((cell) =>
        nSummary(
          cell,
          points.filter((p) => p.n === cell.n).map((p) => p.y),
        ),
      ),
      representativeTrial: null,
      points:
        points.length <= MAX_POINTS_PER_GROUP
          ? points.map((p) => ({ trial_id: '', n: p.n, seed: p.seed, interp_ratio: p.y }))
          : null,
      overTime: series
        ? {
            ...series,
            trialsWithCurves: curves.size,
            budget: budgetVerdict(series.nStar, budgetAgainst, series.drift),
          }
        : null,
    };
  });
  return { sweep: input.sweep, varyingParams: varying, groups };
}
