import { describe, expect, it } from 'vitest';
import { expandSweep } from './expand-sweep';
import { validateSweepSpec } from './sweep-spec';
import { bundleWork, pickBundle, type BundleLimits } from './bundle-plan';
import { bundleFlops, trialFlops } from './trial-cost';
import { completeParams } from './expand-sweep';
import type { TrialParams } from './param-schema';

const UNBOUNDED: BundleLimits = {
  maxTrials: 64,
  maxFlops: Number.POSITIVE_INFINITY,
  maxBytes: Number.POSITIVE_INFINITY,
  maxPadding: 1.15,
};

/** examples/paper-d5.yaml's grid, heaviest first as the queue orders it. */
function paperGrid(): TrialParams[] {
  const spec = validateSweepSpec({
    name: 'paper-like',
    grid: {
      n: [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096],
      width: [64, 256, 1024],
      seed: { range: [0, 4] },
    },
    fixed: { d: 5, steps: 10_000, record_every: 200 },
  });
  return expandSweep(spec).sort((a, b) => trialFlops(b) - trialFlops(a));
}

describe('pickBundle', () => {
  it("takes only candidates of the first one's batch key (the store selects by its hash)", () => {
    const shallow = completeParams({ n: 64, width: 8, seed: 0, steps: 100 });
    const longer = completeParams({ n: 64, width: 8, seed: 1, steps: 200 });
    const again = completeParams({ n: 64, width: 8, seed: 2, steps: 100 });
    expect(pickBundle([shallow, longer, again], UNBOUNDED)).toEqual([0, 2]);
  });

  it('bundles like shapes only: padded work at most 1.15 x the useful work', () => {
    let queue = paperGrid();
    let bundles = 0;
    while (queue.length > 0) {
      const picked = pickBundle(queue, UNBOUNDED);
      const members = picked.map((i) => queue[i] as TrialParams);
      const { usefulFlops, paddedFlops } = bundleWork(members);
      expect(paddedFlops / usefulFlops).toBeLessThanOrEqual(1.15 + 1e-12);
      // Heaviest first: the first pick is the heaviest trial left.
      expect(picked[0]).toBe(0);
      queue = queue.filter((_, i) => !picked.includes(i));
      bundles++;
    }
    // 30 shapes x 5 seeds: at least the 5 seeds of each of the large shapes go together,
    // and small shapes of one width share bundles where their padding stays cheap.
    expect(bundles).toBeLessThanOrEqual(30);
    expect(bundles).toBeGreaterThanOrEqual(10);
  });

  it('bounds a bundle by flops and by bytes, but the first trial always goes', () => {
    const queue = paperGrid();
    const one = trialFlops(queue[0] as TrialParams);
    expect(pickBundle(queue, { ...UNBOUNDED, maxFlops: one / 2 })).toEqual([0]);
    expect(pickBundle(queue, { ...UNBOUNDED, maxFlops: 2.5 * one })).toHaveLength(2);
    expect(pickBundle(queue, { ...UNBOUNDED, maxBytes: 1 })).toEqual([0]);
    expect(pickBundle(queue, { ...UNBOUNDED, maxTrials: 3 })).toHaveLength(3);
    expect(pickBundle([], UNBOUNDED)).toEqual([]);
  });

  it('pads a bundle of unlike shapes to the largest n and width', () => {
    const a = completeParams({ n: 100, width: 10 });
    const b = completeParams({ n: 10, width: 100 });
    expect(bundleFlops([a, b])).toBeCloseTo(2 * trialFlops(completeParams({ n: 100, width: 100 })));
    // So a (100, 10) and a (10, 100) trial never share a bundle at 1.15.
    expect(pickBundle([a, b], UNBOUNDED)).toEqual([0]);
  });
});
