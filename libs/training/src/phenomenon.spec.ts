import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainBatch } from './train-batch';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/**
 * The optimization threshold (docs/science.md#the-optimization-threshold) on a fast
 * configuration: d = 5, width 64, 500 GD steps at lr 0.4 (the same lr * steps as 2000 steps at
 * 0.1), default init 1e-3.
 * Small n interpolates (interp_ratio ~ 0), large n behaves like OLS (interp_ratio ~ 1).
 */
describe('optimization threshold', () => {
  it('interpolates at n = 8 and does not at n = 512 (mean over 3 seeds)', async () => {
    const ns = [8, 32, 128, 512];
    const means: number[] = [];
    for (const n of ns) {
      const trials: TrialParams[] = [0, 1, 2].map((seed) => ({
        ...PARAM_DEFAULTS,
        n,
        width: 64,
        seed,
        steps: 500,
        lr: 0.4,
        record_every: 100,
        test_size: 1000,
      }));
      const results = await trainBatch(trials);
      const ratios = results.map((r) => {
        if (!r.ok) throw r.error;
        const ratio = r.outcome.metrics.interp_ratio;
        if (ratio === null) throw new Error(`interp_ratio undefined at n = ${n} > d`);
        return ratio;
      });
      means.push(ratios.reduce((s, v) => s + v, 0) / ratios.length);
    }
    expect(means[0]).toBeLessThan(0.1);
    expect(means.at(-1)).toBeGreaterThan(0.8);
    for (let i = 1; i < means.length; i++) expect(means[i]).toBeGreaterThan(means[i - 1] as number);
  });
});
