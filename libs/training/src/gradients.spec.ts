import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { Pcg32 } from './pcg32';
import { grad64, loss64, type Act64, type Model64 } from './test-support/float64-model';
import { trainFromState } from './train-from-state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function tinyProblem(activation: Act64): Model64 {
  const rng = new Pcg32(11, 5);
  const n = 7;
  const D = 3;
  const m = 4;
  const X = Float32Array.from({ length: n * D }, () => rng.nextNormal());
  const y = Float32Array.from({ length: n }, () => rng.nextNormal());
  const W = Float32Array.from({ length: m * D }, () => 0.5 * rng.nextNormal());
  const a = Float32Array.from({ length: m }, () => rng.nextNormal());
  return { X, y, n, D, W, a, activation };
}

describe.each(['relu', 'gelu'] as const)('gradients (%s)', (activation) => {
  it('analytic float64 gradients match central finite differences', () => {
    const p = tinyProblem(activation);
    const { gW, ga } = grad64(p);
    const h = 1e-6;
    const fd = (arr: Float64Array, i: number) => {
      const plus = Float64Array.from(arr);
      const minus = Float64Array.from(arr);
      plus[i] = (plus[i] as number) + h;
      minus[i] = (minus[i] as number) - h;
      return [plus, minus] as const;
    };
    const W = Float64Array.from(p.W);
    const a = Float64Array.from(p.a);
    for (let i = 0; i < W.length; i++) {
      const [wp, wm] = fd(W, i);
      const num = (loss64({ ...p, W: wp, a }) - loss64({ ...p, W: wm, a })) / (2 * h);
      expect(Math.abs(num - (gW[i] as number))).toBeLessThan(1e-7 * Math.max(1, Math.abs(num)));
    }
    for (let j = 0; j < a.length; j++) {
      const [ap, am] = fd(a, j);
      const num = (loss64({ ...p, W, a: ap }) - loss64({ ...p, W, a: am })) / (2 * h);
      expect(Math.abs(num - (ga[j] as number))).toBeLessThan(1e-7 * Math.max(1, Math.abs(num)));
    }
  });

  it('one tensor GD step moves the weights by -lr * gradient (float32)', async () => {
    const p = tinyProblem(activation);
    const lr = 0.05;
    const { gW, ga } = grad64(p);
    const out = await trainFromState({
      X: p.X as Float32Array,
      y: p.y as Float32Array,
      n: p.n,
      D: p.D,
      W: p.W as Float32Array,
      a: p.a as Float32Array,
      lr,
      steps: 1,
      activation,
    });
    const scale = Math.max(...Array.from(gW, Math.abs), ...Array.from(ga, Math.abs));
    gW.forEach((g, i) => {
      const got = ((p.W[i] as number) - (out.W[i] as number)) / lr;
      expect(Math.abs(got - g)).toBeLessThan(1e-4 * scale);
    });
    ga.forEach((g, j) => {
      const got = ((p.a[j] as number) - (out.a[j] as number)) / lr;
      expect(Math.abs(got - g)).toBeLessThan(1e-4 * scale);
    });
    const W1 = Float64Array.from(p.W, (w, i) => w - lr * (gW[i] as number));
    const a1 = Float64Array.from(p.a, (v, j) => v - lr * (ga[j] as number));
    expect(out.train_loss).toBeCloseTo(loss64({ ...p, W: W1, a: a1 }), 5);
  });

  it('one tensor Adam step is lr * g / (|g| + eps) (bias-corrected first step)', async () => {
    const p = tinyProblem(activation);
    const lr = 0.01;
    const { gW, ga } = grad64(p);
    const out = await trainFromState({
      X: p.X as Float32Array,
      y: p.y as Float32Array,
      n: p.n,
      D: p.D,
      W: p.W as Float32Array,
      a: p.a as Float32Array,
      lr,
      steps: 1,
      activation,
      optimizer: 'adam',
    });
    gW.forEach((g, i) => {
      const expected = (p.W[i] as number) - (lr * g) / (Math.abs(g) + 1e-8);
      expect(out.W[i]).toBeCloseTo(expected, 6);
    });
    ga.forEach((g, j) => {
      const expected = (p.a[j] as number) - (lr * g) / (Math.abs(g) + 1e-8);
      expect(out.a[j]).toBeCloseTo(expected, 6);
    });
  });
});
