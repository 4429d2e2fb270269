import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { initialWeights, makeTrialData } from './trial-data';

const base: TrialParams = {
  ...PARAM_DEFAULTS,
  n: 50,
  width: 16,
  seed: 3,
  test_size: 200,
  record_every: 200,
};

describe('makeTrialData / initialWeights', () => {
  it('is bit-identical for the same seed and differs for another seed', () => {
    const a = makeTrialData(base);
    const b = makeTrialData({ ...base });
    expect(Buffer.from(a.X.buffer).equals(Buffer.from(b.X.buffer))).toBe(true);
    expect(Buffer.from(a.ytest.buffer).equals(Buffer.from(b.ytest.buffer))).toBe(true);
    expect(initialWeights(base)).toEqual(initialWeights({ ...base }));
    expect(makeTrialData({ ...base, seed: 4 }).X).not.toEqual(a.X);
  });

  it('does not depend on width, init or optimizer', () => {
    const a = makeTrialData(base);
    const other: TrialParams = {
      ...base,
      width: 1024,
      init: 'gaussian',
      optimizer: 'adam',
      lr: 0.3,
    };
    expect(makeTrialData(other)).toEqual(a);
  });

  it('keeps teacher and test set when n changes, and the train set is prefix-stable', () => {
    const small = makeTrialData(base);
    const big = makeTrialData({ ...base, n: 500 });
    expect(big.beta).toEqual(small.beta);
    expect(big.Xtest).toEqual(small.Xtest);
    expect(big.ytest).toEqual(small.ytest);
    expect(big.X.subarray(0, small.X.length)).toEqual(small.X);
    expect(big.y.subarray(0, small.y.length)).toEqual(small.y);
  });

  it('draws a unit teacher, labels y = <beta, x> + noise, sphere data of radius sqrt(d), bias column', () => {
    const dt = makeTrialData({ ...base, noise: 0, data: 'sphere', bias: true, test_size: 2000 });
    expect(dt.D).toBe(6);
    const beta = Array.from(dt.beta);
    expect(Math.hypot(...beta)).toBeCloseTo(1, 6);
    for (let i = 0; i < 50; i++) {
      const x = Array.from(dt.X.subarray(i * 6, i * 6 + 6));
      expect(x[5]).toBe(1);
      expect(Math.hypot(...x.slice(0, 5))).toBeCloseTo(Math.sqrt(5), 5);
      const dot = beta.reduce((s, bk, k) => s + bk * (x[k] as number), 0);
      expect(dt.y[i]).toBeCloseTo(dot, 5);
    }
    const noisy = makeTrialData({ ...base, test_size: 20_000 });
    let s2 = 0;
    for (let i = 0; i < 20_000; i++)
      s2 += ((noisy.ytest[i] as number) - (noisy.ytestClean[i] as number)) ** 2;
    expect(Math.sqrt(s2 / 20_000)).toBeCloseTo(0.5, 1);
    expect(Array.from(makeTrialData({ ...base, teacher: 'e1' }).beta)).toEqual([1, 0, 0, 0, 0]);
  });

  it('initializes balanced (|a_j| = |w_j|) or gaussian at scale init_scale, prefix-stable in width', () => {
    const p = { ...base, width: 2000, init_scale: 0.01 };
    const { W, a } = initialWeights(p);
    let pos = 0;
    let w2 = 0;
    for (let j = 0; j < 2000; j++) {
      const norm = Math.hypot(...Array.from(W.subarray(j * 5, j * 5 + 5)));
      w2 += norm * norm;
      expect(Math.abs(a[j] as number)).toBeCloseTo(norm, 7);
      if ((a[j] as number) > 0) pos++;
    }
    expect(pos / 2000).toBeGreaterThan(0.45);
    expect(pos / 2000).toBeLessThan(0.55);
    expect(Math.sqrt(w2 / 2000)).toBeCloseTo(0.01, 3); // E|w|^2 = lambda^2
    const g = initialWeights({ ...p, init: 'gaussian' });
    expect(g.W).toEqual(W);
    const rms = Math.sqrt(Array.from(g.a).reduce((s, v) => s + v * v, 0) / 2000);
    expect(rms).toBeCloseTo(0.01, 3);
    const narrow = initialWeights({ ...p, width: 10 });
    expect(narrow.W).toEqual(W.subarray(0, 50));
    expect(narrow.a).toEqual(a.subarray(0, 10));
  });
});
