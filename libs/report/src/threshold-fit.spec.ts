import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, normalFrom } from './prng';
import { logistic } from './logistic-fitter';
import { fitThreshold, type ThresholdPoint } from './threshold-fit';

const NS = [8, 16, 32, 64, 128, 256, 512, 1024];

function simulate(
  nStar: number,
  k: number,
  noise: number,
  seeds: number,
  rngSeed: number,
  clip = false,
) {
  const normal = normalFrom(mulberry32(rngSeed));
  const points: ThresholdPoint[] = [];
  for (const n of NS) {
    for (let seed = 0; seed < seeds; seed++) {
      const y = logistic(Math.log(n), Math.log(nStar), k) + noise * normal();
      // A real interp_ratio is a ratio of losses: never negative.
      points.push({ n, seed, y: clip ? Math.max(0, y) : y });
    }
  }
  return points;
}

describe('fitThreshold', () => {
  it('recovers n* exactly on noiseless data', () => {
    const fit = fitThreshold(simulate(90, 3, 0, 3, 1), { resamples: 50 });
    expect(fit.verdict).toBe('threshold');
    expect(fit.nStar).toBeCloseTo(90, 3);
    expect(fit.k).toBeCloseTo(3, 3);
    expect(fit.rms).toBeLessThan(1e-6);
  });

  const cases = [
    { nStar: 40, k: 3, noise: 0.05, seeds: 4, clip: false },
    { nStar: 90, k: 2, noise: 0.1, seeds: 8, clip: true },
    { nStar: 300, k: 4, noise: 0.15, seeds: 16, clip: false },
    { nStar: 20, k: 1.5, noise: 0.1, seeds: 6, clip: true },
    { nStar: 700, k: 3, noise: 0.2, seeds: 3, clip: true },
  ];
  for (const c of cases) {
    it(`95% interval covers n*=${c.nStar} (noise ${c.noise}, ${c.seeds} seeds) in >= 90 of 100 sweeps`, () => {
      let covered = 0;
      let logErr = 0;
      for (let sim = 0; sim < 100; sim++) {
        const points = simulate(
          c.nStar,
          c.k,
          c.noise,
          c.seeds,
          hashString(`${c.nStar}/${sim}`),
          c.clip,
        );
        const fit = fitThreshold(points, { resamples: 200, rngSeed: sim + 1 });
        expect(fit.verdict).toBe('threshold');
        const [lo, hi] = fit.ci as [number, number];
        if (lo <= c.nStar && c.nStar <= hi) covered++;
        logErr += Math.abs(Math.log((fit.nStar as number) / c.nStar));
      }
      expect(covered).toBeGreaterThanOrEqual(90);
      expect(logErr / 100).toBeLessThan(0.2);
    });
  }

  it('says "interpolates everywhere" when all ratios are about 0', () => {
    const fit = fitThreshold(simulate(1e6, 3, 0.02, 4, 7));
    expect(fit.verdict).toBe('interpolates-everywhere');
    expect(fit.nStar).toBeNull();
  });

  it('says "never interpolates" when all ratios are about 1', () => {
    const fit = fitThreshold(simulate(1e-3, 3, 0.02, 4, 8));
    expect(fit.verdict).toBe('never-interpolates');
    expect(fit.nStar).toBeNull();
  });

  it('says "too few points" below 3 distinct n or 3 trials', () => {
    const two = simulate(64, 3, 0.02, 5, 9).filter((p) => p.n === 32 || p.n === 128);
    expect(fitThreshold(two).verdict).toBe('too-few-points');
    expect(fitThreshold([]).verdict).toBe('too-few-points');
  });

  it('is reproducible for a given PRNG seed', () => {
    const points = simulate(64, 3, 0.1, 5, 10);
    expect(fitThreshold(points, { rngSeed: 5 }).ci).toEqual(
      fitThreshold(points, { rngSeed: 5 }).ci,
    );
  });
});
