import * as tf from '@tensorflow/tfjs-core';
import {
  ACTIVATIONS,
  batchInputs,
  CHUNK_TARGET_MS,
  evaluatePredictions,
  type EngineBatch,
  type EngineHooks,
} from './engine';
import { runStepLoop } from './step-loop';
import { stepPlan, type StepPlan } from './step-plan';

/** What the graph engine needs of tfjs-node's TFSavedModel (predict runs the signature). */
export interface TrainingGraph {
  predict(inputs: tf.NamedTensorMap): tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
  dispose(): void;
}

/** One SavedModel's two signatures: the full-width step and the row-blocked one. */
export interface GraphForms {
  full: TrainingGraph;
  blocked: TrainingGraph;
}

/**
 * A variant's graphs. `xla`: the same forms compiled by XLA, loaded (and the runtime probed) on
 * the first batch that would use them, so a process that never needs them never pays for them;
 * it resolves to undefined where the runtime does not compile them. Absent: never XLA.
 */
export interface TrainingGraphs extends GraphForms {
  xla?: () => Promise<GraphForms | undefined>;
}

/**
 * tfjs-node runs a SavedModel synchronously, so one call blocks the event loop (heartbeats,
 * cancellation) for its whole length: calls are sized to about this long. Above the eager
 * engine's chunk target because a call has a fixed cost (~0.1 ms) and the loop has none.
 */
export const GRAPH_CALL_TARGET_MS = 100;

/**
 * The rows of X (B x n x D) and y (B x 1 x n) as blocks of R rows, the last padded with zero
 * rows (x = 0, y = 0: residual 0, no contribution): B x nb x R x D and B x nb x 1 x R.
 */
function rowBlocks(X: tf.Tensor, y: tf.Tensor, R: number): [tf.Tensor, tf.Tensor] {
  return tf.tidy(() => {
    const [B, n, D] = X.shape as [number, number, number];
    const nb = Math.ceil(n / R);
    const pad = nb * R - n;
    const x4 = tf.reshape(
      tf.pad(X, [
        [0, 0],
        [0, pad],
        [0, 0],
      ]),
      [B, nb, R, D],
    );
    const y4 = tf.reshape(
      tf.pad(y, [
        [0, 0],
        [0, 0],
        [0, pad],
      ]),
      [B, nb, 1, R],
    );
    return [x4, y4];
  });
}

/**
 * The graph engine: the same formulation as the eager engine (see engine.ts), with the steps
 * between two evaluations run by one SavedModel call (a tf.while_loop of k steps, built by
 * libs/training/graphs/generate.py), in the form stepPlan picks for the batch's shape (or
 * `plan`). Evaluation stays eager, once per evaluated step. Disposes every tensor it makes, the
 * graph's outputs included.
 */
export async function runGraphEngine(
  batch: EngineBatch,
  hooks: EngineHooks,
  graphs: TrainingGraphs,
  plan?: StepPlan,
): Promise<{ W: Float32Array; a: Float32Array }> {
  const shape = { B: batch.B, nmax: batch.nmax, m: batch.m, steps: batch.steps };
  plan ??= stepPlan(shape, !!graphs.xla);
  const xlaForms = plan.xla ? await graphs.xla?.() : undefined;
  if (plan.xla && !xlaForms) plan = { ...plan, xla: false };
  const { B, D, m } = batch;
  const act = ACTIVATIONS[batch.activation];
  const adam = batch.optimizer === 'adam';
  const inputs = batchInputs(batch);
  const { X, y, Xtest, scale, lr } = inputs;
  // Training takes the rows in the plan's layout; evaluation keeps X as it is.
  const blocks = plan.rows > 0 ? rowBlocks(X, y, plan.rows) : undefined;
  const [xTrain, yTrain] = blocks ?? [X, y];
  const form = plan.rows > 0 ? 'blocked' : 'full';
  let graph = (xlaForms ?? graphs)[form];
  let xlaUntried = !!xlaForms;
  // The loop state the graph maps to its next value; names are the signature's.
  let state: Record<string, tf.Tensor> = {
    w: tf.tensor3d(batch.W, [B, D, m]),
    a: tf.tensor3d(batch.a, [B, 1, m]),
  };
  if (adam) {
    for (const name of ['mw', 'vw']) state[name] = tf.zeros([B, D, m]);
    for (const name of ['ma', 'va']) state[name] = tf.zeros([B, 1, m]);
  }
  const stateNames = Object.keys(state);

  // XLA compiles the graph for each new shape on its first call; should that fail (a shape or
  // runtime it cannot compile), the batch goes on with the same form uncompiled. The state is
  // replaced only after a call succeeds, so the retry starts from the same weights.
  const predictOrFallBack = (inputs: tf.NamedTensorMap): tf.NamedTensorMap => {
    if (!xlaUntried) return graph.predict(inputs) as tf.NamedTensorMap;
    xlaUntried = false;
    try {
      return graph.predict(inputs) as tf.NamedTensorMap;
    } catch {
      graph = graphs[form];
      return graph.predict(inputs) as tf.NamedTensorMap;
    }
  };

  const advance = (from: number, k: number): void => {
    const kT = tf.scalar(k, 'int32');
    const t0 = adam ? tf.scalar(from, 'int32') : undefined;
    try {
      const inputs: tf.NamedTensorMap = { x: xTrain, y: yTrain, scale, k: kT, ...state };
      if (adam) Object.assign(inputs, { lr, t0 });
      const out = predictOrFallBack(inputs);
      const next: Record<string, tf.Tensor> = {};
      for (const name of stateNames) {
        const t = out[name];
        if (!t) throw new Error(`training graph returned no '${name}'`);
        next[name] = t;
      }
      tf.dispose(Object.values(state));
      state = next;
    } finally {
      tf.dispose([kT, ...(t0 ? [t0] : [])]);
    }
  };

  try {
    await runStepLoop({
      steps: batch.steps,
      evalSteps: batch.evalSteps,
      signal: hooks.signal,
      advance,
      evaluate: (step) => {
        const { w, a } = state as { w: tf.Tensor; a: tf.Tensor };
        return evaluatePredictions({ act, X, Xtest, W: w, a, B, m }, step, hooks.onEval);
      },
      // The first call runs few steps: it also pays the session's one-time graph setup, and its
      // measured time sizes the next calls.
      firstTargetMs: CHUNK_TARGET_MS,
      targetMs: GRAPH_CALL_TARGET_MS,
      growth: 8,
    });
    const { w, a } = state as { w: tf.Tensor; a: tf.Tensor };
    const [Wdata, adata] = await Promise.all([w.data(), a.data()]);
    return { W: Wdata as Float32Array, a: adata as Float32Array };
  } finally {
    tf.dispose([...Object.values(state), ...inputs.all, ...(blocks ?? [])]);
  }
}
