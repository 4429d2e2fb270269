import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OptimizerKind } from '@thresher/sweep';
import { runStepLoop } from './step-loop';

/**
 * The vectorized trainer: B trials stacked on a leading axis, trained by one set of tensor ops.
 * Trials with fewer samples are zero-padded rows (X = 0, y = 0 give f = 0 and residual 0, so
 * they add nothing; each trial's residual is scaled by its own 1/n_i). Trials with fewer
 * neurons are zero-padded neurons: a_j = 0 and w_j = 0 give act(0) = 0 and zero gradients for
 * both layers (GD and Adam), so padded neurons stay exactly zero without extra masking ops.
 */
export interface EngineBatch {
  B: number;
  /** Rows per trial (largest n); X is B x nmax x D. */
  nmax: number;
  D: number;
  /** Neurons per trial (largest width). */
  m: number;
  /** Test rows per trial; 0 for none. */
  T: number;
  X: Float32Array;
  y: Float32Array;
  Xtest: Float32Array;
  /** B x D x m: column j of trial b is w_j (transposed so the forward pass needs no transpose). */
  W: Float32Array;
  /** B x m */
  a: Float32Array;
  n: readonly number[];
  lr: readonly number[];
  activation: Activation;
  optimizer: OptimizerKind;
  steps: number;
  /** Steps (ascending, within 0..steps) at which `onEval` receives the predictions. */
  evalSteps: readonly number[];
}

/** The weights at an evaluated step (W: B x D x m, a: B x m), for per-step alignment. */
export interface EvalWeights {
  W: Float32Array;
  a: Float32Array;
}

export interface EngineHooks {
  /**
   * Predictions after `step` updates: ftrain is B x nmax, ftest B x T. Returning true stops
   * training there (e.g. every trial of the batch has diverged).
   */
  onEval: (
    step: number,
    ftrain: Float32Array,
    ftest: Float32Array,
    weights: EvalWeights,
  ) => boolean | void;
  signal?: AbortSignal;
}

export const ADAM_B1 = 0.9;
export const ADAM_B2 = 0.999;
export const ADAM_EPS = 1e-8;
/** Steps between event-loop yields are sized to take about this long. */
export const CHUNK_TARGET_MS = 40;
/** Largest B x rows x m hidden activation materialized at once when predicting the test set. */
const PREDICT_BLOCK = 1 << 22;
const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** `grad` gets the pre-activation hp and the activation h = act(hp) (whichever is cheaper). */
export type Act = {
  act: (hp: tf.Tensor) => tf.Tensor;
  grad: (hp: tf.Tensor, h: tf.Tensor) => tf.Tensor;
};

/** relu, and GeLU in its exact form x * Phi(x) (Phi by tf.erf). */
export const ACTIVATIONS: Record<Activation, Act> = {
  // relu'(hp) = 1 where hp > 0 = sign(relu(hp)): the same values as tf.step(hp, 0), and
  // tfjs-node's Step kernel costs 15x more than Sign (a profile in BENCHMARKS.md).
  relu: { act: (hp) => tf.relu(hp), grad: (_hp, h) => tf.sign(h) },
  gelu: {
    act: (hp) => tf.mul(hp, phi(hp)),
    grad: (hp) =>
      tf.add(phi(hp), tf.mul(hp, tf.mul(tf.exp(tf.mul(tf.square(hp), -0.5)), INV_SQRT_2PI))),
  },
};

function phi(hp: tf.Tensor): tf.Tensor {
  return tf.mul(tf.add(tf.erf(tf.mul(hp, SQRT1_2)), 1), 0.5);
}

/**
 * Predictions f = act(inputs W) a^T, B x rows, in blocks of rows so the hidden activation
 * stays under PREDICT_BLOCK elements. Shared by both engines: evaluation stays eager.
 */
export function predictRows(
  act: Act,
  inputs: tf.Tensor,
  W: tf.Tensor,
  a: tf.Tensor,
  B: number,
  m: number,
): tf.Tensor {
  return tf.tidy(() => {
    const rows = inputs.shape[1] as number;
    const D = inputs.shape[2] as number;
    const block = Math.max(1, Math.floor(PREDICT_BLOCK / (B * m)));
    const parts: tf.Tensor[] = [];
    for (let start = 0; start < rows; start += block) {
      const size = Math.min(block, rows - start);
      const xs = size === rows ? inputs : tf.slice(inputs, [0, start, 0], [B, size, D]);
      parts.push(tf.matMul(act.act(tf.matMul(xs, W)), a, false, true));
    }
    return tf.reshape(parts.length === 1 ? (parts[0] as tf.Tensor) : tf.concat(parts, 1), [
      B,
      rows,
    ]);
  });
}

/** The batch's fixed inputs as tensors; the caller disposes `all`. */
export interface BatchInputs {
  X: tf.Tensor;
  y: tf.Tensor;
  Xtest: tf.Tensor | undefined;
  /** Per trial, the residual's scale: lr / n for GD, 1 / n for Adam. */
  scale: tf.Tensor;
  lr: tf.Tensor;
  all: tf.Tensor[];
}

export function batchInputs(batch: EngineBatch): BatchInputs {
  const { B, nmax, D, T } = batch;
  const adam = batch.optimizer === 'adam';
  const X = tf.tensor3d(batch.X, [B, nmax, D]);
  // y, a and the residual are row vectors (B x 1 x k), not columns: both matrix-vector products
  // then take them as they are, with no reshape per step (2 ops fewer per step, which matters
  // at small shapes: the `rows` variant of the profile in BENCHMARKS.md).
  const y = tf.tensor3d(batch.y, [B, 1, nmax]);
  const Xtest = T > 0 ? tf.tensor3d(batch.Xtest, [B, T, D]) : undefined;
  // GD folds lr into the residual scale (one op fewer per step); Adam needs the raw gradient.
  const scale = tf.tensor3d(
    batch.n.map((n, b) => (adam ? 1 : (batch.lr[b] as number)) / n),
    [B, 1, 1],
  );
  const lr = tf.tensor3d(Array.from(batch.lr), [B, 1, 1]);
  return { X, y, Xtest, scale, lr, all: [X, y, ...(Xtest ? [Xtest] : []), scale, lr] };
}

/** The current weights' predictions on the train and test rows, handed to `onEval`. */
export async function evaluatePredictions(
  net: {
    act: Act;
    X: tf.Tensor;
    Xtest: tf.Tensor | undefined;
    W: tf.Tensor;
    a: tf.Tensor;
    B: number;
    m: number;
  },
  step: number,
  onEval: EngineHooks['onEval'],
): Promise<boolean | void> {
  const { act, X, Xtest, W, a, B, m } = net;
  const ftrain = predictRows(act, X, W, a, B, m);
  const ftest = Xtest ? predictRows(act, Xtest, W, a, B, m) : undefined;
  try {
    // The weights come back with the predictions: aligned_fraction at every curve step costs
    // two downloads at evaluated steps only, no extra kernel.
    const [train, test, w, av] = await Promise.all([
      ftrain.data() as Promise<Float32Array>,
      ftest ? (ftest.data() as Promise<Float32Array>) : Promise.resolve(new Float32Array(0)),
      W.data() as Promise<Float32Array>,
      a.data() as Promise<Float32Array>,
    ]);
    return onEval(step, train, test, { W: w, a: av });
  } finally {
    tf.dispose([ftrain, ...(ftest ? [ftest] : [])]);
  }
}

/**
 * The eager engine: one tfjs op per kernel, every step. Trains the batch; returns the final W
 * (B x D x m) and a (B x m). Disposes every tensor.
 */
export async function runEagerEngine(
  batch: EngineBatch,
  hooks: EngineHooks,
): Promise<{ W: Float32Array; a: Float32Array }> {
  const { B, D, m } = batch;
  const act = ACTIVATIONS[batch.activation];
  const adam = batch.optimizer === 'adam';
  const inputs = batchInputs(batch);
  const { X, y, Xtest, lr, scale: residualScale } = inputs;
  const Xt = tf.transpose(X, [0, 2, 1]);
  let W: tf.Tensor = tf.tensor3d(batch.W, [B, D, m]);
  let a: tf.Tensor = tf.tensor3d(batch.a, [B, 1, m]); // same flat layout as B x m
  let moments: tf.Tensor[] = adam ? [W, W, a, a].map((t) => tf.zerosLike(t)) : [];

  // gW = X^T (r^T a * act'(hp)) = ((X^T * r) act'(hp)) * a (r, a rows): no n x m outer product, and
  // X^T is kept so this matmul needs no transposed operand (6x slower on wasm at n = 4096).
  // ga = r h (B x 1 x m). tfjs-node runs this row-times-matrix form 2.6x faster than h^T r; the
  // wasm backend's kernel is slow on a one-row left operand, so there (h^T r^T)^T, reshaped.
  const rowTimesH =
    tf.getBackend() === 'wasm'
      ? (r: tf.Tensor, h: tf.Tensor) => tf.reshape(tf.matMul(h, r, true, true), [B, 1, m])
      : (r: tf.Tensor, h: tf.Tensor) => tf.matMul(r, h);
  const gradients = (): [tf.Tensor, tf.Tensor] => {
    const hp = tf.matMul(X, W); // B x n x m
    const h = act.act(hp);
    const f = tf.matMul(a, h, false, true); // B x 1 x n
    const r = tf.mul(tf.sub(f, y), residualScale); // B x 1 x n
    const ga = rowTimesH(r, h); // B x 1 x m
    const gW = tf.mul(tf.matMul(tf.mul(Xt, r), act.grad(hp, h)), a); // B x D x m
    return [gW, ga];
  };

  const update = (t: number): void => {
    const next = tf.tidy(() => {
      const [gW, ga] = gradients();
      if (!adam) return [tf.sub(W, gW), tf.sub(a, ga)];
      const c1 = 1 / (1 - ADAM_B1 ** t);
      const c2 = 1 / (1 - ADAM_B2 ** t);
      const out: tf.Tensor[] = [];
      const params = [W, a];
      [gW, ga].forEach((grad, i) => {
        const m1 = tf.add(tf.mul(moments[2 * i] as tf.Tensor, ADAM_B1), tf.mul(grad, 1 - ADAM_B1));
        const m2 = tf.add(
          tf.mul(moments[2 * i + 1] as tf.Tensor, ADAM_B2),
          tf.mul(tf.square(grad), 1 - ADAM_B2),
        );
        const denom = tf.add(tf.sqrt(tf.mul(m2, c2)), ADAM_EPS);
        const p = tf.sub(params[i] as tf.Tensor, tf.mul(tf.mul(lr, c1), tf.div(m1, denom)));
        out.push(p, m1, m2);
      });
      return out;
    });
    tf.dispose([W, a, ...moments]);
    if (adam) {
      const [w1, mw, vw, a1, ma, va] = next as [
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
      ];
      [W, a, moments] = [w1, a1, [mw, vw, ma, va]];
    } else {
      [W, a] = next as [tf.Tensor, tf.Tensor];
    }
  };

  try {
    await runStepLoop({
      steps: batch.steps,
      evalSteps: batch.evalSteps,
      signal: hooks.signal,
      advance: (from, k) => {
        for (let t = from + 1; t <= from + k; t++) update(t);
      },
      evaluate: (step) => evaluatePredictions({ act, X, Xtest, W, a, B, m }, step, hooks.onEval),
      firstTargetMs: CHUNK_TARGET_MS,
      targetMs: CHUNK_TARGET_MS,
      growth: 4,
    });
    const [Wdata, adata] = await Promise.all([W.data(), a.data()]);
    return { W: Wdata as Float32Array, a: adata as Float32Array };
  } finally {
    tf.dispose([W, a, ...moments, Xt, ...inputs.all]);
  }
}
