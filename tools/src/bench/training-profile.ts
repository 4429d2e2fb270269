/**
 * Where one training step's time goes on the native TensorFlow backend (issue 3): wall time per
 * step, a per-kernel breakdown (tf.profile and each op timed alone at the real shapes), the fixed
 * cost of one op through tfjs-core + the tfjs-node binding, the FLOP-bound estimate against the
 * numpy reference's matmul rate, and the batched per-trial-step cost.
 *
 *   node tools/dist/bench/training-profile.js [--n 512] [--width 256] [--d 5] [--steps 2000] [--json]
 *
 * The step is the op sequence of libs/training/src/engine.ts (relu, plain GD, no bias),
 * replicated here with tfjs-core; trainBatch is timed too so the replica can be checked against
 * the real trainer.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { selectBackend, trainBatch } from '@thresher/training';

export interface KernelRow {
  kernel: string;
  /** Calls per training step. */
  perStep: number;
  /** Total ms per step spent in this kernel as tf.profile reports it (binding included). */
  msPerStep: number;
}

export interface OpRow {
  /** The op as written in engine.ts, with its shapes. */
  op: string;
  /** Microseconds per call, the op alone in a loop at the real shapes. */
  usPerCall: number;
}

/** One numpy op of reference_trial.py's step, alone at the same shapes, one BLAS thread. */
export interface NumpyOpRow {
  op: string;
  usPerCall: number;
}

export interface StepFigures {
  /** Trials in the batch. */
  batch: number;
  /** Replicated step, ms per step (whole batch). */
  msPerStep: number;
  /** The replica with tf.sign(h) in place of tf.step(hp, 0), ms per step. */
  signMsPerStep: number;
  /** trial-steps/s of that variant, and its ratio to the reference. */
  signTrialStepsPerS: number;
  signRatio: number | null;
  /** The `rows` variant (sign, no reshapes, row-vector products), ms per step, and ratio. */
  rowsMsPerStep: number;
  rowsTrialStepsPerS: number;
  rowsRatio: number | null;
  /** trainBatch marginal cost per step: (T(steps) - T(1)) / (steps - 1), ms. */
  trainerMsPerStep: number;
  /** Per trial-step, µs (trainer figure / batch). */
  usPerTrialStep: number;
  trialStepsPerS: number;
  /** numpy reference with the same --batch, one BLAS thread. */
  referenceTrialStepsPerS: number | null;
  ratio: number | null;
}

export interface ProfileReport {
  shape: { n: number; width: number; d: number; steps: number };
  machine: {
    cpu: string;
    cores: number;
    /** TF_NUM_INTRAOP_THREADS as set for this run ('default': libtensorflow picks, = cores). */
    intraOpThreads: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  single: StepFigures;
  batched: StepFigures;
  /** Kernel calls per step (tf.profile), and their summed time. */
  kernels: KernelRow[];
  kernelsPerStep: number;
  kernelMsPerStep: number;
  ops: OpRow[];
  /** Max relative difference of W, a after 20 steps: engine sequence vs the sign/rows variants. */
  variantsMaxRelDiff: number;
  /** Sum of `ops` without the alternative row: the step as isolated ops, µs. */
  opsSumUs: number;
  numpyOps: NumpyOpRow[];
  overhead: {
    /** µs per tf.add on two 1-element tensors (result disposed), native backend. */
    addUs: number;
    /** µs per tf.clone (the Identity kernel) on a 1-element tensor, native backend. */
    identityUs: number;
    /** µs per tf.reshape of a 1-element tensor, native backend. */
    reshapeUs: number;
    /** µs per tf.add on 1-element tensors on the pure-JS cpu backend: tfjs-core's own share. */
    coreAddUs: number;
    /** tf.relu alone by element count (n x m = 131072 at the default shape). */
    reluByElements: { elements: number; usPerCall: number }[];
  };
  flops: {
    perStep: number;
    /** numpy reference GFLOP/s at (4096, 1024, 20), one thread: the machine's matmul peak. */
    referencePeakGflops: number | null;
    /** Native matMul alone at 4096x20 @ 20x1024, GFLOP/s. */
    nativeMatmulGflops: number;
    /** perStep / peak, µs: the step's time if it were compute-bound. */
    boundUs: number | null;
  };
  estimate: {
    /** kernelsPerStep x addUs: fixed cost of the step's op count. */
    overheadUs: number;
    /** Step time minus that fixed cost: what is left for the arithmetic and memory traffic. */
    computeUs: number;
  };
}

// tools/src/bench or tools/dist/bench -> the workspace root; shared/ lies next to it.
const REFERENCE = path.resolve(__dirname, '../../..', '../shared/bench/reference_trial.py');
const PEAK_SHAPE = { n: 4096, m: 1024, d: 20 };

interface RefResult {
  trial_steps_per_s: number;
  gflops: number;
}

/** Best of 3 runs of the reference: the machine is shared, the fastest run is the least disturbed. */
function reference(n: number, m: number, d: number, steps: number, batch = 1): RefResult | null {
  let best: RefResult | null = null;
  for (let r = 0; r < 3; r++) {
    const run = referenceOnce(n, m, d, steps, batch);
    if (run && (!best || run.trial_steps_per_s > best.trial_steps_per_s)) best = run;
  }
  return best;
}

function referenceOnce(n: number, m: number, d: number, steps: number, batch: number) {
  const args = ['time', '--n', `${n}`, '--m', `${m}`, '--d', `${d}`, '--steps', `${steps}`];
  try {
    const out = execFileSync('python3', [REFERENCE, ...args, '--batch', `${batch}`], {
      encoding: 'utf8',
      env: {
        ...process.env,
        OMP_NUM_THREADS: '1',
        OPENBLAS_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
      },
    });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as RefResult;
  } catch {
    return null; // python3 or numpy missing: figures without the reference
  }
}

// reference_trial.py's step (batch 1, its 3-D layout), each op timed alone: best of 3 x 500.
const NUMPY_OPS = `
import json, sys, time
import numpy as np
n, m, d = (int(v) for v in sys.argv[1:4])
g = np.random.default_rng(0)
X = g.standard_normal((1, n, d), dtype=np.float32)
y = g.standard_normal((1, n), dtype=np.float32)
W = (1e-3 * g.standard_normal((1, m, d))).astype(np.float32)
a = (1e-3 * g.standard_normal((1, m))).astype(np.float32)
lr = np.float32(0.1)
Hp = X @ np.swapaxes(W, -1, -2); H = np.maximum(Hp, 0); f = (H @ a[..., None])[..., 0]
r = (f - y) / n; ga = (np.swapaxes(H, -1, -2) @ r[..., None])[..., 0]
ra = r[..., :, None] * a[..., None, :]; mask = Hp > 0; G = ra * mask
gW = np.swapaxes(G, -1, -2) @ X
ops = [
  ('Hp = X @ W^T', lambda: X @ np.swapaxes(W, -1, -2)),
  ('H = maximum(Hp, 0)', lambda: np.maximum(Hp, 0)),
  ('f = H @ a', lambda: (H @ a[..., None])[..., 0]),
  ('r = (f - y) / n', lambda: (f - y) / n),
  ('ga = H^T @ r', lambda: (np.swapaxes(H, -1, -2) @ r[..., None])[..., 0]),
  ('r a^T (n x m)', lambda: r[..., :, None] * a[..., None, :]),
  ('Hp > 0', lambda: Hp > 0),
  ('G = (r a^T) * mask', lambda: ra * mask),
  ('gW = G^T @ X', lambda: np.swapaxes(G, -1, -2) @ X),
  ('a - lr * ga', lambda: a - lr * ga),
  ('W - lr * gW', lambda: W - lr * gW),
]
out = []
for name, fn in ops:
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(500): fn()
        best = min(best, (time.perf_counter() - t0) / 500)
    out.append({'op': name, 'usPerCall': round(best * 1e6, 2)})
print(json.dumps(out))
`;

function numpyOps(n: number, m: number, d: number): NumpyOpRow[] {
  try {
    const out = execFileSync('python3', ['-c', NUMPY_OPS, `${n}`, `${m}`, `${d}`], {
      encoding: 'utf8',
      env: {
        ...process.env,
        OMP_NUM_THREADS: '1',
        OPENBLAS_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
      },
    });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as NumpyOpRow[];
  } catch {
    return [];
  }
}

/** Tensors of one batch at the engine's layouts (X: B x n x D, Xt: B x D x n, W: B x D x m). */
/**
 * step: engine.ts as written; sign: tf.sign(h) for tf.step(hp, 0); rows: sign, and a, y, r kept
 * as B x 1 x k rows so the two matrix-vector products need no reshape (12 ops, not 14).
 */
type Mask = 'step' | 'sign' | 'rows';

interface StepState {
  B: number;
  n: number;
  D: number;
  m: number;
  X: tf.Tensor;
  Xt: tf.Tensor;
  y: tf.Tensor;
  scale: tf.Tensor;
  W: tf.Tensor;
  a: tf.Tensor;
  /** a and y as rows (B x 1 x m, B x 1 x n), for the `rows` variant. */
  aRow: tf.Tensor;
  yRow: tf.Tensor;
}

function makeState(B: number, n: number, D: number, m: number): StepState {
  const X = tf.randomNormal([B, n, D], 0, 1, 'float32', 1);
  const y = tf.randomNormal([B, n, 1], 0, 1, 'float32', 2);
  const a = tf.randomNormal([B, m, 1], 0, 1e-3, 'float32', 4);
  return {
    B,
    n,
    D,
    m,
    X,
    Xt: tf.transpose(X, [0, 2, 1]),
    y,
    scale: tf.fill([B, 1, 1], 0.1 / n),
    W: tf.randomNormal([B, D, m], 0, 1e-3, 'float32', 3),
    a,
    aRow: tf.reshape(a, [B, 1, m]),
    yRow: tf.reshape(y, [B, 1, n]),
  };
}

/**
 * engine.ts `gradients` + the GD `update`, relu: the same ops in the same order. `mask: 'sign'`
 * swaps tf.step(hp, 0) (six kernels on tfjs-node: IsNan, Greater, Fill x2, Select x2) for
 * tf.sign(h), one kernel with the same values (h = relu(hp) >= 0, so sign(h) = [hp > 0]).
 */
function step(s: StepState, mask: Mask = 'step'): void {
  if (mask === 'rows') return stepRows(s);
  const [W, a] = tf.tidy(() => {
    const hp = tf.matMul(s.X, s.W);
    const h = tf.relu(hp);
    const f = tf.matMul(h, s.a);
    const r = tf.mul(tf.sub(f, s.y), s.scale);
    const ga = tf.matMul(h, r, true, false);
    const rT = tf.reshape(r, [s.B, 1, s.n]);
    const dh = mask === 'step' ? tf.step(hp, 0) : tf.sign(h);
    const gW = tf.mul(tf.matMul(tf.mul(s.Xt, rT), dh), tf.reshape(s.a, [s.B, 1, s.m]));
    return [tf.sub(s.W, gW), tf.sub(s.a, ga)];
  });
  tf.dispose([s.W, s.a]);
  s.W = W;
  s.a = a;
}

function stepRows(s: StepState): void {
  const [W, a] = tf.tidy(() => {
    const h = tf.relu(tf.matMul(s.X, s.W)); // B x n x m
    const f = tf.matMul(s.aRow, h, false, true); // B x 1 x n
    const r = tf.mul(tf.sub(f, s.yRow), s.scale); // B x 1 x n
    const ga = tf.matMul(r, h); // B x 1 x m
    const gW = tf.mul(tf.matMul(tf.mul(s.Xt, r), tf.sign(h)), s.aRow); // B x D x m
    return [tf.sub(s.W, gW), tf.sub(s.aRow, ga)];
  });
  tf.dispose([s.W, s.aRow]);
  s.W = W;
  s.aRow = a;
}

function disposeState(s: StepState): void {
  tf.dispose([s.X, s.Xt, s.y, s.scale, s.W, s.a, s.aRow, s.yRow]);
}

/** ms per replicated step: best of 3 runs of `steps` steps, synced by reading W back. */
function timeSteps(s: StepState, steps: number, mask: Mask = 'step'): number {
  for (let i = 0; i < 20; i++) step(s, mask);
  s.W.dataSync();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) step(s, mask);
    s.W.dataSync();
    best = Math.min(best, (performance.now() - t0) / steps);
  }
  return best;
}

function trials(B: number, n: number, width: number, d: number, steps: number): TrialParams[] {
  return Array.from({ length: B }, (_, seed) => ({
    ...PARAM_DEFAULTS,
    n,
    width,
    d,
    seed,
    steps,
    activation: 'relu' as const,
    optimizer: 'gd' as const,
    bias: false,
    record_every: steps,
    test_size: 1,
  }));
}

/** trainBatch's marginal ms per step (setup, evaluation and upload cancel out); best of 2. */
async function trainerMsPerStep(B: number, n: number, w: number, d: number, steps: number) {
  const run = async (k: number) => {
    const t0 = performance.now();
    await trainBatch(trials(B, n, w, d, k));
    return performance.now() - t0;
  };
  await run(2);
  let best = Infinity;
  for (let r = 0; r < 2; r++)
    best = Math.min(best, ((await run(steps)) - (await run(1))) / (steps - 1));
  return best;
}

async function stepFigures(
  B: number,
  shape: ProfileReport['shape'],
  ref: RefResult | null,
): Promise<StepFigures> {
  const { n, width, d, steps } = shape;
  const s = makeState(B, n, d, width);
  const msPerStep = timeSteps(s, Math.max(50, Math.round(steps / B)));
  const signMsPerStep = timeSteps(s, Math.max(50, Math.round(steps / B)), 'sign');
  const rowsMsPerStep = timeSteps(s, Math.max(50, Math.round(steps / B)), 'rows');
  disposeState(s);
  const signTrialStepsPerS = (1000 * B) / signMsPerStep;
  const rowsTrialStepsPerS = (1000 * B) / rowsMsPerStep;
  const trainer = await trainerMsPerStep(B, n, width, d, Math.max(50, Math.round(steps / B)));
  const trialStepsPerS = (1000 * B) / trainer;
  return {
    batch: B,
    msPerStep: round(msPerStep),
    signMsPerStep: round(signMsPerStep),
    signTrialStepsPerS: round(signTrialStepsPerS),
    signRatio: ref ? round(signTrialStepsPerS / ref.trial_steps_per_s) : null,
    rowsMsPerStep: round(rowsMsPerStep),
    rowsTrialStepsPerS: round(rowsTrialStepsPerS),
    rowsRatio: ref ? round(rowsTrialStepsPerS / ref.trial_steps_per_s) : null,
    trainerMsPerStep: round(trainer),
    usPerTrialStep: round((trainer * 1000) / B),
    trialStepsPerS: round(trialStepsPerS),
    referenceTrialStepsPerS: ref?.trial_steps_per_s ?? null,
    ratio: ref ? round(trialStepsPerS / ref.trial_steps_per_s) : null,
  };
}

/** tf.profile over `steps` steps, grouped by kernel name, per step. */
async function kernelBreakdown(s: StepState, steps: number): Promise<KernelRow[]> {
  const info = await tf.profile(() => {
    for (let i = 0; i < steps; i++) step(s);
  });
  const byName = new Map<string, { count: number; ms: number }>();
  for (const k of info.kernels) {
    const t = await k.kernelTimeMs;
    const row = byName.get(k.name) ?? { count: 0, ms: 0 };
    row.count += 1;
    row.ms += typeof t === 'number' ? t : 0;
    byName.set(k.name, row);
  }
  return [...byName.entries()]
    .map(([kernel, r]) => ({
      kernel,
      perStep: round(r.count / steps),
      msPerStep: round(r.ms / steps),
    }))
    .sort((x, y) => y.msPerStep - x.msPerStep);
}

/**
 * Largest |difference| of W and a between the engine's op sequence and each variant after 20
 * steps from the same state, relative to max |W|, |a|: the variants compute the same step.
 */
function variantAgreement(B: number, n: number, D: number, m: number): number {
  const final = (mask: Mask) => {
    const s = makeState(B, n, D, m);
    for (let i = 0; i < 20; i++) step(s, mask);
    const out = [s.W.dataSync().slice(), (mask === 'rows' ? s.aRow : s.a).dataSync().slice()];
    disposeState(s);
    return out;
  };
  const [base, ...others] = (['step', 'sign', 'rows'] as const).map(final);
  let worst = 0;
  for (const other of others) {
    base?.forEach((ref, k) => {
      const scale = Math.max(...ref.map(Math.abs));
      ref.forEach((v, i) => {
        worst = Math.max(worst, Math.abs(v - (other[k]?.[i] ?? NaN)) / scale);
      });
    });
  }
  return worst;
}

/** µs per call of `fn` (its result disposed), best of 3 loops of `reps`. */
function usPerCall(fn: () => tf.Tensor, reps: number): number {
  for (let i = 0; i < Math.min(reps, 50); i++) fn().dispose();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn().dispose();
    best = Math.min(best, ((performance.now() - t0) * 1000) / reps);
  }
  return round(best);
}

/** Each op of the step alone, at the shapes it has in the step. */
function opTimings(s: StepState, reps: number): OpRow[] {
  const { B, n, D, m } = s;
  const hp = tf.matMul(s.X, s.W);
  const h = tf.relu(hp);
  const f = tf.matMul(h, s.a);
  const r = tf.mul(tf.sub(f, s.y), s.scale);
  const rT = tf.reshape(r, [B, 1, n]);
  const xr = tf.mul(s.Xt, rT);
  const g = tf.step(hp, 0);
  const gw = tf.matMul(xr, g);
  const aRow = tf.reshape(s.a, [B, 1, m]);
  const sh = (...dims: number[]) => dims.join('x');
  const ops: [string, () => tf.Tensor][] = [
    [`matMul X·W ${sh(B, n, D)} @ ${sh(B, D, m)}`, () => tf.matMul(s.X, s.W)],
    [`relu ${sh(B, n, m)}`, () => tf.relu(hp)],
    [`matMul h·a ${sh(B, n, m)} @ ${sh(B, m, 1)}`, () => tf.matMul(h, s.a)],
    [`sub f - y ${sh(B, n, 1)}`, () => tf.sub(f, s.y)],
    [`mul r·scale ${sh(B, n, 1)}`, () => tf.mul(f, s.scale)],
    [`matMul hᵀ·r ${sh(B, m, n)} @ ${sh(B, n, 1)}`, () => tf.matMul(h, r, true, false)],
    [`reshape r ${sh(B, 1, n)}`, () => tf.reshape(r, [B, 1, n])],
    [`mul Xᵀ·rᵀ ${sh(B, D, n)}`, () => tf.mul(s.Xt, rT)],
    [`step hp ${sh(B, n, m)}`, () => tf.step(hp, 0)],
    [`(alternative) sign h ${sh(B, n, m)}`, () => tf.sign(h)],
    [
      `(alternative) matMul aᵀ·hᵀ ${sh(B, 1, m)} @ ${sh(B, m, n)}`,
      () => tf.matMul(s.aRow, h, false, true),
    ],
    [`(alternative) matMul rᵀ·h ${sh(B, 1, n)} @ ${sh(B, n, m)}`, () => tf.matMul(rT, h)],
    [`matMul ${sh(B, D, n)} @ ${sh(B, n, m)}`, () => tf.matMul(xr, g)],
    [`reshape a ${sh(B, 1, m)}`, () => tf.reshape(s.a, [B, 1, m])],
    [`mul gW·aᵀ ${sh(B, D, m)}`, () => tf.mul(gw, aRow)],
    [`sub W - gW ${sh(B, D, m)}`, () => tf.sub(s.W, gw)],
    [`sub a - ga ${sh(B, m, 1)}`, () => tf.sub(s.a, s.a)],
  ];
  const rows = ops.map(([op, fn]) => ({ op, usPerCall: usPerCall(fn, reps) }));
  tf.dispose([hp, h, f, r, rT, xr, g, gw, aRow]);
  return rows;
}

function tinyOpOverhead(reps: number): { add: number; identity: number; reshape: number } {
  const x = tf.tensor1d([1]);
  const y = tf.tensor1d([2]);
  const out = {
    add: usPerCall(() => tf.add(x, y), reps),
    identity: usPerCall(() => tf.clone(x), reps),
    reshape: usPerCall(() => tf.reshape(x, [1, 1]), reps),
  };
  tf.dispose([x, y]);
  return out;
}

/** µs per tf.relu by element count: where the per-element cost starts to show. */
function reluSweep(): { elements: number; usPerCall: number }[] {
  return [1, 1 << 14, 1 << 16, 1 << 17, 1 << 18, 1 << 20].map((elements) => {
    const x = tf.randomNormal([elements]);
    const usPerCall_ = usPerCall(() => tf.relu(x), 500);
    x.dispose();
    return { elements, usPerCall: usPerCall_ };
  });
}

function nativeMatmulGflops(): number {
  const { n, m, d } = PEAK_SHAPE;
  const x = tf.randomNormal([n, d]);
  const w = tf.randomNormal([d, m]);
  const reps = 20;
  const us = usPerCall(() => tf.matMul(x, w), reps);
  tf.dispose([x, w]);
  return round((2 * n * m * d) / (us * 1e3));
}

export async function profileTrainingStep(opts: {
  n: number;
  width: number;
  d: number;
  steps: number;
}): Promise<ProfileReport> {
  const shape = { n: opts.n, width: opts.width, d: opts.d, steps: opts.steps };
  const loadBefore = loadAverage();
  const B16 = 16;
  const ref = reference(opts.n, opts.width, opts.d, opts.steps);
  const refBatched = reference(opts.n, opts.width, opts.d, Math.max(20, opts.steps / B16), B16);
  const refPeak = reference(PEAK_SHAPE.n, PEAK_SHAPE.m, PEAK_SHAPE.d, 20);

  // tfjs-core's own bookkeeping per op, measured where kernels are plain JS on 1 element.
  await selectBackend('cpu');
  const core = tinyOpOverhead(10_000);
  await selectBackend('tensorflow');
  const tiny = tinyOpOverhead(10_000);

  const single = await stepFigures(1, shape, ref);
  const batched = await stepFigures(B16, shape, refBatched);

  const s = makeState(1, opts.n, opts.d, opts.width);
  timeSteps(s, 20);
  const profileSteps = 200;
  const kernels = await kernelBreakdown(s, profileSteps);
  const ops = opTimings(s, 500);
  disposeState(s);
  const opsSumUs = round(
    ops.filter((o) => !o.op.startsWith('(alternative)')).reduce((acc, o) => acc + o.usPerCall, 0),
  );

  const kernelsPerStep = round(kernels.reduce((acc, k) => acc + k.perStep, 0));
  const kernelMsPerStep = round(kernels.reduce((acc, k) => acc + k.msPerStep, 0));
  const perStep = 6 * opts.n * opts.width * opts.d;
  const peak = refPeak?.gflops ?? null;
  const overheadUs = round(kernelsPerStep * tiny.add);
  return {
    shape,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      intraOpThreads: process.env['TF_NUM_INTRAOP_THREADS'] ?? 'default',
      loadBefore,
      loadAfter: loadAverage(),
    },
    single,
    batched,
    kernels,
    kernelsPerStep,
    kernelMsPerStep,
    ops,
    variantsMaxRelDiff: variantAgreement(1, opts.n, opts.d, opts.width),
    opsSumUs,
    numpyOps: numpyOps(opts.n, opts.width, opts.d),
    overhead: {
      addUs: tiny.add,
      identityUs: tiny.identity,
      reshapeUs: tiny.reshape,
      coreAddUs: core.add,
      reluByElements: reluSweep(),
    },
    flops: {
      perStep,
      referencePeakGflops: peak,
      nativeMatmulGflops: nativeMatmulGflops(),
      boundUs: peak ? round(perStep / (peak * 1e3)) : null,
    },
    estimate: {
      overheadUs,
      computeUs: round(single.trainerMsPerStep * 1000 - overheadUs),
    },
  };
}

function loadAverage(): number[] {
  return os.loadavg().map((v) => Math.round(v * 100) / 100);
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

/** The report as markdown tables (for BENCHMARKS.md). */
export function profileMarkdown(r: ProfileReport): string {
  const { n, width, d } = r.shape;
  const fig = (f: StepFigures) =>
    `| ${f.batch} | ${f.msPerStep} | ${f.trainerMsPerStep} | ${f.usPerTrialStep} | ` +
    `${f.trialStepsPerS} | ${f.referenceTrialStepsPerS ?? 'n/a'} | ${f.ratio ?? 'n/a'} |`;
  return [
    `Shape (n, width, d) = (${n}, ${width}, ${d}), relu, GD; ${r.machine.cpu}, ${r.machine.cores} cores; ` +
      `TF_NUM_INTRAOP_THREADS=${r.machine.intraOpThreads}; ` +
      `load average ${r.machine.loadBefore.join(' ')} before, ${r.machine.loadAfter.join(' ')} after.`,
    '',
    '| trials in batch | replica ms/step | trainBatch ms/step | µs per trial-step | trial-steps/s | numpy trial-steps/s | ratio |',
    '|---|---|---|---|---|---|---|',
    fig(r.single),
    fig(r.batched),
    '',
    'Variants of the replica (same values): sign = tf.sign(h) for tf.step(hp, 0); rows = sign, ' +
      `and a, y, r kept as rows (12 ops, no reshape); after 20 steps their W, a differ from the ` +
      `engine's sequence by at most ${r.variantsMaxRelDiff} (relative):`,
    '',
    '| trials in batch | variant | ms/step | trial-steps/s | ratio to numpy |',
    '|---|---|---|---|---|',
    ...[r.single, r.batched].flatMap((f) => [
      `| ${f.batch} | sign | ${f.signMsPerStep} | ${f.signTrialStepsPerS} | ${f.signRatio ?? 'n/a'} |`,
      `| ${f.batch} | rows | ${f.rowsMsPerStep} | ${f.rowsTrialStepsPerS} | ${f.rowsRatio ?? 'n/a'} |`,
    ]),
    '',
    `Kernels per step (tf.profile, ${r.kernelsPerStep} calls, ${r.kernelMsPerStep} ms summed):`,
    '',
    '| kernel | calls/step | ms/step |',
    '|---|---|---|',
    ...r.kernels.map((k) => `| ${k.kernel} | ${k.perStep} | ${k.msPerStep} |`),
    '',
    "tf.profile's list is flat: a composite kernel's time (tfjs-node's Step runs IsNan, Greater, " +
      'Fill, Select, ...) includes the kernels it calls, which are listed too; times are taken ' +
      'with profiling on, so they run above the unprofiled step.',
    '',
    'Each op alone at its shape in the step (B = 1):',
    '',
    '| op | µs/call |',
    '|---|---|',
    ...r.ops.map((o) => `| ${o.op} | ${o.usPerCall} |`),
    `| sum (without the alternative) | ${r.opsSumUs} |`,
    '',
    'numpy reference ops alone at the same shapes (one thread):',
    '',
    '| numpy op | µs/call |',
    '|---|---|',
    ...r.numpyOps.map((o) => `| ${o.op} | ${o.usPerCall} |`),
    `| sum | ${round(r.numpyOps.reduce((acc, o) => acc + o.usPerCall, 0))} |`,
    '',
    '| fixed cost per op (1-element tensors, 10 000 calls) | µs |',
    '|---|---|',
    `| tf.add, native | ${r.overhead.addUs} |`,
    `| tf.clone (Identity kernel), native | ${r.overhead.identityUs} |`,
    `| tf.reshape, native | ${r.overhead.reshapeUs} |`,
    `| tf.add, cpu backend (tfjs-core's share) | ${r.overhead.coreAddUs} |`,
    '',
    '| tf.relu, elements | µs/call |',
    '|---|---|',
    ...r.overhead.reluByElements.map((x) => `| ${x.elements} | ${x.usPerCall} |`),
    '',
    '| compute bound | value |',
    '|---|---|',
    `| flops per step (6·n·m·d) | ${r.flops.perStep} |`,
    `| numpy matmul peak, (4096, 1024, 20), 1 thread | ${r.flops.referencePeakGflops ?? 'n/a'} GFLOP/s |`,
    `| native matMul 4096x20 @ 20x1024 | ${r.flops.nativeMatmulGflops} GFLOP/s |`,
    `| step time if compute-bound at numpy peak | ${r.flops.boundUs ?? 'n/a'} µs |`,
    `| kernels/step x tf.add cost | ${r.estimate.overheadUs} µs |`,
    `| trainBatch step minus that | ${r.estimate.computeUs} µs |`,
  ].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string, dflt: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  profileTrainingStep({
    n: arg('--n', 512),
    width: arg('--width', 256),
    d: arg('--d', 5),
    steps: arg('--steps', 2000),
  }).then(
    (report) =>
      console.log(
        argv.includes('--json') ? JSON.stringify(report, null, 2) : profileMarkdown(report),
      ),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
