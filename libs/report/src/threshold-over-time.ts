import { defaultRecordEvery } from '@thresher/sweep';
import {
  bootstrapInterval,
  fitThreshold,
  type ThresholdFitOptions,
  type ThresholdFitResult,
  type ThresholdPoint,
  type ThresholdVerdict,
} from './threshold-fit';

/** A recorded curve point as n*(t) needs it: the train loss at one step (and the alignment). */
export interface StepLoss {
  step: number;
  train_loss: number;
  /** Absent in curves recorded before it was measured per step. */
  aligned_fraction?: number;
}

/** One done trial of a group with its stored curve (docs/science.md#the-training-budget). */
export interface CurveTrial {
  n: number;
  seed: number;
  /** OLS train loss of the same data: interp_ratio(t) = train_loss(t) / ols_train_loss. */
  olsTrainLoss: number;
  curve: readonly StepLoss[];
}

/** The threshold fitted from interp_ratio at one recorded step. */
export interface NStarAtStep {
  step: number;
  verdict: ThresholdVerdict;
  nStar: number | null;
  ci: { lo: number; hi: number } | null;
  /** Trials with a curve point at this step. */
  trials: number;
}

/** Mean interp_ratio over seeds at each chosen step, for one n (null where no trial has it). */
export interface RatioOverTime {
  n: number;
  ratio: (number | null)[];
}

/**
 * n*(to) / n*(from) over the last half of training (from: the first fitted step at or after T/2),
 * with its 95% interval from the paired seed bootstrap: both fits draw the same seeds in each
 * resample, so the seed-to-seed spread that widens each n* interval cancels in the ratio.
 */
export interface NStarDrift {
  from: number;
  to: number;
  factor: number;
  ci: { lo: number; hi: number } | null;
}

export interface ThresholdOverTime {
  /** The chosen recorded steps, ascending; the last is the last recorded step. */
  steps: number[];
  nStar: NStarAtStep[];
  byN: RatioOverTime[];
  /** Null unless both ends of the last half have a threshold. */
  drift: NStarDrift | null;
  /** aligned_fraction over training; null when no curve of the group recorded it. */
  alignment: AlignmentOverTime | null;
}

/**
 * The alignment phase: mean aligned_fraction(t) over seeds per n at the chosen steps, and per n
 * the step at which half of the neuron mass is aligned (each trial's first recorded step with
 * aligned_fraction >= 1/2; the median over the trials that got there).
 */
export interface AlignmentOverTime {
  byN: { n: number; aligned: (number | null)[] }[];
  halfStep: { n: number; step: number | null; reached: number; trials: number }[];
}

/** About this many steps are fitted: enough to see a trend, few enough to stay cheap. */
export const OVER_TIME_STEPS = 20;

/**
 * Bootstrap resamples at the steps between: their intervals are only drawn (the verdict reads
 * their point estimates), and 200 keep n*(t) at about 4x the cost of the report's n* fit.
 */
export const INTERMEDIATE_RESAMPLES = 200;

/**
 * About `count` recorded steps spaced evenly in ln step between the first positive recorded step
 * and the last (each target rounded to the nearest recorded step in log distance), plus the first
 * recorded step at or after half the last one: the budget verdict looks at the last half of
 * training, which must hold at least that point and the last. Step 0 has no logarithm and a
 * loss equal to the initial one: it is left out.
 */
export function logSpacedSteps(recorded: Iterable<number>, count = OVER_TIME_STEPS): number[] {
  const positive = [...new Set(recorded)].filter((s) => s > 0).sort((a, b) => a - b);
  const first = positive[0];
  const last = positive[positive.length - 1];
  if (first === undefined || last === undefined) return [];
  const chosen = new Set<number>([last]);
  const a = Math.log(first);
  const b = Math.log(last);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const target = count === 1 ? b : a + ((b - a) * i) / (count - 1);
    // positive is ascending and the targets too: walk forward to the nearest.
    while (
      j + 1 < positive.length &&
      Math.abs(Math.log(positive[j + 1] as number) - target) <=
        Math.abs(Math.log(positive[j] as number) - target)
    ) {
      j++;
    }
    chosen.add(positive[j] as number);
  }
  const half = positive.find((s) => s >= last / 2);
  if (half !== undefined) chosen.add(half);
  return [...chosen].sort((x, y) => x - y);
}

/** The steps a trial records (docs/science.md#metrics): 0, every record_every, and the last. */
export function recordedSteps(steps: number, recordEvery = defaultRecordEvery(steps)): number[] {
  const out: number[] = [];
  for (let s = 0; s < steps; s += recordEvery) out.push(s);
  out.push(steps);
  return out;
}

/**
 * The steps n*(t) reads for groups with these parameters (steps, record_every): the union of
 * each group's log-spaced steps, so that a store can read the ratios at those steps only.
 */
export function overTimeSteps(
  groups: readonly { params: Record<string, unknown> }[],
  count = OVER_TIME_STEPS,
): number[] {
  const all = new Set<number>();
  for (const g of groups) {
    const steps = Number(g.params['steps']);
    const every = g.params['record_every'];
    if (!(Number.isInteger(steps) && steps > 0)) continue;
    const recorded = recordedSteps(
      steps,
      typeof every === 'number' && every > 0 ? every : undefined,
    );
    for (const s of logSpacedSteps(recorded, count)) all.add(s);
  }
  return [...all].sort((a, b) => a - b);
}

/**
 * n*(t) of one group: the threshold fit of `fitThreshold` (same logistic, same seed bootstrap,
 * same options: pass the report's rngSeed and the last step's fit is the report's n*) applied to
 * interp_ratio(t) = train_loss(t) / ols_train_loss at each of the log-spaced recorded steps.
 */
export function fitThresholdOverTime(
  trials: readonly CurveTrial[],
  options: ThresholdFitOptions & { steps?: number } = {},
): ThresholdOverTime {
  const usable = trials.filter((t) => t.olsTrainLoss > 0 && Number.isFinite(t.olsTrainLoss));
  const steps = logSpacedSteps(
    usable.flatMap((t) => t.curve.map((p) => p.step)),
    options.steps ?? OVER_TIME_STEPS,
  );
  const index = new Map(steps.map((s, i) => [s, i]));
  // ratios[i]: every (n, seed, ratio) at steps[i].
  const ratios = steps.map(() => [] as ThresholdPoint[]);
  for (const t of usable) {
    for (const p of t.curve) {
      const i = index.get(p.step);
      if (i !== undefined)
        ratios[i]?.push({ n: t.n, seed: t.seed, y: p.train_loss / t.olsTrainLoss });
    }
  }
  const measured: AlignedTrial[] = [];
  for (const t of usable) {
    if (!t.curve.some((p) => p.aligned_fraction !== undefined)) continue;
    const half = t.curve.find((p) => p.aligned_fraction !== undefined && p.aligned_fraction >= 0.5);
    measured.push({
      n: t.n,
      aligned: steps.map((step) => t.curve.find((p) => p.step === step)?.aligned_fraction),
      halfStep: half ? half.step : null,
    });
  }
  return fitStepRatios(
    steps,
    ratios,
    usable.map((t) => t.n),
    measured,
    options,
  );
}

/**
 * One measured trial of the alignment phase: aligned_fraction at each chosen step (undefined
 * where not recorded) and its first recorded step with aligned_fraction >= 1/2 over the whole
 * curve (null: never).
 */
export interface AlignedTrial {
  n: number;
  aligned: readonly (number | undefined)[];
  halfStep: number | null;
}

/**
 * n*(t) from the ratios already read at the chosen steps (`ratios[i]`: the (n, seed, ratio) of
 * every usable trial with a point at `steps[i]`, in trial order), the n of every usable trial and
 * the trials that measured the alignment: what `fitThresholdOverTime` computes from whole curves,
 * for a caller (the report over a store) that reads the curves at those steps only.
 */
export function fitStepRatios(
  steps: readonly number[],
  ratios: readonly (readonly ThresholdPoint[])[],
  usableNs: readonly number[],
  measured: readonly AlignedTrial[],
  options: ThresholdFitOptions = {},
  large?: LargeGroupSteps,
): ThresholdOverTime {
  const fits: ThresholdFitResult[] = [];
  const last = steps.length - 1;
  const half = steps.findIndex((step) => step >= (steps[last] as number) / 2);
  const full = options.resamples ?? 1000;
  const light = { ...options, resamples: Math.min(full, INTERMEDIATE_RESAMPLES) };
  const nStar = steps.map((step, i): NStarAtStep => {
    const points = ratios[i] ?? [];
    // The last step (the report's n*) and the window's first (the drift pairs it with the
    // last) get the report's resamples; the others only draw an interval on the plot.
    const stepOptions = i === last || i === half ? options : light;
    const fit = large ? large.fit(i, stepOptions) : fitThreshold(points, stepOptions);
    fits.push(fit);
    return {
      step,
      verdict: fit.verdict,
      nStar: fit.nStar,
      ci: fit.ci ? { lo: fit.ci[0], hi: fit.ci[1] } : null,
      trials: large ? (large.trials[i] ?? 0) : points.length,
    };
  });
  const ns = [...new Set(usableNs)].sort((x, y) => x - y);
  const byN = large ? large.byN : meansByN(ns, ratios);
  return {
    steps: [...steps],
    nStar,
    byN,
    drift: driftOf(steps, fits),
    alignment: alignmentOf(measured, steps),
  };
}

/**
 * What a group too large for a trial-by-trial bootstrap gives n*(t) instead (the report's
 * large groups): the fit at each step (from every trial's moments and a seed subsample's
 * bootstrap), the trials at each step and the mean ratio per n over every trial.
 */
export interface LargeGroupSteps {
  fit: (step: number, options: ThresholdFitOptions) => ThresholdFitResult;
  trials: readonly number[];
  byN: RatioOverTime[];
}

/** Mean finite ratio per n at each step, in one pass per step (sums in point order). */
function meansByN(
  ns: readonly number[],
  ratios: readonly (readonly ThresholdPoint[])[],
): RatioOverTime[] {
  const index = new Map(ns.map((n, k) => [n, k]));
  const sums = ns.map(() => new Float64Array(ratios.length));
  const counts = ns.map(() => new Float64Array(ratios.length));
  ratios.forEach((points, i) => {
    for (const p of points) {
      const k = index.get(p.n);
      if (k === undefined || !Number.isFinite(p.y)) continue;
      (sums[k] as Float64Array)[i] = ((sums[k] as Float64Array)[i] as number) + p.y;
      (counts[k] as Float64Array)[i] = ((counts[k] as Float64Array)[i] as number) + 1;
    }
  });
  return ns.map((n, k) => ({
    n,
    ratio: ratios.map((_, i) => {
      const count = (counts[k] as Float64Array)[i] as number;
      return count > 0 ? ((sums[k] as Float64Array)[i] as number) / count : null;
    }),
  }));
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function alignmentOf(
  measured: readonly AlignedTrial[],
  steps: readonly number[],
): AlignmentOverTime | null {
  if (measured.length === 0) return null;
  const ns = [...new Set(measured.map((t) => t.n))].sort((x, y) => x - y);
  const byN = ns.map((n) => {
    const atN = measured.filter((t) => t.n === n);
    return {
      n,
      aligned: steps.map((_, i) => {
        let sum = 0;
        let count = 0;
        for (const t of atN) {
          const v = t.aligned[i];
          if (v !== undefined) {
            sum += v;
            count++;
          }
        }
        return count > 0 ? sum / count : null;
      }),
    };
  });
  const halfStep = ns.map((n) => {
    const atN = measured.filter((t) => t.n === n);
    const reached = atN
      .flatMap((t) => (t.halfStep === null ? [] : [t.halfStep]))
      .sort((x, y) => x - y);
    return { n, step: median(reached), reached: reached.length, trials: atN.length };
  });
  return { byN, halfStep };
}

function driftOf(steps: readonly number[], fits: readonly ThresholdFitResult[]): NStarDrift | null {
  const last = steps.length - 1;
  const first = steps.findIndex((s) => s >= (steps[last] as number) / 2);
  const a = fits[first];
  const b = fits[last];
  if (first < 0 || first === last || !a?.nStar || !b?.nStar) return null;
  const logFactor = Math.log(b.nStar / a.nStar);
  const base = {
    from: steps[first] as number,
    to: steps[last] as number,
    factor: Math.exp(logFactor),
  };
  const bootA = a.bootstrapLogNStar;
  const bootB = b.bootstrapLogNStar;
  // Paired only when both drew the same seeds: the same seed set (hence the same PRNG draws).
  if (!bootA || !bootB || bootA.length !== bootB.length || a.seeds !== b.seeds) {
    return { ...base, ci: null };
  }
  const diff = bootB.map((v, i) => v - (bootA[i] as number));
  const [lo, hi] = bootstrapInterval(logFactor, diff, b.seeds);
  return { ...base, ci: { lo, hi } };
}
