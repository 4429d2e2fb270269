import { LogisticFitter } from './logistic-fitter';
import {
  MIN_DISTINCT_N,
  MIN_TRIALS,
  bootstrapInterval,
  fitThreshold,
  unfittedBase,
  type ThresholdFitOptions,
  type ThresholdFitResult,
  type ThresholdPoint,
} from './threshold-fit';

/** One group's interp_ratio at one n over all its done trials: count, sum, sum of squares. */
export interface RatioMoments {
  n: number;
  count: number;
  sum: number;
  sumSq: number;
}

/**
 * The threshold fit of a group too large to read trial by trial (docs/science.md, "Intervals of
 * very large sweeps"): n*, k and the RMS residual from the per-n moments of every trial (the
 * least-squares fit needs nothing else, so they equal `fitThreshold` over all the trials up to
 * rounding), and the 95% interval from the seed bootstrap of a subsample of the seeds, its
 * deviations from the subsample's own n* shrunk by sqrt(m / S) (m seeds in the sample, S in the
 * group): ln n* is a smooth statistic of S independent seeds, its spread goes as 1/sqrt(S).
 * `seeds` is S, estimated as the most trials at one n (exact when every seed has every n).
 */
export function fitThresholdFromMoments(
  moments: readonly RatioMoments[],
  sample: readonly ThresholdPoint[],
  options: ThresholdFitOptions = {},
): ThresholdFitResult {
  const cells = moments.filter((m) => m.count > 0 && m.n > 0).sort((a, b) => a.n - b.n);
  const ns = cells.map((m) => m.n);
  let trials = 0;
  let sumSq = 0;
  let seeds = 0;
  for (const m of cells) {
    trials += m.count;
    sumSq += m.sumSq;
    seeds = Math.max(seeds, m.count);
  }
  const base = unfittedBase(trials, seeds, ns);
  if (ns.length < MIN_DISTINCT_N || trials < MIN_TRIALS) {
    return { ...base, verdict: 'too-few-points' };
  }
  const counts = Float64Array.from(cells, (m) => m.count);
  const sums = Float64Array.from(cells, (m) => m.sum);
  let anyLow = false;
  let anyHigh = false;
  for (const m of cells) {
    if (m.sum / m.count < 0.5) anyLow = true;
    else anyHigh = true;
  }
  if (!anyHigh) return { ...base, verdict: 'interpolates-everywhere' };
  if (!anyLow) return { ...base, verdict: 'never-interpolates' };
  const fitter = new LogisticFitter(Float64Array.from(ns, Math.log));
  const estimate = fitter.fit(counts, sums);
  const rms = Math.sqrt(Math.max(0, estimate.objective + sumSq) / trials);
  const sub = fitThreshold(sample, options);
  let ci: [number, number] | null = null;
  let boot: Float64Array | null = null;
  if (sub.bootstrapLogNStar && sub.nStar !== null && sub.seeds >= 2 && seeds >= 2) {
    const center = Math.log(sub.nStar);
    const shrink = Math.sqrt(sub.seeds / Math.max(seeds, sub.seeds));
    boot = sub.bootstrapLogNStar.map((v) => estimate.m + (v - center) * shrink);
    ci = bootstrapInterval(estimate.m, boot, Math.max(seeds, sub.seeds));
  }
  return {
    ...base,
    verdict: 'threshold',
    nStar: Math.exp(estimate.m),
    ci,
    k: estimate.k,
    rms,
    resamples: boot ? boot.length : 0,
    bootstrapLogNStar: boot,
  };
}
