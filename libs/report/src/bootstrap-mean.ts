import { mulberry32 } from './prng';
import { expandedPercentileTail, quantileSorted, type MeanInterval } from './stats';

/** Resamples of a mean's bootstrap: enough for the expanded tails at 3-10 seeds. */
export const MEAN_RESAMPLES = 1000;

/**
 * Mean over seeds with a 95% bootstrap interval: the values are resampled with replacement,
 * and the interval is the expanded percentile interval (Hesterberg; the tail of
 * `expandedPercentileTail`, as for n*) of the resampled means. Every resampled mean lies between
 * the smallest and the largest value, so the interval stays inside the quantity's range: a loss
 * keeps a positive lower end and a ratio in [0, 1] stays there, where a t-interval of a skewed
 * positive quantity reaches below 0. The PRNG seed is fixed (the same values give the same
 * interval); lo and hi are null with fewer than two values.
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  resamples = MEAN_RESAMPLES,
  rngSeed = 1,
): MeanInterval | null {
  const count = values.length;
  if (count === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / count;
  if (count < 2) return { mean, lo: null, hi: null, count };
  let min = values[0] as number;
  let max = min;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (min === max) return { mean, lo: min, hi: max, count };
  const random = mulberry32(rngSeed);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < count; i++) s += values[Math.floor(random() * count)] as number;
    means[b] = s / count;
  }
  means.sort();
  const tail = expandedPercentileTail(count);
  // Rounding in the sums may step a hair outside [min, max]: the range is the hard limit.
  const lo = Math.max(min, quantileSorted(means, tail));
  const hi = Math.min(max, quantileSorted(means, 1 - tail));
  return { mean, lo, hi, count };
}
