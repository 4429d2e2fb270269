import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { METRIC_NAMES, PARAM_DEFAULTS, type CurvePoint, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { runEngine } from './run-engine';
import {
  IncompatibleBatchError,
  InvalidTrialParamsError,
  TrainingCancelledError,
  TrainingDivergedError,
} from './errors';
import { trainBatch, trainTrial, type TrialResult } from './train-batch';
import { initialWeights, makeTrialData } from './trial-data';
import { validateTrialParams } from './validate-trial-params';
import { measureAbortLatency } from './test-support/abort-latency';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const small: TrialParams = {
  ...PARAM_DEFAULTS,
  n: 40,
  width: 16,
  seed: 1,
  steps: 300,
  record_every: 50,
  test_size: 300,
  init_scale: 0.1,
};

function outcome(r: TrialResult | undefined) {
  if (!r?.ok) throw new Error(`trial failed: ${r?.error.message}`);
  return r.outcome;
}

function relDiff(x: number, y: number): number {
  return x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
}

describe('trainBatch', () => {
  it.each([
    ['gd', 'relu'],
    ['adam', 'gelu'],
  ] as const)(
    'gives each trial of a padded batch the metrics it has alone (%s, %s)',
    async (optimizer, activation) => {
      const trials: TrialParams[] = [
        { ...small, optimizer, activation },
        { ...small, optimizer, activation, n: 17, width: 9, seed: 2, lr: 0.05, noise: 0.1 },
        {
          ...small,
          optimizer,
          activation,
          n: 33,
          width: 16,
          seed: 3,
          init: 'gaussian',
          data: 'sphere',
          teacher: 'e1',
        },
      ];
      if (optimizer === 'adam') trials.forEach((t) => (t.lr = t.lr / 10));
      const batched = await trainBatch(trials);
      for (const [i, p] of trials.entries()) {
        const alone = outcome(await trainTrial(p));
        const inBatch = outcome(batched[i]);
        for (const name of METRIC_NAMES) {
          const [x, y] = [inBatch.metrics[name], alone.metrics[name]];
          if (typeof x !== 'number') expect(x).toBe(y);
          else expect(relDiff(x, y as number)).toBeLessThan(1e-5);
        }
        expect(inBatch.curve.map((c) => c.step)).toEqual(alone.curve.map((c) => c.step));
        inBatch.curve.forEach((c, k) =>
          expect(relDiff(c.train_loss, alone.curve[k]!.train_loss)).toBeLessThan(1e-5),
        );
        expect(inBatch.backend).toBe('cpu');
      }
    },
  );

  it('on wasm trains a batch one by one, giving exactly the results of trials alone', async () => {
    await selectBackend('wasm');
    try {
      const trials = [small, { ...small, n: 25, width: 7, seed: 4 }];
      const seen: number[] = [];
      const batched = await trainBatch(trials, { onProgress: (i) => seen.push(i) });
      expect(new Set(seen)).toEqual(new Set([0, 1]));
      for (const [i, p] of trials.entries()) {
        const alone = outcome(await trainTrial(p));
        expect(outcome(batched[i]).metrics).toEqual(alone.metrics);
        expect(alone.backend).toBe('wasm');
      }
    } finally {
      await tf.setBackend('cpu');
    }
  });

  it.each([
    ['gd', 'relu'],
    ['adam', 'gelu'],
  ] as const)('keeps padded neurons exactly zero (%s, %s)', async (optimizer, activation) => {
    const B = 2;
    const n = 6;
    const D = 3;
    const m = 5;
    const X = Float32Array.from({ length: B * n * D }, (_, i) => Math.sin(i + 1));
    const y = Float32Array.from({ length: B * n }, (_, i) => Math.cos(i));
    const W = Float32Array.from({ length: B * D * m }, (_, i) => 0.3 * Math.sin(3 * i));
    const a = Float32Array.from({ length: B * m }, (_, i) => 0.3 * Math.cos(5 * i));
    // trial 1 has width 2: neurons 2..4 padded with zeros
    for (let k = 0; k < D; k++) for (let j = 2; j < m; j++) W[D * m + k * m + j] = 0;
    for (let j = 2; j < m; j++) a[m + j] = 0;
    // and n = 4: rows 4, 5 padded with zeros
    X.fill(0, n * D + 4 * D, 2 * n * D);
    y.fill(0, n + 4, 2 * n);
    const out = await runEngine(
      {
        B,
        nmax: n,
        D,
        m,
        T: 0,
        X,
        y,
        Xtest: new Float32Array(0),
        W,
        a,
        n: [6, 4],
        lr: [0.1, 0.2],
        activation,
        optimizer,
        steps: 50,
        evalSteps: [],
      },
      { onEval: () => undefined },
    );
    for (let k = 0; k < D; k++)
      for (let j = 2; j < m; j++) expect(out.W[D * m + k * m + j]).toBe(0);
    for (let j = 2; j < m; j++) expect(out.a[m + j]).toBe(0);
    expect(out.a[m]).not.toBe(a[m]); // real neurons did train
  });

  it('records the curve (step 0, every record_every, last step) and reports it through onProgress', async () => {
    const seen: [number, CurvePoint][] = [];
    const p = { ...small, steps: 230 };
    const r = outcome(await trainTrial(p, { onProgress: (i, pt) => seen.push([i, pt]) }));
    expect(r.curve.map((c) => c.step)).toEqual([0, 50, 100, 150, 200, 230]);
    expect(seen.map(([i, pt]) => [i, pt.step])).toEqual(r.curve.map((c) => [0, c.step]));
    expect(r.curve.at(-1)!.train_loss).toBe(r.metrics.train_loss);
    expect(r.curve.at(-1)!.test_loss).toBe(r.metrics.test_loss);
    expect(r.curve[0]!.train_loss).toBeGreaterThan(r.metrics.train_loss);
    const m = r.metrics;
    expect(m.interp_ratio!).toBeCloseTo(m.train_loss / m.ols_train_loss, 12);
    expect(m.test_ratio!).toBeCloseTo(m.test_loss / m.ols_test_loss, 12);
    expect(m.aligned_fraction).toBeGreaterThanOrEqual(0);
    expect(m.aligned_fraction).toBeLessThanOrEqual(1);
  });

  it('records aligned_fraction at every curve step: from the initial weights at step 0, the metric at the last', async () => {
    // d = 2: a fifth of random neurons start within 18 degrees of the OLS direction, so the
    // step-0 value is neither 0 nor 1; a small initialization so that training aligns them.
    const p = { ...small, d: 2, init_scale: 1e-3, steps: 1000, record_every: 100 };
    const r = outcome(await trainTrial(p));
    expect(r.curve.every((c) => c.aligned_fraction !== undefined)).toBe(true);
    // The last curve point and the metric are measured on the same final weights.
    expect(r.curve.at(-1)!.aligned_fraction).toBe(r.metrics.aligned_fraction);
    // Step 0, computed here in float64 from the initial weights and an OLS fit by the normal
    // equations (Gaussian elimination): the same definition, none of the trainer's code.
    const data = makeTrialData(p);
    const { W, a } = initialWeights(p);
    const D = data.D;
    const A = Array.from({ length: D }, () => new Float64Array(D + 1));
    for (let i = 0; i < p.n; i++) {
      for (let j = 0; j < D; j++) {
        const row = A[j]!;
        for (let k = 0; k < D; k++) row[k]! += data.X[i * D + j]! * data.X[i * D + k]!;
        row[D]! += data.X[i * D + j]! * data.y[i]!;
      }
    }
    for (let c = 0; c < D; c++) {
      for (let r2 = c + 1; r2 < D; r2++) {
        const f = A[r2]![c]! / A[c]![c]!;
        for (let k = c; k <= D; k++) A[r2]![k]! -= f * A[c]![k]!;
      }
    }
    const beta = new Float64Array(D);
    for (let c = D - 1; c >= 0; c--) {
      let v = A[c]![D]!;
      for (let k = c + 1; k < D; k++) v -= A[c]![k]! * beta[k]!;
      beta[c] = v / A[c]![c]!;
    }
    const bNorm = Math.hypot(...beta);
    let total = 0;
    let aligned = 0;
    for (let j = 0; j < p.width; j++) {
      const w = Array.from({ length: D }, (_, k) => W[j * D + k]!);
      const norm = Math.hypot(...w);
      const cos = w.reduce((s, v, k) => s + v * beta[k]!, 0) / (norm * bNorm);
      const mass = Math.abs(a[j]!) * norm;
      total += mass;
      if (Math.abs(cos) >= 0.95) aligned += mass;
    }
    // Same float32 weights, float64 sums in another order: 1e-9 absolute covers the rounding
    // (a neuron whose |cos| sits within 1e-9 of 0.95 would flip it; none does here).
    expect(aligned / total).toBeGreaterThan(0);
    expect(aligned / total).toBeLessThan(1);
    expect(r.curve[0]!.aligned_fraction!).toBeCloseTo(aligned / total, 9);
    // Training from a small initialization aligns the neurons: more mass is aligned at the end.
    expect(r.metrics.aligned_fraction).toBeGreaterThan(r.curve[0]!.aligned_fraction!);
  });

  it('fails a diverging trial with TrainingDivergedError and keeps its batch mates', async () => {
    const results = await trainBatch([
      { ...small, lr: 50, init_scale: 1 },
      { ...small, seed: 9 },
    ]);
    expect(results[0]!.ok).toBe(false);
    const err = (results[0] as { error: unknown }).error;
    expect(err).toBeInstanceOf(TrainingDivergedError);
    expect((err as TrainingDivergedError).retryable).toBe(false);
    expect(results[1]!.ok).toBe(true);
  });

  it('trains with bias (x augmented with 1), sphere data and the e1 teacher', async () => {
    const r = outcome(
      await trainTrial({ ...small, bias: true, data: 'sphere', teacher: 'e1', init_scale: 0.3 }),
    );
    const m = r.metrics;
    for (const name of METRIC_NAMES) expect(Number.isFinite(Number(m[name]))).toBe(true);
    expect(m.train_loss).toBeLessThan(r.curve[0]!.train_loss);
    expect(m.ols_train_loss).toBeGreaterThan(0);
  });

  it('trains n <= d (OLS interpolates): interp_ratio is null, the losses finite', async () => {
    const r = outcome(await trainTrial({ ...small, n: 3, d: 5 }));
    const m = r.metrics;
    expect(m.interp_ratio).toBeNull();
    expect(m.ols_train_loss).toBeLessThan(1e-20);
    for (const name of ['train_loss', 'test_loss', 'excess_risk', 'ols_test_loss'] as const)
      expect(Number.isFinite(m[name])).toBe(true);
    // The test set is not interpolated: that ratio stays defined.
    expect(m.test_ratio!).toBeCloseTo(m.test_loss / m.ols_test_loss, 12);
  });

  it('stops a batch early once every trial has diverged', async () => {
    const results = await trainBatch([
      { ...small, lr: 1e4, init_scale: 1, steps: 1_000_000, record_every: 100 },
    ]);
    expect((results[0] as { error: unknown }).error).toBeInstanceOf(TrainingDivergedError);
  });

  it('reports converged only when the loss has settled', async () => {
    const settled = outcome(
      await trainTrial({
        ...small,
        n: 100,
        width: 2,
        init_scale: 0.5,
        steps: 3000,
        record_every: 500,
      }),
    );
    expect(settled.metrics.converged).toBe(true);
    const moving = outcome(
      await trainTrial({ ...small, init_scale: 1e-3, steps: 100, record_every: 50 }),
    );
    expect(moving.metrics.converged).toBe(false);
  });

  it('stops within a second of an abort with TrainingCancelledError', async () => {
    const p = { ...small, n: 256, width: 128, steps: 1_000_000, record_every: 100_000 };
    // Measured from when the abort was due, so a call that blocks past it counts in full.
    const { latencyMs, error } = await measureAbortLatency(
      (signal) => trainTrial(p, { signal }),
      300,
    );
    expect(error).toBeInstanceOf(TrainingCancelledError);
    expect(latencyMs).toBeLessThan(1000);
  });

  it('leaks no tensors over 100 trials (including failures and cancellations)', async () => {
    const before = tf.memory().numTensors;
    const tiny = { ...small, n: 6, width: 3, steps: 4, record_every: 2, test_size: 5 };
    for (let i = 0; i < 98; i++)
      await trainTrial({ ...tiny, seed: i, optimizer: i % 2 ? 'adam' : 'gd' });
    await trainTrial({ ...tiny, lr: 1e6, init_scale: 10 });
    const aborted = AbortSignal.abort();
    await expect(trainTrial(tiny, { signal: aborted })).rejects.toBeInstanceOf(
      TrainingCancelledError,
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('validation', () => {
  it.each([
    ['n', 0],
    ['n', 2.5],
    ['width', 0],
    ['d', 0],
    ['steps', -1],
    ['lr', 0],
    ['noise', -0.1],
    ['test_size', 0],
    ['record_every', 0],
    ['seed', 1.5],
    ['activation', 'tanh'],
    ['optimizer', 'sgd'],
    ['data', 'uniform'],
    ['teacher', 'e2'],
    ['init', 'zeros'],
    ['bias', 'yes'],
    ['init_scale', Number.NaN],
  ])('rejects %s = %s naming the field', (field, value) => {
    const p = { ...small, [field]: value } as TrialParams;
    try {
      validateTrialParams(p);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidTrialParamsError);
      expect((e as InvalidTrialParamsError).field).toBe(field);
      expect((e as Error).message).toContain(field);
    }
  });

  it('accepts the defaults and throws before making a tensor', async () => {
    expect(() => validateTrialParams(small)).not.toThrow();
    const before = tf.memory().numTensors;
    await expect(trainTrial({ ...small, width: -1 })).rejects.toBeInstanceOf(
      InvalidTrialParamsError,
    );
    await expect(trainBatch([small, { ...small, d: 6 }])).rejects.toBeInstanceOf(
      IncompatibleBatchError,
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
