import * as tf from '@tensorflow/tfjs-core';
import {
  batchCompatibilityKey,
  type CurvePoint,
  type TrialMetrics,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';
import { runEngine } from './run-engine';
import type { EngineRequest } from './select-engine';
import { IncompatibleBatchError, TrainingDivergedError, type TrainingError } from './errors';
import { halfMeanSquaredError, olsFit } from './ols';
import { initialWeights, makeTrialData, type TrialData } from './trial-data';
import { validateTrialParams } from './validate-trial-params';

export interface TrainOptions {
  /** Aborting stops training within ~0.1 s with TrainingCancelledError (the whole batch). */
  signal?: AbortSignal;
  /** Called for every curve point of every trial, as soon as it is measured. */
  onProgress?: (trialIndex: number, point: CurvePoint) => void;
  /** Name of the worker, for logs of the caller; not used in the computation. */
  worker?: string;
  /** Training engine (default $THRESHER_ENGINE, else auto: graph on the native backend). */
  engine?: EngineRequest;
}

/** Per trial: its outcome, or why it failed (e.g. TrainingDivergedError). */
export type TrialResult = { ok: true; outcome: TrialOutcome } | { ok: false; error: TrainingError };

/**
 * Backends on which a batch is trained one trial after another. wasm runs a batched matmul
 * (batch > 1) as a plain loop, 3-18x slower per trial than its XNNPACK path for one matrix,
 * and with another rounding, so a trial's result would depend on whether it was batched.
 */
const ONE_BY_ONE_BACKENDS = new Set(['wasm']);

/** Loss above which (or non-finite) a trial counts as diverged. */
export const DIVERGENCE_BOUND = 1e6;
/** |cos(w_j, beta_ols)| at or above which a neuron counts as aligned. */
export const ALIGNED_COS = 0.95;
/** converged: relative change of train_loss over the last 10% of steps below this. */
export const CONVERGED_TOL = 1e-3;

/** Trains one trial: a batch of one. */
export async function trainTrial(
  params: TrialParams,
  options: TrainOptions = {},
): Promise<TrialResult> {
  const [result] = await trainBatch([params], options);
  return result as TrialResult;
}

/**
 * Trains trials sharing one batchCompatibilityKey as one vectorized batch; each result equals
 * that of training the trial alone. Throws InvalidTrialParamsError or IncompatibleBatchError
 * before any tensor is made, TrainingCancelledError when `signal` aborts. `wall_ms` of each
 * trial is the batch's wall time divided by the batch size. On wasm the trials run one after
 * another (see ONE_BY_ONE_BACKENDS).
 */
export async function trainBatch(
  trials: TrialParams[],
  options: TrainOptions = {},
): Promise<TrialResult[]> {
  if (trials.length === 0) return [];
  trials.forEach(validateTrialParams);
  const keys = [...new Set(trials.map(batchCompatibilityKey))];
  if (keys.length > 1) throw new IncompatibleBatchError(keys);
  await tf.ready();
  if (trials.length > 1 && ONE_BY_ONE_BACKENDS.has(tf.getBackend())) {
    const results: TrialResult[] = [];
    for (const [index, trial] of trials.entries()) {
      const onProgress = options.onProgress;
      const [result] = await trainBatch([trial], {
        ...options,
        onProgress: onProgress && ((_i, point) => onProgress(index, point)),
      });
      results.push(result as TrialResult);
    }
    return results;
  }
  const started = performance.now();

  const first = trials[0] as TrialParams;
  const { steps, test_size: T } = first;
  const B = trials.length;
  const data = trials.map(makeTrialData);
  const inits = trials.map(initialWeights);
  const D = (data[0] as TrialData).D;
  const nmax = Math.max(...trials.map((p) => p.n));
  const m = Math.max(...trials.map((p) => p.width));

  const X = new Float32Array(B * nmax * D);
  const y = new Float32Array(B * nmax);
  const Xtest = new Float32Array(B * T * D);
  const W = new Float32Array(B * D * m);
  const a = new Float32Array(B * m);
  trials.forEach((p, b) => {
    const dt = data[b] as TrialData;
    const init = inits[b] as ReturnType<typeof initialWeights>;
    X.set(dt.X, b * nmax * D);
    y.set(dt.y, b * nmax);
    Xtest.set(dt.Xtest, b * T * D);
    a.set(init.a, b * m);
    for (let j = 0; j < p.width; j++) {
      for (let k = 0; k < D; k++) W[b * D * m + k * m + j] = init.W[j * D + k] as number;
    }
  });

  const schedule = evalSchedule(steps, first.record_every);
  // OLS of each trial's data: its direction measures alignment at every curve step.
  const olsFits = trials.map((p, b) =>
    olsFit((data[b] as TrialData).X, (data[b] as TrialData).y, p.n, D),
  );
  const states = trials.map(() => ({
    curve: [] as CurvePoint[],
    error: undefined as TrainingError | undefined,
    lossAtConvergeStart: NaN,
    train: NaN,
    test: NaN,
    excess: NaN,
  }));

  const final = await runEngine(
    {
      B,
      nmax,
      D,
      m,
      T,
      X,
      y,
      Xtest,
      W,
      a,
      n: trials.map((p) => p.n),
      lr: trials.map((p) => p.lr),
      activation: first.activation,
      optimizer: first.optimizer,
      steps,
      evalSteps: schedule.steps,
    },
    {
      signal: options.signal,
      onEval: (step, ftrain, ftest, weights) => {
        trials.forEach((p, b) => {
          const st = states[b] as (typeof states)[number];
          if (st.error) return;
          const dt = data[b] as TrialData;
          const train = halfMse(ftrain, b * nmax, dt.y, p.n);
          const test = halfMse(ftest, b * T, dt.ytest, T);
          if (!Number.isFinite(train) || !Number.isFinite(test) || train > DIVERGENCE_BOUND) {
            st.error = new TrainingDivergedError(step, Number.isFinite(test) ? train : test);
            return;
          }
          if (step === schedule.convergeStart) st.lossAtConvergeStart = train;
          if (step === steps) {
            st.train = train;
            st.test = test;
            st.excess = halfMse(ftest, b * T, dt.ytestClean, T);
          }
          if (schedule.curve.has(step)) {
            const aligned = alignedFraction(
              weights.W,
              weights.a,
              b,
              D,
              m,
              p.width,
              olsFits[b] as Float64Array,
            );
            const point = { step, train_loss: train, test_loss: test, aligned_fraction: aligned };
            st.curve.push(point);
            options.onProgress?.(b, point);
          }
        });
        return states.every((st) => st.error !== undefined);
      },
    },
    { engine: options.engine },
  );

  const wall_ms = (performance.now() - started) / B;
  const backend = tf.getBackend();
  return trials.map((p, b): TrialResult => {
    const st = states[b] as (typeof states)[number];
    if (st.error) return { ok: false, error: st.error };
    const dt = data[b] as TrialData;
    const ols = olsFits[b] as Float64Array;
    const olsTrain = halfMeanSquaredError(dt.X, ols, dt.y, p.n, D);
    const olsTest = halfMeanSquaredError(dt.Xtest, ols, dt.ytest, T, D);
    const olsExcess = halfMeanSquaredError(dt.Xtest, ols, dt.ytestClean, T, D);
    const change = Math.abs(st.train - st.lossAtConvergeStart);
    const metrics: TrialMetrics = {
      train_loss: st.train,
      test_loss: st.test,
      excess_risk: st.excess,
      ols_train_loss: olsTrain,
      ols_test_loss: olsTest,
      ols_excess_risk: olsExcess,
      interp_ratio: lossRatio(st.train, olsTrain, dt.y, p.n),
      test_ratio: lossRatio(st.test, olsTest, dt.ytest, T),
      aligned_fraction: alignedFraction(final.W, final.a, b, D, m, p.width, ols),
      converged: change === 0 || change < CONVERGED_TOL * Math.abs(st.lossAtConvergeStart),
    };
    return { ok: true, outcome: { metrics, curve: st.curve, wall_ms, backend } };
  });
}

/**
 * Steps whose losses are measured: the curve (0, every record_every, and the last step) and the
 * start of the last 10% of steps (for `converged`).
 */
export function evalSchedule(
  steps: number,
  recordEvery: number,
): { steps: number[]; curve: Set<number>; convergeStart: number } {
  const curve = new Set<number>();
  for (let s = 0; s <= steps; s += recordEvery) curve.add(s);
  curve.add(steps);
  const convergeStart = steps - Math.ceil(steps / 10);
  const all = [...new Set([...curve, convergeStart])].sort((x, z) => x - z);
  return { steps: all, curve, convergeStart };
}

/**
 * Relative size of an OLS loss below which OLS counts as interpolating. An interpolating fit
 * (always so when n <= d) leaves only float64 rounding, ~1e-30 of the loss scale, so the ratio
 * would be rounding noise divided by rounding noise; any real residual is far above 1e-12.
 */
const OLS_INTERPOLATION_TOL = 1e-12;

/**
 * loss / olsLoss, or null when the ratio is undefined: the OLS loss is not meaningfully
 * positive next to the targets' scale (1/2 mean target^2, the loss of predicting 0).
 */
function lossRatio(
  loss: number,
  olsLoss: number,
  target: Float32Array,
  rows: number,
): number | null {
  let s = 0;
  for (let i = 0; i < rows; i++) s += (target[i] as number) ** 2;
  const scale = rows === 0 ? 0 : s / (2 * rows);
  if (!(olsLoss > OLS_INTERPOLATION_TOL * scale)) return null;
  const ratio = loss / olsLoss;
  return Number.isFinite(ratio) ? ratio : null;
}

/** 1/2 mean (f - target)^2 over `rows` predictions starting at `offset`, in float64. */
function halfMse(f: Float32Array, offset: number, target: Float32Array, rows: number): number {
  if (rows === 0) return 0;
  let s = 0;
  for (let i = 0; i < rows; i++) {
    const e = (f[offset + i] as number) - (target[i] as number);
    s += e * e;
  }
  return s / (2 * rows);
}

/**
 * Share of neuron mass |a_j| |w_j| on neurons with |cos(w_j, beta_ols)| >= ALIGNED_COS. With
 * bias, w_j and beta_ols both live in the augmented space (d + 1 coordinates).
 */
function alignedFraction(
  W: Float32Array,
  a: Float32Array,
  b: number,
  D: number,
  m: number,
  width: number,
  ols: Float64Array,
): number {
  let olsNorm = 0;
  for (const v of ols) olsNorm += v * v;
  olsNorm = Math.sqrt(olsNorm);
  let total = 0;
  let aligned = 0;
  for (let j = 0; j < width; j++) {
    let norm2 = 0;
    let dot = 0;
    for (let k = 0; k < D; k++) {
      const w = W[b * D * m + k * m + j] as number;
      norm2 += w * w;
      dot += w * (ols[k] as number);
    }
    const norm = Math.sqrt(norm2);
    const mass = Math.abs(a[b * m + j] as number) * norm;
    total += mass;
    if (norm > 0 && olsNorm > 0 && Math.abs(dot) >= ALIGNED_COS * norm * olsNorm) aligned += mass;
  }
  return total > 0 ? aligned / total : 0;
}
