import { LogisticFitter } from './logistic-fitter';
import { mulberry32 } from './prng';
import { expandedPercentileTail, quantileSorted, t975 } from './stats';

/** One finished trial as the threshold fit sees it. */
export interface ThresholdPoint {
  n: number;
  seed: number;
  /** interp_ratio of the trial. */
  y: number;
}

export type ThresholdVerdict =
  'threshold' | 'interpolates-everywhere' | 'never-interpolates' | 'too-few-points';

export const VERDICT_TEXT: Record<ThresholdVerdict, string> = {
  threshold: 'threshold inside the swept range',
  'interpolates-everywhere': 'interpolates everywhere (no threshold in range: all ratios low)',
  'never-interpolates': 'never interpolates (no threshold in range: all ratios high)',
  'too-few-points': 'too few points (fewer than 3 distinct n or 3 finished trials)',
};

export interface ThresholdFitOptions {
  /** Bootstrap resamples over seeds (default 1000). */
  resamples?: number;
  /** PRNG seed of the bootstrap, so a report is reproducible. */
  rngSeed?: number;
}

export interface ThresholdFitResult {
  verdict: ThresholdVerdict;
  /** Fitted n* (null unless verdict is 'threshold'). */
  nStar: number | null;
  /** 95% bootstrap interval over seeds (null with fewer than two seeds). */
  ci: [number, number] | null;
  /** Slope k of the logistic in ln n. */
  k: number | null;
  /** Root mean square residual over all trials of the group. */
  rms: number | null;
  trials: number;
  seeds: number;
  distinctN: number;
  nMin: number | null;
  nMax: number | null;
  resamples: number;
  /** ln n* of every bootstrap resample (kept for the power-law interval; not serialized). */
  bootstrapLogNStar: Float64Array | null;
}

export const MIN_DISTINCT_N = 3;
export const MIN_TRIALS = 3;
const DEFAULT_RESAMPLES = 1000;

/**
 * Fits the optimization threshold of one group (docs/science.md#the-optimization-threshold):
 * the logistic in ln n over all trials, n* constrained to the swept range, with a seed bootstrap
 * (expanded percentile interval).
 */
export function fitThreshold(
  points: readonly ThresholdPoint[],
  options: ThresholdFitOptions = {},
): ThresholdFitResult {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const valid = points.filter((p) => Number.isFinite(p.y) && p.n > 0);
  const ns = [...new Set(valid.map((p) => p.n))].sort((a, b) => a - b);
  const seedList = [...new Set(valid.map((p) => p.seed))].sort((a, b) => a - b);
  const base = unfittedBase(valid.length, seedList.length, ns);
  if (ns.length < MIN_DISTINCT_N || valid.length < MIN_TRIALS) {
    return { ...base, verdict: 'too-few-points' };
  }

  const nIndex = new Map(ns.map((n, j) => [n, j]));
  const seedIndex = new Map(seedList.map((s, i) => [s, i]));
  const size = ns.length;
  // Per-seed, per-n counts and sums: the bootstrap adds whole seeds.
  const seedCounts = new Float64Array(seedList.length * size);
  const seedSums = new Float64Array(seedList.length * size);
  const counts = new Float64Array(size);
  const sums = new Float64Array(size);
  let sumSq = 0;
  for (const p of valid) {
    const j = nIndex.get(p.n) as number;
    const cell = (seedIndex.get(p.seed) as number) * size + j;
    seedCounts[cell] = (seedCounts[cell] as number) + 1;
    seedSums[cell] = (seedSums[cell] as number) + p.y;
    counts[j] = (counts[j] as number) + 1;
    sums[j] = (sums[j] as number) + p.y;
    sumSq += p.y * p.y;
  }

  // A threshold lies inside the range only if the mean ratio crosses 1/2 somewhere.
  let anyLow = false;
  let anyHigh = false;
  for (let j = 0; j < size; j++) {
    const mean = (sums[j] as number) / (counts[j] as number);
    if (mean < 0.5) anyLow = true;
    else anyHigh = true;
  }
  if (!anyHigh) return { ...base, verdict: 'interpolates-everywhere' };
  if (!anyLow) return { ...base, verdict: 'never-interpolates' };

  const fitter = new LogisticFitter(Float64Array.from(ns, Math.log));
  const estimate = fitter.fit(counts, sums);
  const rms = Math.sqrt(Math.max(0, estimate.objective + sumSq) / valid.length);

  let ci: [number, number] | null = null;
  let boot: Float64Array | null = null;
  const seedCount = seedList.length;
  if (seedCount >= 2 && resamples > 0) {
    boot = new Float64Array(resamples);
    const random = mulberry32(options.rngSeed ?? 1);
    const bCounts = new Float64Array(size);
    const bSums = new Float64Array(size);
    for (let b = 0; b < resamples; b++) {
      bCounts.fill(0);
      bSums.fill(0);
      for (let i = 0; i < seedCount; i++) {
        const offset = Math.floor(random() * seedCount) * size;
        for (let j = 0; j < size; j++) {
          bCounts[j] = (bCounts[j] as number) + (seedCounts[offset + j] as number);
          bSums[j] = (bSums[j] as number) + (seedSums[offset + j] as number);
        }
      }
      boot[b] = fitter.fit(bCounts, bSums).m;
    }
    ci = bootstrapInterval(estimate.m, boot, seedCount);
  }

  return {
    ...base,
    verdict: 'threshold',
    nStar: Math.exp(estimate.m),
    ci,
    k: estimate.k,
    rms,
    resamples: boot ? resamples : 0,
    bootstrapLogNStar: boot,
  };
}

/**
 * 95% interval for n* from the bootstrap of ln n* over S seeds: the hull of Hesterberg's expanded
 * percentile interval (keeps asymmetry) and the bootstrap-SE t-interval
 * ln n* +- sqrt(S/(S-1)) t_{S-1} sd (percentile intervals cannot exceed the spread of single-seed
 * fits, which covers too rarely with 3-6 seeds).
 */
export function bootstrapInterval(
  logEstimate: number,
  boot: Float64Array,
  seedCount: number,
): [number, number] {
  const sorted = Float64Array.from(boot).sort();
  const tail = expandedPercentileTail(seedCount);
  let mean = 0;
  for (const v of boot) mean += v;
  mean /= boot.length;
  let ss = 0;
  for (const v of boot) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / Math.max(1, boot.length - 1));
  const half = Math.sqrt(seedCount / (seedCount - 1)) * t975(seedCount - 1) * sd;
  const lo = Math.min(quantileSorted(sorted, tail), logEstimate - half);
  const hi = Math.max(quantileSorted(sorted, 1 - tail), logEstimate + half);
  return [Math.exp(lo), Math.exp(hi)];
}

/**
 * The fields of a fit before fitting: what the points are (`ns` sorted ascending), no n* yet.
 * Shared with the fit from per-n moments (subsampled-fit.ts).
 */
export function unfittedBase(trials: number, seeds: number, ns: readonly number[]) {
  return {
    trials,
    seeds,
    distinctN: ns.length,
    nMin: ns.length > 0 ? (ns[0] as number) : null,
    nMax: ns.length > 0 ? (ns[ns.length - 1] as number) : null,
    resamples: 0,
    nStar: null,
    ci: null,
    k: null,
    rms: null,
    bootstrapLogNStar: null,
  };
}
