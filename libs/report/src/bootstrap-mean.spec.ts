import { describe, expect, it } from 'vitest';
import {
  BootstrapDraws,
  LARGE_MEAN_COUNT,
  bootstrapMeanInterval,
  largeMeanInterval,
} from './bootstrap-mean';
import { mulberry32, normalFrom } from './prng';
import { meanInterval } from './stats';

describe('bootstrapMeanInterval', () => {
  it('keeps a skewed positive quantity positive where the t-interval goes below 0', () => {
    // Train losses of 5 seeds, one of which did not interpolate: the shape of the issue's
    // "train loss [-2.8e-4, 6.1e-4]".
    const losses = [2e-5, 3e-5, 1.5e-3, 4e-5, 1e-5];
    const t = meanInterval(losses);
    expect(t?.lo).toBeLessThan(0);
    const b = bootstrapMeanInterval(losses);
    expect(b?.mean).toBe(t?.mean);
    expect(b?.lo).toBeGreaterThan(0);
    expect(b?.lo).toBeGreaterThanOrEqual(Math.min(...losses));
    expect(b?.hi).toBeLessThanOrEqual(Math.max(...losses));
    expect(b?.lo).toBeLessThan(b?.mean as number);
    expect(b?.hi).toBeGreaterThan(b?.mean as number);
  });

  it('is reproducible, and null-ended with one value', () => {
    expect(bootstrapMeanInterval([0.3, 0.1, 0.7, 0.2])).toEqual(
      bootstrapMeanInterval([0.3, 0.1, 0.7, 0.2]),
    );
    expect(bootstrapMeanInterval([0.4])).toEqual({ mean: 0.4, lo: null, hi: null, count: 1 });
    expect(bootstrapMeanInterval([])).toBeNull();
    expect(bootstrapMeanInterval([2, 2, 2])).toEqual({ mean: 2, lo: 2, hi: 2, count: 3 });
  });

  it('agrees with the t-interval for many symmetric values', () => {
    const normal = normalFrom(mulberry32(7));
    const values = Array.from({ length: 40 }, () => 1 + 0.1 * normal());
    const t = meanInterval(values) as NonNullable<ReturnType<typeof meanInterval>>;
    const b = bootstrapMeanInterval(values, 4000) as NonNullable<typeof t>;
    // Both estimate the same 95% interval of a mean of 40 normal values; the bootstrap's ends
    // move by about sd/sqrt(resamples) of the mean's spread, and the expanded tail (40 seeds) is
    // slightly wider than 2.5%: 15% of the half-width covers both.
    const half = ((t.hi as number) - (t.lo as number)) / 2;
    expect(Math.abs((b.lo as number) - (t.lo as number))).toBeLessThan(0.15 * half);
    expect(Math.abs((b.hi as number) - (t.hi as number))).toBeLessThan(0.15 * half);
  });
});

describe('BootstrapDraws', () => {
  it('gives bootstrapMeanInterval to the last bit, drawing once per count', () => {
    const normal = normalFrom(mulberry32(7));
    const draws = new BootstrapDraws();
    for (const count of [1, 2, 3, 5, 8, 40, 600, 1000]) {
      for (let rep = 0; rep < 3; rep++) {
        const values = Array.from({ length: count }, () => Math.exp(normal()));
        expect(draws.interval(values)).toEqual(bootstrapMeanInterval(values));
        expect(draws.interval(Float64Array.from(values))).toEqual(bootstrapMeanInterval(values));
      }
    }
    expect(draws.interval([])).toBeNull();
    expect(draws.interval([2, 2, 2])).toEqual(bootstrapMeanInterval([2, 2, 2]));
  });

  it('past 1 000 values, takes the normal limit of the bootstrap interval', () => {
    const normal = normalFrom(mulberry32(11));
    // Lognormal (sigma 0.5, skewness about 1.75): a positive, skewed loss across seeds.
    const values = Array.from({ length: LARGE_MEAN_COUNT + 500 }, () => Math.exp(0.5 * normal()));
    const exact = bootstrapMeanInterval(values)!;
    const large = new BootstrapDraws().interval(values)!;
    expect(large).toEqual(largeMeanInterval(values));
    expect(large.mean).toBe(exact.mean);
    // 1 000 resamples put a 2.5% quantile within about 0.085 sd of the resampled means of its
    // limit (sqrt(0.025 * 0.975 / 1000) / phi(1.96)), 4% of the half-width (1.96 sd); skewness
    // 1.75 at 1 500 values moves it by under 1%: 15% is over 3 sd.
    const halfWidth = (exact.hi! - exact.lo!) / 2;
    expect(Math.abs(large.lo! - exact.lo!)).toBeLessThan(0.15 * halfWidth);
    expect(Math.abs(large.hi! - exact.hi!)).toBeLessThan(0.15 * halfWidth);
  });
});
