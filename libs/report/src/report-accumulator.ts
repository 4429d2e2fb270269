import { escapeControl } from '@thresher/sweep';
import { BootstrapDraws } from './bootstrap-mean';
import { budgetVerdict } from './budget-verdict';
import {
  GROUP_PARAMS,
  compareParams,
  familyLabel,
  groupLabel,
  paramsOf,
  varyingParams,
} from './group-rows';
import { fitPowerLawFamilies } from './power-law-families';
import { hashString } from './prng';
import {
  OLS_OF,
  SUMMARY_METRICS,
  type GroupOverTime,
  type GroupReport,
  type MetricStat,
  type NSummary,
  type OlsMetric,
  type ParamValue,
  type ReportModel,
  type ReportProgress,
  type SummaryMetric,
  type TrialCounts,
} from './report-model';
import type { ReportRow, ReportTrialStatus } from './report-row';
import { isUnconverged, metricValue } from './metric-value';
import { fitThresholdFromMoments, type RatioMoments } from './subsampled-fit';
import { fitThreshold, type ThresholdFitResult, type ThresholdPoint } from './threshold-fit';
import { fitStepRatios, type AlignedTrial, type StepLoss } from './threshold-over-time';
import { thresholdReport } from './threshold-report';

/** Groups at most this large keep their individual points in the model (and the plots). */
export const MAX_POINTS_PER_GROUP = 400;

/** Failure messages listed in the report (ReportProgress.topErrors). */
const TOP_ERRORS = 5;

export const REPORT_INTERVALS =
  'Metric means: mean over seeds with a 95% bootstrap interval over seeds (expanded percentile ' +
  'of the resampled means: it stays inside the range of the values, so a loss keeps a positive ' +
  'lower end and a ratio stays in its range). n*: least-squares logistic fit ' +
  'over all trials of a group; 95% interval from a bootstrap over seeds (hull of the expanded ' +
  'percentile and bootstrap-SE t intervals). alpha: log-log least squares over groups with a ' +
  "threshold; 95% interval from refitting on the groups' bootstrap n* samples. n*(t): the same " +
  'fit and bootstrap on interp_ratio(t) = train loss at step t / OLS train loss, at about 20 ' +
  'log-spaced recorded steps.';

/** The metrics summarized per n, in the order the columns are kept. */
const METRICS: readonly (SummaryMetric | OlsMetric)[] = [
  ...SUMMARY_METRICS,
  ...(Object.values(OLS_OF) as OlsMetric[]),
];
const RATIO = METRICS.indexOf('interp_ratio');
const OLS_TRAIN = METRICS.indexOf('ols_train_loss');

const STATUSES: readonly ReportTrialStatus[] = ['pending', 'leased', 'done', 'failed', 'cancelled'];
const DONE = STATUSES.indexOf('done');

/**
 * What the report keeps of one trial's stored curve: its points at the group's n*(t) steps
 * (others are ignored), the first recorded step at which aligned_fraction reached 1/2 over the
 * whole curve (null: never), and whether any point recorded aligned_fraction at all. Only a
 * trial with at least one stored point has a curve. The points come as objects (`points`), or
 * as columns over steps shared by many trials (`at`, NaN where a step has no point or no
 * aligned_fraction; what the store reads for a million trials).
 */
export interface TrialCurveSummary {
  points?: readonly StepLoss[];
  at?: {
    steps: readonly number[];
    trainLoss: ArrayLike<number>;
    alignedFraction: ArrayLike<number>;
  };
  halfAlignedStep: number | null;
  aligned: boolean;
}

/** The summary of a whole curve (the store reads the same by SQL, at the chosen steps only). */
export function summarizeCurve(curve: readonly StepLoss[]): TrialCurveSummary | null {
  if (curve.length === 0) return null;
  const half = curve.find((p) => p.aligned_fraction !== undefined && p.aligned_fraction >= 0.5);
  return {
    points: curve,
    halfAlignedStep: half ? half.step : null,
    aligned: curve.some((p) => p.aligned_fraction !== undefined),
  };
}

/** Entries per chunk of a column: chunks are never copied, so no column holds twice its size. */
const CHUNK = 1 << 16;

/**
 * One column of a group's trials: a typed array that doubles up to CHUNK entries, then grows by
 * whole chunks.
 */
class Column<T extends Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>> {
  private readonly chunks: T[];
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.chunks = [make(16)];
  }
  push(value: number): void {
    const k = this.length >>> 16;
    let chunk = this.chunks[k];
    const at = this.length & (CHUNK - 1);
    if (chunk === undefined) {
      chunk = this.make(CHUNK);
      this.chunks.push(chunk);
    } else if (at === chunk.length) {
      const grown = this.make(chunk.length * 2);
      grown.set(chunk);
      this.chunks[k] = chunk = grown;
    }
    chunk[at] = value;
    this.length++;
  }
  at(i: number): number {
    return (this.chunks[i >>> 16] as T)[i & (CHUNK - 1)] as number;
  }
}

const f64 = () => new Column((size) => new Float64Array(size));
const u8 = () => new Column((size) => new Uint8Array(size));
type F64 = ReturnType<typeof f64>;
type U8 = ReturnType<typeof u8>;

/**
 * One group's trials as columns: about 150 bytes a trial (its id, 12 numbers, 4 flags) plus 16
 * per chosen step (train loss and aligned_fraction), where row objects took kilobytes.
 */
interface GroupColumns {
  key: string;
  params: Record<string, ParamValue>;
  /** The steps n*(t) is fitted at (chosen when the group was first seen). */
  steps: readonly number[];
  ids: string[];
  n: F64;
  seed: F64;
  /** Index into STATUSES. */
  status: U8;
  unconverged: U8;
  /** One column per METRICS entry; NaN where the metric is null or not finite. */
  metrics: F64[];
  /** 1 when the trial has a stored curve (at least one point). */
  hasCurve: U8;
  /** Train loss at each chosen step (trial i at i * steps.length + j); NaN where not recorded. */
  loss: F64;
  /** aligned_fraction at each chosen step; NaN where not recorded. */
  alignedAt: F64;
  /** 1 when the curve recorded aligned_fraction; then the half-aligned step (NaN: never). */
  measured: U8;
  halfStep: F64;
}

export interface ReportAccumulatorOptions {
  /**
   * The order of the trials within a group, which the bootstrap resamples by index: `input`
   * (as added, what `buildReport` does with its rows) or `n-seed` (by n then seed then trial
   * id, the order of `trial_results` by n, width, seed: a report streamed from a store in any
   * order equals the report built from its sorted rows).
   */
  order: 'input' | 'n-seed';
  /** The recorded steps n*(t) is fitted at for a group (called once per group). */
  stepsOf: (params: Record<string, ParamValue>, key: string) => readonly number[];
}

export interface ReportBuildOptions {
  sweep: string;
  generatedAt?: Date;
  /** Bootstrap resamples per group (default 1000). */
  bootstrapResamples?: number;
  /** Base seed of the bootstrap PRNG (default 1). */
  rngSeed?: number;
}

/** A row's group: every group parameter, in order. */
export function groupKeyOf(row: Partial<Record<string, unknown>>): string {
  let key = '';
  for (const name of GROUP_PARAMS) key += `${String(row[name] ?? '')}\u0001`;
  return key;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the report model from trials added one at a time, keeping per trial only compact
 * columns (no row objects, no whole curves): a report of a million trials fits in a few hundred
 * megabytes and streams from a store page by page. `buildReport` runs on it too, so both give
 * the same report from the same trials in the same order.
 */
export class ReportAccumulator {
  private readonly groups = new Map<string, GroupColumns>();
  private readonly errors = new Map<string, { count: number; first: number; row: ReportRow }>();
  private readonly counts: TrialCounts = {
    total: 0,
    done: 0,
    failed: 0,
    cancelled: 0,
    running: 0,
    unconverged: 0,
  };
  private added = 0;

  constructor(private readonly options: ReportAccumulatorOptions) {}

  /** Trials added so far. */
  get size(): number {
    return this.added;
  }

  /** The steps n*(t) reads for the row's group (what a store should read its curve at). */
  stepsFor(row: ReportRow): readonly number[] {
    return this.groupOf(row).steps;
  }

  private groupOf(row: ReportRow): GroupColumns {
    // `stepsFor(row)` then `add(row)`: the key of the same row is built once.
    if (row === this.lastRow && this.lastGroup) return this.lastGroup;
    const group = this.findGroup(row);
    this.lastRow = row;
    this.lastGroup = group;
    return group;
  }

  private lastRow: ReportRow | null = null;
  private lastGroup: GroupColumns | null = null;

  /**
   * The groups met so far by each group parameter's value, one map per parameter in
   * GROUP_PARAMS order: a row finds its group without building its key (a string of every
   * parameter's text). The key decides still: a path met first is looked up by its key, so rows
   * of one key share a group whatever their path (1 or '1', null or undefined).
   */
  private readonly byValue = new Map<unknown, unknown>();

  private findGroup(row: ReportRow): GroupColumns {
    const values = row as Partial<Record<string, unknown>>;
    let level = this.byValue;
    const last = GROUP_PARAMS.length - 1;
    for (let i = 0; i < last; i++) {
      const value = values[GROUP_PARAMS[i] as string];
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map<unknown, unknown>()));
      level = next;
    }
    const value = values[GROUP_PARAMS[last] as string];
    let group = level.get(value) as GroupColumns | undefined;
    if (group === undefined) level.set(value, (group = this.groupOfKey(row)));
    return group;
  }

  private groupOfKey(row: ReportRow): GroupColumns {
    const key = groupKeyOf(row);
    let group = this.groups.get(key);
    if (!group) {
      const params = paramsOf(row);
      group = {
        key,
        params,
        steps: [...this.options.stepsOf(params, key)],
        ids: [],
        n: f64(),
        seed: f64(),
        status: u8(),
        unconverged: u8(),
        metrics: METRICS.map(() => f64()),
        hasCurve: u8(),
        loss: f64(),
        alignedAt: f64(),
        measured: u8(),
        halfStep: f64(),
      };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Adds one trial, with the summary of its stored curve (null or absent: none stored). */
  add(row: ReportRow, curve?: TrialCurveSummary | null): void {
    const g = this.groupOf(row);
    const status = STATUSES.indexOf(row.status);
    g.ids.push(row.trial_id);
    g.n.push(row.n);
    g.seed.push(row.seed);
    g.status.push(status < 0 ? 0 : status);
    const unconverged = row.status === 'done' && isUnconverged(row);
    g.unconverged.push(unconverged ? 1 : 0);
    for (let m = 0; m < METRICS.length; m++) {
      g.metrics[m]?.push(metricValue(row, METRICS[m] as SummaryMetric | OlsMetric) ?? Number.NaN);
    }
    this.count(row, unconverged);
    g.hasCurve.push(curve ? 1 : 0);
    const columns = curve?.at;
    if (columns) {
      const index = this.indexOf(g, columns.steps);
      for (let j = 0; j < index.length; j++) {
        const k = index[j] as number;
        g.loss.push(k < 0 ? Number.NaN : (columns.trainLoss[k] as number));
        g.alignedAt.push(k < 0 ? Number.NaN : (columns.alignedFraction[k] as number));
      }
    } else {
      const at = curve ? pointsAt(curve.points ?? [], g.steps) : null;
      for (let j = 0; j < g.steps.length; j++) {
        const p = at?.[j];
        g.loss.push(p ? p.train_loss : Number.NaN);
        g.alignedAt.push(p?.aligned_fraction ?? Number.NaN);
      }
    }
    g.measured.push(curve?.aligned ? 1 : 0);
    g.halfStep.push(curve?.halfAlignedStep ?? Number.NaN);
    this.added++;
  }

  private lastSteps: readonly number[] | null = null;
  private lastIndex = new Map<GroupColumns, Int32Array>();

  /** Where each of the group's steps sits in `steps` (-1: not there); cached per steps array. */
  private indexOf(g: GroupColumns, steps: readonly number[]): Int32Array {
    if (steps !== this.lastSteps) {
      this.lastSteps = steps;
      this.lastIndex = new Map();
    }
    let index = this.lastIndex.get(g);
    if (!index) {
      const position = new Map(steps.map((s, k) => [s, k]));
      index = Int32Array.from(g.steps, (s) => position.get(s) ?? -1);
      this.lastIndex.set(g, index);
    }
    return index;
  }

  private count(row: ReportRow, unconverged: boolean): void {
    const c = this.counts;
    c.total++;
    switch (row.status) {
      case 'done':
        c.done++;
        if (unconverged) c.unconverged++;
        break;
      case 'failed': {
        c.failed++;
        // A worker's text: no control character of it may reach a terminal or a Markdown file.
        const error = escapeControl(row.error ?? 'unknown error');
        const seen = this.errors.get(error);
        if (seen) {
          seen.count++;
          if (this.options.order === 'n-seed' && compareRows(row, seen.row) < 0) seen.row = row;
        } else {
          this.errors.set(error, { count: 1, first: this.added, row: minimalRow(row) });
        }
        break;
      }
      case 'cancelled':
        c.cancelled++;
        break;
      default:
        c.running++;
    }
  }

  private progress(): ReportProgress {
    const entries = [...this.errors.entries()];
    // Ties in count keep the order of the rows: as added, or (n, width, seed, trial id).
    entries.sort(
      (a, b) =>
        b[1].count - a[1].count ||
        (this.options.order === 'n-seed'
          ? compareRows(a[1].row, b[1].row)
          : a[1].first - b[1].first),
    );
    const counts = { ...this.counts };
    return {
      ...counts,
      complete: counts.running === 0,
      text: `${counts.done} of ${counts.total} trials done`,
      topErrors: entries.slice(0, TOP_ERRORS).map(([error, e]) => ({ error, count: e.count })),
    };
  }

  /** The trials of a group in report order: as added, or by n, seed, trial id. */
  private orderOf(g: GroupColumns): Int32Array {
    const order = new Int32Array(g.ids.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    if (this.options.order === 'n-seed') {
      order.sort(
        (a, b) =>
          g.n.at(a) - g.n.at(b) ||
          g.seed.at(a) - g.seed.at(b) ||
          compareText(g.ids[a] as string, g.ids[b] as string),
      );
    }
    return order;
  }

  /**
   * Minimal rows (id, parameters, status, interp_ratio) of every trial, for the replay of a
   * searched sweep; the same of some trials (`only`), for labelling their curves.
   */
  rows(only?: ReadonlySet<string>): ReportRow[] {
    const out: ReportRow[] = [];
    for (const g of this.groups.values()) {
      for (let i = 0; i < g.ids.length; i++) {
        const trialId = g.ids[i] as string;
        if (only && !only.has(trialId)) continue;
        const ratio = g.metrics[RATIO]?.at(i) as number;
        out.push({
          ...(g.params as Partial<ReportRow>),
          n: g.n.at(i),
          seed: g.seed.at(i),
          width: Number(g.params['width']),
          trial_id: trialId,
          status: STATUSES[g.status.at(i)] as ReportTrialStatus,
          interp_ratio: Number.isNaN(ratio) ? null : ratio,
        });
      }
    }
    // As trial_results orders them (n, width, seed, id), when that is the report's order.
    return this.options.order === 'n-seed' ? out.sort(compareRows) : out;
  }

  /** Every number of the report from the trials added (pure, reproducible). */
  build(options: ReportBuildOptions): ReportModel {
    const resamples = options.bootstrapResamples ?? 1000;
    const rngSeed = options.rngSeed ?? 1;
    const ordered = [...this.groups.values()].sort((a, b) => compareParams(a.params, b.params));
    const varying = varyingParams(ordered);
    const boots = new Map<string, ThresholdFitResult>();
    // The metric means' bootstrap draws depend on the count only: drawn once per count.
    const draws = new BootstrapDraws();
    const groups: GroupReport[] = ordered.map((g, index) => {
      const id = `g${index + 1}`;
      const order = this.orderOf(g);
      const points = thresholdPoints(g, order);
      const fitOptions = {
        resamples,
        rngSeed: (hashString(g.key) ^ Math.imul(rngSeed, 0x9e3779b1)) >>> 0,
      };
      // A group of very many seeds: n* from every trial's moments, its interval from a subsample.
      const sample = seedSample(points);
      const fit = sample
        ? fitThresholdFromMoments(
            momentsOf(points),
            points.filter((p) => sample.has(p.seed)),
            fitOptions,
          )
        : fitThreshold(points, fitOptions);
      boots.set(id, fit);
      const threshold = thresholdReport(fit);
      const noise = g.params['noise'];
      const byN = summarizeByN(g, order, draws);
      const overTime = overTimeOf(g, order, fitOptions, sample);
      return {
        id,
        label: groupLabel(g.params, varying),
        family: familyLabel(g.params, varying, 'width'),
        params: g.params,
        counts: countsOf(g, order),
        threshold,
        noiseFloor: typeof noise === 'number' ? (noise * noise) / 2 : null,
        byN,
        representativeTrial: representative(points, fit.nStar),
        points:
          points.length <= MAX_POINTS_PER_GROUP
            ? points.map((p) => ({ trial_id: p.trial_id, n: p.n, seed: p.seed, interp_ratio: p.y }))
            : null,
        overTime: overTime
          ? { ...overTime, budget: budgetVerdict(overTime.nStar, threshold, overTime.drift) }
          : null,
      };
    });
    return {
      schemaVersion: 1,
      sweep: options.sweep,
      generatedAt: (options.generatedAt ?? new Date()).toISOString(),
      progress: this.progress(),
      varyingParams: varying,
      settings: {
        confidence: 0.95,
        bootstrapResamples: resamples,
        rngSeed,
        intervals: REPORT_INTERVALS,
      },
      groups,
      powerLaws: fitPowerLawFamilies(groups, varying, boots),
      curves: [],
    };
  }
}

/**
 * The first point at each of the (ascending) steps, as `find` would take it: a walk of both when
 * the points are in step order (as stored), a map otherwise.
 */
function pointsAt(points: readonly StepLoss[], steps: readonly number[]): (StepLoss | undefined)[] {
  const out: (StepLoss | undefined)[] = new Array<StepLoss | undefined>(steps.length);
  let sorted = true;
  for (let k = 1; k < points.length && sorted; k++) {
    sorted = (points[k - 1] as StepLoss).step < (points[k] as StepLoss).step;
  }
  if (sorted) {
    let k = 0;
    for (let j = 0; j < steps.length; j++) {
      const step = steps[j] as number;
      while (k < points.length && (points[k] as StepLoss).step < step) k++;
      const p = points[k];
      out[j] = p !== undefined && p.step === step ? p : undefined;
    }
    return out;
  }
  const first = new Map<number, StepLoss>();
  for (const p of points) if (!first.has(p.step)) first.set(p.step, p);
  for (let j = 0; j < steps.length; j++) out[j] = first.get(steps[j] as number);
  return out;
}

/** What a failed trial's row is kept as (to order its error among ties). */
function minimalRow(row: ReportRow): ReportRow {
  return {
    trial_id: row.trial_id,
    n: row.n,
    width: row.width,
    seed: row.seed,
    status: row.status,
  };
}

/** The order of `trial_results` rows of one sweep: n, width, seed, trial id. */
function compareRows(a: ReportRow, b: ReportRow): number {
  return a.n - b.n || a.width - b.width || a.seed - b.seed || compareText(a.trial_id, b.trial_id);
}

function isDone(g: GroupColumns, i: number): boolean {
  return g.status.at(i) === DONE;
}

function countsOf(g: GroupColumns, order: ArrayLike<number>): TrialCounts {
  const c: TrialCounts = { total: 0, done: 0, failed: 0, cancelled: 0, running: 0, unconverged: 0 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    c.total++;
    switch (STATUSES[g.status.at(i)]) {
      case 'done':
        c.done++;
        if (g.unconverged.at(i) === 1) c.unconverged++;
        break;
      case 'failed':
        c.failed++;
        break;
      case 'cancelled':
        c.cancelled++;
        break;
      default:
        c.running++;
    }
  }
  return c;
}

function thresholdPoints(
  g: GroupColumns,
  order: Int32Array,
): (ThresholdPoint & { trial_id: string })[] {
  const points: (ThresholdPoint & { trial_id: string })[] = [];
  const ratio = g.metrics[RATIO] as F64;
  for (const i of order) {
    const y = ratio.at(i);
    if (!isDone(g, i) || Number.isNaN(y)) continue;
    points.push({ n: g.n.at(i), seed: g.seed.at(i), y, trial_id: g.ids[i] as string });
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

/** The trials of each n, in report order; the n ascending. */
function byNIndex(g: GroupColumns, order: Int32Array): [number, number[]][] {
  const byN = new Map<number, number[]>();
  for (const i of order) {
    const n = g.n.at(i);
    const list = byN.get(n);
    if (list) list.push(i);
    else byN.set(n, [i]);
  }
  return [...byN.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * Per-n counts and mean [95% bootstrap interval, inside the values' range] over seeds of the
 * summary and OLS metrics.
 */
function summarizeByN(g: GroupColumns, order: Int32Array, draws: BootstrapDraws): NSummary[] {
  return byNIndex(g, order).map(([n, list]) => {
    const done = list.filter((i) => isDone(g, i));
    const values = new Float64Array(done.length);
    const stats = METRICS.map((_, m): MetricStat | null => {
      const column = g.metrics[m] as F64;
      let count = 0;
      for (const i of done) {
        const v = column.at(i);
        if (!Number.isNaN(v)) values[count++] = v;
      }
      return draws.interval(values.subarray(0, count));
    });
    const metrics = {} as Record<SummaryMetric, MetricStat | null>;
    const ols = {} as Record<OlsMetric, MetricStat | null>;
    METRICS.forEach((name, m) => {
      if ((SUMMARY_METRICS as readonly string[]).includes(name))
        metrics[name as SummaryMetric] = stats[m] ?? null;
      else ols[name as OlsMetric] = stats[m] ?? null;
    });
    return { n, ...countsOf(g, list), metrics, ols };
  });
}

/**
 * n*(t) of a group from the curves of its done trials that have an interp_ratio (the trials the
 * threshold fit uses), with the same fit options, so that the last step reproduces the report's n*.
 */
function overTimeOf(
  g: GroupColumns,
  order: Int32Array,
  fitOptions: { resamples: number; rngSeed: number },
  sample: ReadonlySet<number> | null,
): Omit<GroupOverTime, 'budget'> | null {
  const ratio = g.metrics[RATIO] as F64;
  const olsColumn = g.metrics[OLS_TRAIN] as F64;
  const steps = g.steps;
  const size = steps.length;
  let withCurves = 0;
  const usableNs: number[] = [];
  const ratios = steps.map(() => [] as ThresholdPoint[]);
  // A large group keeps every trial's moments per step and n, and the points of its sample.
  const moments = sample ? steps.map(() => new Map<number, Moments>()) : null;
  const measured: AlignedTrial[] = [];
  for (const i of order) {
    if (!isDone(g, i) || Number.isNaN(ratio.at(i))) continue;
    const ols = olsColumn.at(i);
    if (Number.isNaN(ols) || g.hasCurve.at(i) !== 1) continue;
    withCurves++;
    if (!(ols > 0 && Number.isFinite(ols))) continue;
    const n = g.n.at(i);
    const seed = g.seed.at(i);
    usableNs.push(n);
    const kept = !sample || sample.has(seed);
    for (let j = 0; j < size; j++) {
      const loss = g.loss.at(i * size + j);
      if (Number.isNaN(loss)) continue;
      const y = loss / ols;
      if (kept) ratios[j]?.push({ n, seed, y });
      const atStep = moments?.[j];
      if (atStep) addMoment(atStep, n, y);
    }
    if (g.measured.at(i) === 1) {
      const half = g.halfStep.at(i);
      const aligned: (number | undefined)[] = [];
      for (let j = 0; j < size; j++) {
        const v = g.alignedAt.at(i * size + j);
        aligned.push(Number.isNaN(v) ? undefined : v);
      }
      measured.push({ n, aligned, halfStep: Number.isNaN(half) ? null : half });
    }
  }
  if (withCurves === 0) return null;
  const large = moments
    ? {
        fit: (j: number, options: { resamples?: number; rngSeed?: number }) =>
          fitThresholdFromMoments([...(moments[j]?.values() ?? [])], ratios[j] ?? [], options),
        trials: moments.map((m) => {
          let count = 0;
          for (const cell of m.values()) count += cell.points;
          return count;
        }),
        byN: [...new Set(usableNs)]
          .sort((a, b) => a - b)
          .map((n) => ({
            n,
            ratio: moments.map((m) => {
              const cell = m.get(n);
              return cell && cell.count > 0 ? cell.sum / cell.count : null;
            }),
          })),
      }
    : undefined;
  return {
    ...fitStepRatios(steps, ratios, usableNs, measured, fitOptions, large),
    trialsWithCurves: withCurves,
  };
}

/** Seeds a group's bootstrap resamples one by one; past it, every k-th of them (by rank). */
export const REPORT_MAX_SEEDS = 500;

/** The seeds a group's interval is bootstrapped from, or null for all of them (the usual case). */
function seedSample(points: readonly ThresholdPoint[]): Set<number> | null {
  const seeds = [...new Set(points.map((p) => p.seed))].sort((a, b) => a - b);
  if (seeds.length <= REPORT_MAX_SEEDS) return null;
  const k = Math.ceil(seeds.length / REPORT_MAX_SEEDS);
  return new Set(seeds.filter((_, rank) => rank % k === 0));
}

/** A cell's moments, plus every point (finite or not) it saw. */
type Moments = RatioMoments & { points: number };

function addMoment(cells: Map<number, Moments>, n: number, y: number): void {
  let cell = cells.get(n);
  if (!cell) cells.set(n, (cell = { n, count: 0, sum: 0, sumSq: 0, points: 0 }));
  cell.points++;
  // fitThreshold leaves out what is not finite; so do the moments.
  if (!Number.isFinite(y)) return;
  cell.count++;
  cell.sum += y;
  cell.sumSq += y * y;
}

/** The per-n moments of a group's points. */
function momentsOf(points: readonly ThresholdPoint[]): RatioMoments[] {
  const cells = new Map<number, Moments>();
  for (const p of points) if (p.n > 0) addMoment(cells, p.n, p.y);
  return [...cells.values()];
}
