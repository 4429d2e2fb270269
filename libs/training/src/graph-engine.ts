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

/** What the graph engine needs of tfjs-node's TFSavedModel (predict runs the signature). */
export interface TrainingGraph {
  predict(inputs: tf.NamedTensorMap): tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
  dispose(): void;
}

/**
 * tfjs-node runs a SavedModel synchronously, so one call blocks the event loop (heartbeats,
 * cancellation) for its whole length: calls are sized to about this long. Above the eager
 * engine's chunk target because a call has a fixed cost (~0.1 ms) and the loop has none.
 */
export const GRAPH_CALL_TARGET_MS = 100;

/**
 * The graph engine: the same formulation as the eager engine (see engine.ts), with the steps
 * between two evaluations run by one SavedModel call (a tf.while_loop of k steps, built by
 * libs/training/graphs/generate.py). Evaluation stays eager, once per evaluated step. Disposes
 * every tensor it makes, the graph's outputs included.
 */
export async function runGraphEngine(
  batch: EngineBatch,
  hooks: EngineHooks,
  graph: TrainingGraph,
): Promise<{ W: Float32Array; a: Float32Array }> {
  const { B, D, m } = batch;
  const act = ACTIVATIONS[batch.activation];
  const adam = batch.optimizer === 'adam';
  const inputs = batchInputs(batch);
  const { X, y, Xtest, scale, lr } = inputs;
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

  const advance = (from: number, k: number): void => {
    const kT = tf.scalar(k, 'int32');
    const t0 = adam ? tf.scalar(from, 'int32') : undefined;
    try {
      const inputs: tf.NamedTensorMap = { x: X, y, scale, k: kT, ...state };
      if (adam) Object.assign(inputs, { lr, t0 });
      const out = graph.predict(inputs) as tf.NamedTensorMap;
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
    tf.dispose([...Object.values(state), ...inputs.all]);
  }
}
