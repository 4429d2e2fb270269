import * as tf from '@tensorflow/tfjs-core';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { METRIC_NAMES, PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { runEagerEngine, type EngineBatch } from './engine';
import {
  EngineUnavailableError,
  InvalidEngineRequestError,
  TrainingCancelledError,
} from './errors';
import { runGraphEngine } from './graph-engine';
import {
  DEFAULT_GRAPH_DIR,
  describeEngine,
  engineRequest,
  selectEngine,
  trainingGraph,
  xlaSupport,
} from './select-engine';
import { predictXla, stepPlan, XLA_PREDICT_MIN_ELEMENTS, type StepPlan } from './step-plan';
import { erf64 } from './test-support/float64-model';
import { train64 } from './test-support/train64';
import { trainBatch, trainTrial, type TrialResult } from './train-batch';
import { measureAbortLatency } from './test-support/abort-latency';

/**
 * Graph and eager engines run the same float32 kernels in the same order; TensorFlow's graph
 * optimizer may still fuse or reorder a reduction on some machine or shape, so agreement is
 * asked to float32 rounding grown over the steps: 1e-4 relative on weights and metrics. Seen
 * here (TF 2.21, x86_64): the padded batch below bit-identical after 300 steps, all variants.
 */
const EPS = 1e-4;

beforeAll(async () => {
  await selectBackend('tensorflow');
});

function relDiff(x: number, y: number): number {
  return x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
}

function outcome(r: TrialResult | undefined) {
  if (!r?.ok) throw new Error(`trial failed: ${r?.error.message}`);
  return r.outcome;
}

/** B = 3 trials padded to n = 12, m = 5: trial 1 has n = 9, width 3; trial 2 n = 12, width 5. */
function paddedBatch(optimizer: 'gd' | 'adam', activation: 'relu' | 'gelu'): EngineBatch {
  const B = 3;
  const nmax = 12;
  const D = 4;
  const m = 5;
  const ns = [12, 9, 12];
  const widths = [5, 3, 5];
  const X = Float32Array.from({ length: B * nmax * D }, (_, i) => Math.sin(0.7 * i + 1));
  const y = Float32Array.from({ length: B * nmax }, (_, i) => Math.cos(1.3 * i));
  const W = Float32Array.from({ length: B * D * m }, (_, i) => 0.4 * Math.sin(3 * i + 2));
  const a = Float32Array.from({ length: B * m }, (_, i) => 0.4 * Math.cos(5 * i));
  for (let b = 0; b < B; b++) {
    X.fill(0, b * nmax * D + (ns[b] as number) * D, (b + 1) * nmax * D);
    y.fill(0, b * nmax + (ns[b] as number), (b + 1) * nmax);
    for (let j = widths[b] as number; j < m; j++) {
      a[b * m + j] = 0;
      for (let k = 0; k < D; k++) W[b * D * m + k * m + j] = 0;
    }
  }
  const lr = optimizer === 'adam' ? [0.01, 0.02, 0.005] : [0.1, 0.2, 0.05];
  return {
    ...{ B, nmax, D, m, T: 7, X, y, W, a, n: ns, lr, activation, optimizer },
    Xtest: Float32Array.from({ length: B * 7 * D }, (_, i) => Math.cos(0.3 * i)),
    steps: 300,
    evalSteps: [0, 17, 100, 299, 300],
  };
}

const VARIANTS = [
  ['gd', 'relu'],
  ['gd', 'gelu'],
  ['adam', 'relu'],
  ['adam', 'gelu'],
] as const;

/**
 * Every step form (step-plan.ts): full width and row-blocked (R = 5 on n = 12: 3 blocks, the
 * last with 3 zero rows), each uncompiled and XLA-compiled.
 */
const FORMS: StepPlan[] = [
  { rows: 0, xla: false },
  { rows: 5, xla: false },
  { rows: 0, xla: true },
  { rows: 5, xla: true },
];
const CASES = VARIANTS.flatMap(([o, a]) => FORMS.map((f) => [o, a, f.rows, f.xla] as const));

describe('graph engine', () => {
  it('has the XLA forms on this runtime (the provisioned libtensorflow compiles them)', async () => {
    expect(await xlaSupport()).toEqual({ available: true, reason: expect.any(String) });
    expect(await (await trainingGraph('gd', 'relu')).xla?.()).toBeDefined();
    expect((await trainingGraph('gd', 'relu', DEFAULT_GRAPH_DIR, false)).xla).toBeUndefined();
  });

  it.each(VARIANTS)(
    'agrees with the eager engine on a padded batch (%s, %s)',
    async (optimizer, activation) => {
      const batch = paddedBatch(optimizer, activation);
      const evals = { graph: [] as number[][], eager: [] as number[][] };
      const graph = await trainingGraph(optimizer, activation);
      // The full-width uncompiled step: the eager engine's kernels in the eager engine's order.
      const g = await runGraphEngine(
        batch,
        { onEval: (step, f, ft) => void evals.graph.push([step, ...f, ...ft]) },
        graph,
        { rows: 0, xla: false },
      );
      const e = await runEagerEngine(batch, {
        onEval: (step, f, ft) => void evals.eager.push([step, ...f, ...ft]),
      });
      const scaleW = Math.max(...Array.from(e.W, Math.abs));
      const scaleA = Math.max(...Array.from(e.a, Math.abs));
      e.W.forEach((v, i) => expect(Math.abs(v - (g.W[i] as number))).toBeLessThan(EPS * scaleW));
      e.a.forEach((v, i) => expect(Math.abs(v - (g.a[i] as number))).toBeLessThan(EPS * scaleA));
      // Padded neurons stay exactly zero; the real ones trained.
      for (let j = 3; j < 5; j++) expect(g.a[5 + j]).toBe(0);
      expect(g.a[5]).not.toBe(batch.a[5]);
      expect(evals.graph.map((r) => r[0])).toEqual(batch.evalSteps);
      expect(evals.graph.length).toBe(evals.eager.length);
      evals.eager.forEach((row, r) =>
        row.forEach((v, i) =>
          expect(Math.abs(v - (evals.graph[r]?.[i] as number))).toBeLessThan(
            EPS * Math.max(1, Math.abs(v)),
          ),
        ),
      );
    },
  );

  /**
   * The row-blocked and XLA forms sum in another order than the eager engine, so they are judged
   * against float64 (test-support/train64.ts), as the eager engine is: float32 rounding (6e-8 a
   * rounding) grown over 100 steps, seen at most 2.3e-6 of the largest weight (AMD EPYC, TF
   * 2.21), every form and the eager engine alike. 100 steps, not the 300 above: in adam-gelu an
   * event between steps 100 and 150 amplifies rounding to 3e-3 for every engine, the eager one
   * included (Adam's normalized step turns the rounding of a near-zero gradient into a full
   * step), so weights past it measure that trajectory's conditioning, not the step's form.
   */
  const TOL64 = 1e-5;

  it.each(CASES)(
    'runs every step form within float32 rounding of float64 (%s, %s, rows %i, xla %s)',
    async (optimizer, activation, rows, xla) => {
      const batch = { ...paddedBatch(optimizer, activation), steps: 100, evalSteps: [0, 50, 100] };
      const ref = train64(batch);
      const steps: number[] = [];
      const graph = await trainingGraph(optimizer, activation);
      const g = await runGraphEngine(batch, { onEval: (step) => void steps.push(step) }, graph, {
        rows,
        xla,
      });
      const e = await runEagerEngine(batch, { onEval: () => undefined });
      for (const [ours, theirs] of [
        [g.W, ref.W],
        [g.a, ref.a],
        [e.W, ref.W],
        [e.a, ref.a],
      ] as const) {
        const scale = Math.max(...Array.from(theirs, Math.abs));
        theirs.forEach((v, i) =>
          expect(Math.abs(v - (ours[i] as number))).toBeLessThan(TOL64 * scale),
        );
      }
      // Padded neurons stay exactly zero (padded rows add nothing: the trials trained as alone).
      for (let j = 3; j < 5; j++) expect(g.a[5 + j]).toBe(0);
      expect(steps).toEqual(batch.evalSteps);
    },
  );

  /**
   * The predict signature against float64: a float32 sum of m terms, each rounded, is within a
   * few m x 6e-8 of the sum of their absolute values; 1e-5 of it leaves a margin of ~30.
   */
  it.each(['relu', 'gelu'] as const)(
    'predicts rows in blocks, compiled or not, within float32 rounding (%s)',
    async (activation) => {
      const [B, rows, R, D, m] = [2, 9, 4, 3, 6];
      const nb = Math.ceil(rows / R);
      const x = Float32Array.from({ length: B * nb * R * D }, (_, i) =>
        i % (nb * R * D) < rows * D ? Math.sin(0.9 * i + 0.3) : 0,
      );
      const w = Float32Array.from({ length: B * D * m }, (_, i) => 0.7 * Math.cos(1.7 * i));
      const a = Float32Array.from({ length: B * m }, (_, i) => 0.5 * Math.sin(2.3 * i + 1));
      // |z| <= 3 x 0.7 here, within erf64's series.
      const act = (z: number) =>
        activation === 'relu' ? Math.max(z, 0) : (z * (1 + erf64(z / Math.SQRT2))) / 2;
      const graph = await trainingGraph('gd', activation);
      const forms = [graph.predict, (await graph.xla?.())?.predict];
      for (const form of forms) {
        if (!form) throw new Error('no XLA predict form on this runtime');
        const inputs = {
          x: tf.tensor4d(x, [B, nb, R, D]),
          w: tf.tensor3d(w, [B, D, m]),
          a: tf.tensor3d(a, [B, 1, m]),
        };
        const f = (form.predict(inputs) as tf.NamedTensorMap)['f'] as tf.Tensor;
        expect(f.shape).toEqual([B, nb * R]);
        const got = f.dataSync();
        tf.dispose([f, ...Object.values(inputs)]);
        for (let b = 0; b < B; b++) {
          for (let i = 0; i < nb * R; i++) {
            let sum = 0;
            let size = 0;
            for (let j = 0; j < m; j++) {
              let z = 0;
              for (let k = 0; k < D; k++) {
                z += (x[(b * nb * R + i) * D + k] as number) * (w[b * D * m + k * m + j] as number);
              }
              sum += (a[b * m + j] as number) * act(z);
              size += Math.abs((a[b * m + j] as number) * act(z));
            }
            const v = got[b * nb * R + i] as number;
            // The padding (rows 9-11): act(0) = 0 for both activations, exactly.
            if (i >= rows) expect(v).toBe(0);
            else expect(Math.abs(v - sum)).toBeLessThanOrEqual(1e-5 * size);
          }
        }
      }
    },
  );

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

  it.each(VARIANTS)(
    'gives a trial the metrics it has alone and on the eager engine (%s, %s)',
    async (optimizer, activation) => {
      const trials: TrialParams[] = [
        { ...small, optimizer, activation },
        { ...small, optimizer, activation, n: 17, width: 9, seed: 2, lr: 0.05, noise: 0.1 },
        { ...small, optimizer, activation, n: 33, seed: 3, init: 'gaussian', data: 'sphere' },
      ];
      if (optimizer === 'adam') trials.forEach((t) => (t.lr = t.lr / 10));
      const batched = await trainBatch(trials, { engine: 'graph' });
      for (const [i, p] of trials.entries()) {
        const alone = outcome(await trainTrial(p, { engine: 'graph' }));
        const eager = outcome(await trainTrial(p, { engine: 'eager' }));
        const inBatch = outcome(batched[i]);
        for (const name of METRIC_NAMES) {
          const x = inBatch.metrics[name];
          for (const other of [alone, eager]) {
            const y = other.metrics[name];
            if (typeof x !== 'number' || typeof y !== 'number') expect(x, name).toBe(y);
            else expect(relDiff(x, y), `${name}: ${x} vs ${y}`).toBeLessThan(EPS);
          }
        }
      }
    },
  );

  it('stops within a second of an abort, a single call bounded in time', async () => {
    const p = { ...small, n: 1024, width: 256, steps: 10_000_000, record_every: 5_000_000 };
    // Measured from when the abort was due, so a call that blocks past it counts in full.
    const { latencyMs, error } = await measureAbortLatency(
      (signal) => trainTrial(p, { signal, engine: 'graph' }),
      1500,
    );
    expect(error).toBeInstanceOf(TrainingCancelledError);
    expect(latencyMs).toBeLessThan(1000);
  });

  it('leaks no tensors over 40 trials (including failures and cancellations)', async () => {
    const tiny = { ...small, n: 6, width: 3, steps: 40, record_every: 7, test_size: 5 };
    await trainTrial(tiny, { engine: 'graph' }); // loads the gd graph before counting
    await trainTrial({ ...tiny, optimizer: 'adam' }, { engine: 'graph' });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 38; i++)
      await trainTrial({ ...tiny, seed: i, optimizer: i % 2 ? 'adam' : 'gd' }, { engine: 'graph' });
    await trainTrial({ ...tiny, lr: 1e6, init_scale: 10 }, { engine: 'graph' });
    const aborted = AbortSignal.abort();
    await expect(trainTrial(tiny, { signal: aborted, engine: 'graph' })).rejects.toBeInstanceOf(
      TrainingCancelledError,
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('step plan', () => {
  it('runs small shapes full width, XLA-compiled where that runs, and large ones in row blocks', () => {
    const long = { steps: 30_000 };
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, ...long }, true)).toEqual({ rows: 0, xla: true });
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, ...long }, false)).toEqual({ rows: 0, xla: false });
    // Too few trial-steps to pay back XLA's compile of a new shape...
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, steps: 10_000 }, true).xla).toBe(false);
    expect(stepPlan({ B: 4, nmax: 8, m: 1024, steps: 10_000 }, true).xla).toBe(true);
    // ...unless the process already ran as many at that shape, or compiled it.
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, steps: 10_000 }, true, 10_000).xla).toBe(true);
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, steps: 1 }, true, Infinity).xla).toBe(true);
    expect(stepPlan({ B: 1, nmax: 8, m: 1024, steps: 1 }, false, Infinity).xla).toBe(false);
    expect(stepPlan({ B: 1, nmax: 512, m: 256, steps: 1 }, true, Infinity).xla).toBe(false);
    expect(stepPlan({ B: 1, nmax: 512, m: 256, ...long }, true)).toEqual({ rows: 0, xla: false });
    expect(stepPlan({ B: 1, nmax: 4096, m: 1024, ...long }, true)).toEqual({
      rows: 512,
      xla: false,
    });
    // The block's hidden activation covers the batch; never fewer than 64 rows.
    expect(stepPlan({ B: 4, nmax: 4096, m: 1024, ...long }, false)).toEqual({
      rows: 128,
      xla: false,
    });
    expect(stepPlan({ B: 64, nmax: 4096, m: 1024, ...long }, false)).toEqual({
      rows: 64,
      xla: false,
    });
  });
});

describe('evaluation plan', () => {
  it('compiles the predictions of a shape once it has seen ~10^9 hidden elements', () => {
    // paper-d5's evaluations: 51 of 10 000 test rows (and 8 train rows, padded to 10 240) at m = 1024.
    const trial = 51 * 10_240 * 1024;
    expect(predictXla(0, trial)).toBe(false);
    expect(predictXla(trial, trial)).toBe(true);
    expect(predictXla(0, 5 * trial)).toBe(true);
    expect(predictXla(Infinity, 1)).toBe(true);
    expect(predictXla(0, XLA_PREDICT_MIN_ELEMENTS - 1)).toBe(false);
  });
});

describe('engine choice', () => {
  it('auto runs the graph on the native backend and eager on the others', async () => {
    expect((await selectEngine('gd', 'relu')).engine).toBe('graph');
    expect(await describeEngine()).toEqual({
      engine: 'graph',
      reason: 'native backend',
      xla: { available: true, reason: expect.any(String) },
    });
    await selectBackend('cpu');
    try {
      expect((await selectEngine('gd', 'relu')).engine).toBe('eager');
      await expect(selectEngine('gd', 'relu', { engine: 'graph' })).rejects.toBeInstanceOf(
        EngineUnavailableError,
      );
    } finally {
      await selectBackend('tensorflow');
    }
    expect((await selectEngine('adam', 'gelu', { engine: 'eager' })).engine).toBe('eager');
  });

  it('reads THRESHER_ENGINE, and rejects an unknown value with a typed error', () => {
    const saved = process.env['THRESHER_ENGINE'];
    try {
      process.env['THRESHER_ENGINE'] = 'eager';
      expect(engineRequest()).toBe('eager');
      expect(engineRequest('graph')).toBe('graph');
      process.env['THRESHER_ENGINE'] = 'fast';
      expect(() => engineRequest()).toThrow(InvalidEngineRequestError);
    } finally {
      if (saved === undefined) delete process.env['THRESHER_ENGINE'];
      else process.env['THRESHER_ENGINE'] = saved;
    }
  });

  it('falls back to eager with one notice line when a graph does not load', async () => {
    // A real broken graph folder: a saved_model.pb that is not a SavedModel.
    const dir = mkdtempSync(path.join(tmpdir(), 'thresher-graphs-'));
    mkdirSync(path.join(dir, 'gd-relu'));
    writeFileSync(path.join(dir, 'gd-relu', 'saved_model.pb'), 'not a protobuf');
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const choice = await selectEngine('gd', 'relu', { graphDir: dir, warn });
    expect(choice.engine).toBe('eager');
    await selectEngine('gd', 'relu', { graphDir: dir, warn }); // once per process
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^graph training engine unavailable \(.*gd-relu.*\); training eagerly/,
    );
    expect(warnings[0]).not.toContain('\n');
    // A missing variant too; forcing the graph engine throws instead.
    expect((await selectEngine('adam', 'relu', { graphDir: dir, warn: () => {} })).engine).toBe(
      'eager',
    );
    await expect(
      selectEngine('gd', 'relu', { graphDir: dir, engine: 'graph' }),
    ).rejects.toBeInstanceOf(EngineUnavailableError);
  });
});

describe('committed graphs', () => {
  it('were generated from the current generate.py (libs/training/graphs/manifest.json)', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(DEFAULT_GRAPH_DIR, 'manifest.json'), 'utf8'),
    ) as {
      generatorSha256: string;
      tensorflowVersion: string;
      variants: string[];
      signatures: string[];
    };
    const source = readFileSync(path.join(DEFAULT_GRAPH_DIR, 'generate.py'));
    expect(manifest.generatorSha256).toBe(createHash('sha256').update(source).digest('hex'));
    // Built for the oldest libtensorflow supported (tfjs-node 4.22 pins 2.9.1).
    expect(manifest.tensorflowVersion).toBe('2.9.1');
    expect(manifest.variants.sort()).toEqual(['adam-gelu', 'adam-relu', 'gd-gelu', 'gd-relu']);
    expect(manifest.signatures).toEqual(['serving_default', 'blocked', 'predict']);
  });
});
