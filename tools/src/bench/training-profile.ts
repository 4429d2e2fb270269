/**
 * Where one training step's time goes on the native TensorFlow backend (issue 3), measured
 * through @thresher/training's public API, so that it always profiles the engine as it is:
 * trainBatch's marginal cost per step (one trial, and a batch of 16), the kernels one step runs
 * (tf.profile around trainFromState, the engine trainBatch uses), the fixed cost of one op
 * through tfjs-core + the tfjs-node binding, and the FLOP-bound estimate against the numpy
 * reference's matmul rate.
 *
 *   node tools/dist/bench/training-profile.js [--n 512] [--width 256] [--d 5] [--steps 2000] [--json]
 *
 * Kernel figures per step are the difference of a run of `steps` steps and a run of one step,
 * divided by steps - 1: data upload, setup and the final evaluation cancel out.
 */
import os from 'node:os';
import * as tf from '@tensorflow/tfjs-core';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import {
  initialWeights,
  makeTrialData,
  selectBackend,
  trainBatch,
  trainFromState,
  type TrainingState,
} from '@thresher/training';
import { referenceTime, runNumpy, type ReferenceTiming } from './numpy-reference';

export interface KernelRow {
  kernel: string;
  /** Input shapes of the calls, e.g. `1x512x5 1x5x256`. */
  shapes: string;
  /** Calls per training step. */
  perStep: number;
  /** Total ms per step spent in this kernel as tf.profile reports it (binding included). */
  msPerStep: number;
}

/** One numpy op of the reference's step (tools/reference/reference_trial.py), alone, one thread. */
export interface NumpyOpRow {
  op: string;
  usPerCall: number;
}

export interface StepFigures {
  /** Trials in the batch. */
  batch: number;
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
  /** Kernel calls per step of one trial (tf.profile), by kernel and input shapes. */
  kernels: KernelRow[];
  kernelsPerStep: number;
  kernelMsPerStep: number;
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

const PEAK_SHAPE = { n: 4096, m: 1024, d: 20 };

/** Best of 3 runs of the reference: the machine is shared, the fastest run is the least disturbed. */
function reference(n: number, m: number, d: number, steps: number, batch = 1) {
  let best: ReferenceTiming | null = null;
  for (let r = 0; r < 3; r++) {
    const run = referenceTime({ n, m, d, steps, batch });
    if (run && (!best || run.trial_steps_per_s > best.trial_steps_per_s)) best = run;
  }
  return best;
}

// The step of the reference's Model.gradients + GD (batch 1, its 3-D layout, its buffers), each
// op timed alone at the same shapes: best of 3 x 500. Keep in step with reference_trial.py.
const NUMPY_OPS = `
import json, sys, time
import numpy as np
n, m, d = (int(v) for v in sys.argv[1:4])
g = np.random.default_rng(0)
X = g.standard_normal((1, n, d), dtype=np.float32)
Xt = np.ascontiguousarray(np.swapaxes(X, -1, -2))
y = g.standard_normal((1, n), dtype=np.float32)
W = (1e-3 * g.standard_normal((1, m, d))).astype(np.float32)
a = (1e-3 * g.standard_normal((1, m))).astype(np.float32)
lr = np.float32(0.1)
Hp = np.empty((1, n, m), np.float32); dH = np.empty_like(Hp)
np.matmul(X, np.swapaxes(W, -1, -2), out=Hp); np.greater(Hp, 0, out=dH)
H = np.maximum(Hp, 0); f = (H @ a[..., None])[..., 0]; r = (f - y) / np.float32(n)
xr = Xt * r[..., None, :]; gWt = xr @ dH; gW = np.swapaxes(gWt, -1, -2) * a[..., :, None]
ga = (r[..., None, :] @ H)[..., 0, :]
ops = [
  ('Hp = X @ W^T (into a buffer)', lambda: np.matmul(X, np.swapaxes(W, -1, -2), out=Hp)),
  ("relu'(Hp) = Hp > 0 (into a buffer)", lambda: np.greater(Hp, 0, out=dH)),
  ('H = maximum(Hp, 0) (in place)', lambda: np.maximum(Hp, 0, out=Hp)),
  ('f = H @ a', lambda: (H @ a[..., None])[..., 0]),
  ('r = (f - y) / n', lambda: (f - y) / np.float32(n)),
  ('ga = r^T @ H', lambda: (r[..., None, :] @ H)[..., 0, :]),
  ('X^T * r', lambda: Xt * r[..., None, :]),
  ("(X^T * r) @ relu'(Hp)", lambda: xr @ dH),
  ('gW = (.)^T * a', lambda: np.swapaxes(gWt, -1, -2) * a[..., :, None]),
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
  const out = runNumpy(['-c', NUMPY_OPS, `${n}`, `${m}`, `${d}`]);
  if (out === null) return [];
  return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as NumpyOpRow[];
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
  ref: ReferenceTiming | null,
): Promise<StepFigures> {
  const { n, width, d, steps } = shape;
  const trainer = await trainerMsPerStep(B, n, width, d, Math.max(50, Math.round(steps / B)));
  const trialStepsPerS = (1000 * B) / trainer;
  return {
    batch: B,
    trainerMsPerStep: round(trainer),
    usPerTrialStep: round((trainer * 1000) / B),
    trialStepsPerS: round(trialStepsPerS),
    referenceTrialStepsPerS: ref ? round(ref.trial_steps_per_s) : null,
    ratio: ref ? round(trialStepsPerS / ref.trial_steps_per_s) : null,
  };
}

/** The initial state of trial 0 at this shape, as trainFromState takes it. */
function profileState(n: number, width: number, d: number): Omit<TrainingState, 'steps'> {
  const [p] = trials(1, n, width, d, 1) as [TrialParams];
  const data = makeTrialData(p);
  const init = initialWeights(p);
  return { X: data.X, y: data.y, n, D: data.D, W: init.W, a: init.a, lr: p.lr };
}

/** tf.profile of trainFromState for `steps` steps: calls and ms by kernel and input shapes. */
async function kernelTotals(state: Omit<TrainingState, 'steps'>, steps: number) {
  const info = await tf.profile(async () => {
    await trainFromState({ ...state, steps });
  });
  const totals = new Map<string, { kernel: string; shapes: string; count: number; ms: number }>();
  for (const k of info.kernels) {
    const t = await k.kernelTimeMs;
    const shapes = k.inputShapes.map((s) => s.join('x') || 'scalar').join(' ');
    const key = `${k.name} ${shapes}`;
    const row = totals.get(key) ?? { kernel: k.name, shapes, count: 0, ms: 0 };
    row.count += 1;
    row.ms += typeof t === 'number' ? t : 0;
    totals.set(key, row);
  }
  return totals;
}

/** Kernels per step: (profile of `steps` steps - profile of 1 step) / (steps - 1). */
async function kernelBreakdown(state: Omit<TrainingState, 'steps'>, steps: number) {
  await kernelTotals(state, 2); // warm-up
  const one = await kernelTotals(state, 1);
  const many = await kernelTotals(state, steps);
  const rows: KernelRow[] = [];
  for (const [key, r] of many) {
    const base = one.get(key) ?? { count: 0, ms: 0 };
    const perStep = (r.count - base.count) / (steps - 1);
    if (perStep <= 0) continue; // setup or evaluation only
    rows.push({
      kernel: r.kernel,
      shapes: r.shapes,
      perStep: round(perStep),
      msPerStep: round(Math.max(0, r.ms - base.ms) / (steps - 1)),
    });
  }
  return rows.sort((x, y) => y.msPerStep - x.msPerStep);
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
  const kernels = await kernelBreakdown(profileState(opts.n, opts.width, opts.d), 200);

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
      referencePeakGflops: peak === null ? null : round(peak),
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
    `| ${f.batch} | ${f.trainerMsPerStep} | ${f.usPerTrialStep} | ` +
    `${f.trialStepsPerS} | ${f.referenceTrialStepsPerS ?? 'n/a'} | ${f.ratio ?? 'n/a'} |`;
  return [
    `Shape (n, width, d) = (${n}, ${width}, ${d}), relu, GD; ${r.machine.cpu}, ${r.machine.cores} cores; ` +
      `TF_NUM_INTRAOP_THREADS=${r.machine.intraOpThreads}; ` +
      `load average ${r.machine.loadBefore.join(' ')} before, ${r.machine.loadAfter.join(' ')} after; ` +
      'numpy peer: tools/reference/reference_trial.py, one BLAS thread.',
    '',
    '| trials in batch | trainBatch ms/step | µs per trial-step | trial-steps/s | numpy trial-steps/s | ratio |',
    '|---|---|---|---|---|---|',
    fig(r.single),
    fig(r.batched),
    '',
    `Kernels per step of one trial (tf.profile around trainFromState, ${r.kernelsPerStep} calls, ` +
      `${r.kernelMsPerStep} ms summed):`,
    '',
    '| kernel | input shapes | calls/step | ms/step |',
    '|---|---|---|---|',
    ...r.kernels.map((k) => `| ${k.kernel} | ${k.shapes} | ${k.perStep} | ${k.msPerStep} |`),
    '',
    "tf.profile's list is flat: a composite kernel's time includes the kernels it calls, which " +
      'are listed too; times are taken with profiling on, so they run above the unprofiled step.',
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
