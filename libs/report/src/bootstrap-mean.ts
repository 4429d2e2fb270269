import { mulberry32 } from './prng';
import { expandedPercentileTail, quantileSorted, t975, type MeanInterval } from './stats';

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
  values: ArrayLike<number>,
  resamples = MEAN_RESAMPLES,
  rngSeed = 1,
): MeanInterval | null {
  const known = unresampled(values);
  if (known !== undefined) return known;
  const count = values.length;
  const random = mulberry32(rngSeed);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < count; i++) s += values[Math.floor(random() * count)] as number;
    means[b] = s / count;
  }
  return percentileInterval(values, means);
}

/**
 * The interval when no resampling is needed (no values, one value, all equal); undefined when
 * the values must be resampled.
 */
function unresampled(values: ArrayLike<number>): MeanInterval | null | undefined {
  const count = values.length;
  if (count === 0) return null;
  const { mean, min, max } = meanAndRange(values);
  if (count < 2) return { mean, lo: null, hi: null, count };
  if (min === max) return { mean, lo: min, hi: max, count };
  return undefined;
}

function meanAndRange(values: ArrayLike<number>): { mean: number; min: number; max: number } {
  let sum = 0;
  let min = values[0] as number;
  let max = min;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}

/** The expanded percentile interval of the resampled means, inside the values' range. */
function percentileInterval(values: ArrayLike<number>, means: Float64Array): MeanInterval {
  const count = values.length;
  const { mean, min, max } = meanAndRange(values);
  means.sort();
  const tail = expandedPercentileTail(count);
  // Rounding in the sums may step a hair outside [min, max]: the range is the hard limit.
  const lo = Math.max(min, quantileSorted(means, tail));
  const hi = Math.min(max, quantileSorted(means, 1 - tail));
  return { mean, lo, hi, count };
}

/**
 * The resampled indices `bootstrapMeanInterval` draws for `count` values (resample b, draw i
 * at b * count + i): they depend on the count and PRNG seed only, so every metric of every cell
 * with that count shares them. Kept while they fit `maxEntries` in all.
 */
export class BootstrapDraws {
  private readonly byCount = new Map<number, Int32Array>();
  private entries = 0;
  constructor(
    private readonly resamples = MEAN_RESAMPLES,
    private readonly rngSeed = 1,
    private readonly maxEntries = 16_000_000,
  ) {}

  indices(count: number): Int32Array {
    let drawn = this.byCount.get(count);
    if (drawn) return drawn;
    const random = mulberry32(this.rngSeed);
    drawn = new Int32Array(this.resamples * count);
    for (let k = 0; k < drawn.length; k++) drawn[k] = Math.floor(random() * count);
    if (this.entries + drawn.length > this.maxEntries) {
      this.byCount.clear();
      this.entries = 0;
    }
    this.byCount.set(count, drawn);
    this.entries += drawn.length;
    return drawn;
  }

  /**
   * `bootstrapMeanInterval(values)` to the last bit, from the shared draws; past
   * `LARGE_MEAN_COUNT` values, `largeMeanInterval` (no draws).
   */
  interval(values: ArrayLike<number>): MeanInterval | null {
    const count = values.length;
    if (count === 0) return null;
    if (count > LARGE_MEAN_COUNT) return largeMeanInterval(values);
    const known = unresampled(values);
    if (known !== undefined) return known;
    const drawn = this.indices(count);
    const means = new Float64Array(this.resamples);
    for (let b = 0, k = 0; b < this.resamples; b++) {
      let s = 0;
      for (let i = 0; i < count; i++) s += values[drawn[k++] as number] as number;
      means[b] = s / count;
    }
    return percentileInterval(values, means);
  }
}

/**
 * Past this many values a mean's bootstrap interval is taken from its normal limit
 * (`largeMeanInterval`): resampling would cost 1 000 passes over every value of every metric,
 * and at this size the resampled means are normal to well within the resampling noise.
 */
export const LARGE_MEAN_COUNT = 1000;

/**
 * The normal limit of `bootstrapMeanInterval` for many values: the resampled means have the
 * standard deviation s / sqrt(count) (s the plug-in standard deviation of the values, as the
 * bootstrap sees them), and the expanded percentile tail of `count` units sits
 * sqrt(count / (count - 1)) t_{0.975, count - 1} of them from the mean; clipped to the values'
 * range as the bootstrap interval is. Skewness moves the bootstrap's quantiles by about
 * skew / (6 sqrt(count)) of that sd: under 1% of the half-width at 1 000 values and skew 2.
 */
export function largeMeanInterval(values: ArrayLike<number>): MeanInterval | null {
  const count = values.length;
  if (count === 0) return null;
  let sum = 0;
  let min = values[0] as number;
  let max = min;
  for (let i = 0; i < count; i++) {
    const v = values[i] as number;
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / count;
  if (count < 2) return { mean, lo: null, hi: null, count };
  if (min === max) return { mean, lo: min, hi: max, count };
  let ss = 0;
  for (let i = 0; i < count; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / count) / Math.sqrt(count);
  const z = Math.sqrt(count / (count - 1)) * t975(count - 1);
  return { mean, lo: Math.max(min, mean - z * sd), hi: Math.min(max, mean + z * sd), count };
}
