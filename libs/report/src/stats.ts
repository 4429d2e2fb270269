/** Small statistics helpers: t and normal quantiles, means with t-intervals, percentiles. */

// Two-sided 95% Student t quantiles t_{0.975, df} for df = 1..30.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];
const Z975 = 1.959963984540054;

/** t_{0.975, df}: table up to 30, Cornish-Fisher expansion beyond (error < 1e-4). */
export function t975(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  const exact = T975[Math.round(df) - 1];
  if (exact !== undefined) return exact;
  const z = Z975;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 erf, absolute error < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Mean with a 95% t-interval; `lo`/`hi` are null with fewer than two values. */
export interface MeanInterval {
  mean: number;
  lo: number | null;
  hi: number | null;
  count: number;
}

export function meanInterval(values: readonly number[]): MeanInterval | null {
  const count = values.length;
  if (count === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / count;
  if (count < 2) return { mean, lo: null, hi: null, count };
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const half = (t975(count - 1) * Math.sqrt(ss / (count - 1))) / Math.sqrt(count);
  return { mean, lo: mean - half, hi: mean + half, count };
}

/** The same from a count, sum and sum of squares (aggregated in SQL). */
export function meanIntervalFromMoments(
  count: number,
  sum: number,
  sumSq: number,
): MeanInterval | null {
  if (count <= 0) return null;
  const mean = sum / count;
  if (count < 2) return { mean, lo: null, hi: null, count };
  const ss = Math.max(0, sumSq - sum * mean);
  const half = (t975(count - 1) * Math.sqrt(ss / (count - 1))) / Math.sqrt(count);
  return { mean, lo: mean - half, hi: mean + half, count };
}

/** Linear-interpolated quantile of an ascending-sorted array (type 7, as R's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/**
 * Tail probability for Hesterberg's "expanded percentile" bootstrap interval: percentile
 * intervals are too narrow with few resampling units (seeds); widening the nominal level so
 * z_{a/2} = sqrt(S/(S-1)) t_{0.975,S-1} restores coverage for small S and tends to 2.5% as S grows.
 */
export function expandedPercentileTail(units: number): number {
  if (units < 2) return 0.025;
  return normalCdf(-Math.sqrt(units / (units - 1)) * t975(units - 1));
}
