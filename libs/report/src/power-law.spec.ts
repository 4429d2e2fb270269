import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { fitPowerLaw } from './power-law';
import { syntheticSweepRows } from './synthetic-sweep';

describe('fitPowerLaw', () => {
  it('recovers alpha and c exactly from exact points', () => {
    const fit = fitPowerLaw([16, 64, 256, 1024].map((p) => ({ p, nStar: 3 * p ** 0.6 })));
    expect(fit?.alpha).toBeCloseTo(0.6, 10);
    expect(fit?.c).toBeCloseTo(3, 8);
    expect(fit?.r2).toBeCloseTo(1, 10);
    expect(fit?.ci).toBeNull();
  });

  it('needs two distinct parameter values', () => {
    expect(fitPowerLaw([{ p: 64, nStar: 100 }])).toBeNull();
    expect(
      fitPowerLaw([
        { p: 64, nStar: 100 },
        { p: 64, nStar: 120 },
      ]),
    ).toBeNull();
  });

  it('recovers a known alpha from synthetic sweeps through the threshold fits', () => {
    let covered = 0;
    const sims = 20;
    for (let sim = 0; sim < sims; sim++) {
      const rows = syntheticSweepRows({
        sweep: `alpha-${sim}`,
        ns: [8, 16, 32, 64, 128, 256, 512, 1024, 2048],
        widths: [8, 32, 128, 512],
        seeds: 6,
        nStar: (w) => 12 * w ** 0.5,
        ratioNoise: 0.08,
        rngSeed: 1000 + sim,
      });
      const model = buildReport({ sweep: `alpha-${sim}`, rows, bootstrapResamples: 200 });
      const law = model.powerLaws.find((l) => l.param === 'width');
      expect(law?.fit).not.toBeNull();
      const fit = law?.fit as NonNullable<NonNullable<typeof law>['fit']>;
      expect(Math.abs(fit.alpha - 0.5)).toBeLessThan(0.08);
      if (fit.ci && fit.ci.lo <= 0.5 && 0.5 <= fit.ci.hi) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(17);
  });
});
