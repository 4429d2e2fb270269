import * as tf from '@tensorflow/tfjs-core';
import { batchInputs, CHUNK_TARGET_MS, type EngineBatch, type EngineHooks } from './engine';
import { runStepLoop } from './step-loop';
import { predictXla, stepPlan, type StepPlan } from './step-plan';

/** What the graph engine needs of tfjs-node's TFSavedModel (predict runs the signature). */
export interface TrainingGraph {
  predict(inputs: tf.NamedTensorMap): tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
  dispose(): void;
}

/** One SavedModel's signatures: the full-width step, the row-blocked one, the predictions. */
export interface GraphForms {
  full: TrainingGraph;
  blocked: TrainingGraph;
  /** f = act(x W) a^T of rows in blocks (x: B x nb x R x D) -> B x nb*R. */
  predict: TrainingGraph;
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
 * Per graph variant, what this process ran uncompiled at each shape: trial-steps at each
 * full-width step shape (B x nmax x D x m), hidden elements evaluated at each `predict` shape;
 * Infinity once XLA compiled it. The variant's XLA forms keep their compiled executables for
 * the life of the process (the graphs are loaded once, select-engine.ts), so a compiled shape
 * costs nothing more to run compiled.
 */
const shapesRun = new WeakMap<TrainingGraphs, Map<string, number>>();

function shapeHistory(graphs: TrainingGraphs): Map<string, number> {
  let seen = shapesRun.get(graphs);
  if (!seen) {
    seen = new Map();
    shapesRun.set(graphs, seen);
  }
  return seen;
}

/**
 * Hidden-activation elements (B x R x m) of one block of the `predict` signature. Measured
 * (docs/graph-engine.md#evaluation: AMD EPYC, TF 2.21, one thread), 10 000 rows at m = 1024, B
 * = 1: 2^20 4.6 ms an evaluation, 2^19 5.5, 2^18 6.8, 2^21 8.5, against 18 ms for the eager
 * matmul, act and matvec over all rows at once.
 */
export const PREDICT_BLOCK_ELEMENTS = 1 << 20;

/** Blocks of R rows for predicting `rows` rows per trial: nb blocks, the last zero-padded. */
function evalBlocks(rows: number, B: number, m: number): { R: number; nb: number } {
  const R = Math.min(rows, Math.max(1, Math.floor(PREDICT_BLOCK_ELEMENTS / (B * m))));
  return { R, nb: Math.ceil(rows / R) };
}

/**
 * The train and test rows of every trial as one input of the `predict` signature (B x nb x R
 * x D: each trial's nmax train rows, its T test rows, zero rows), made once per batch: an
 * evaluation is then one native call and one download, where the eager one is two predictions
 * of three ops each, the test one streaming B x T x m arrays through memory.
 */
function evalRows(X: tf.Tensor, Xtest: tf.Tensor | undefined, R: number, nb: number): tf.Tensor {
  return tf.tidy(() => {
    const all = Xtest ? tf.concat([X, Xtest], 1) : X;
    const [B, rows, D] = all.shape as [number, number, number];
    const padded = tf.pad(all, [
      [0, 0],
      [0, nb * R - rows],
      [0, 0],
    ]);
    return tf.reshape(padded, [B, nb, R, D]);
  });
}

/**
 * The graph engine: the same formulation as the eager engine (see engine.ts), with the steps
 * between two evaluations run by one SavedModel call (a tf.while_loop of k steps, built by
 * libs/training/graphs/generate.py), in the form stepPlan picks for the batch's shape (or
 * `plan`). An evaluation is one call of the `predict` signature, XLA-compiled once the process
 * evaluated enough at its shape (predictXla). Disposes every tensor it makes, the graph's
 * outputs included.
 */
export async function runGraphEngine(
  batch: EngineBatch,
  hooks: EngineHooks,
  graphs: TrainingGraphs,
  plan?: StepPlan,
): Promise<{ W: Float32Array; a: Float32Array }> {
  const { B, D, m, nmax, T } = batch;
  const seen = shapeHistory(graphs);
  const stepKey = `step:${B}x${nmax}x${D}x${m}`;
  plan ??= stepPlan({ B, nmax, m, steps: batch.steps }, !!graphs.xla, seen.get(stepKey));
  const { R, nb } = evalBlocks(nmax + T, B, m);
  const perTrial = nb * R;
  const evalKey = `predict:${B}x${perTrial}x${D}x${m}`;
  const evalElements = batch.evalSteps.length * B * perTrial * m;
  const evalXla = !!graphs.xla && predictXla(seen.get(evalKey), evalElements);
  const xlaForms = plan.xla || evalXla ? await graphs.xla?.() : undefined;
  const adam = batch.optimizer === 'adam';
  const inputs = batchInputs(batch);
  const { X, y, Xtest, scale, lr } = inputs;
  // Training takes the rows in the plan's layout; evaluation its own (evalRows).
  const blocks = plan.rows > 0 ? rowBlocks(X, y, plan.rows) : undefined;
  const [xTrain, yTrain] = blocks ?? [X, y];
  const evalX = evalRows(X, Xtest, R, nb);
  const form = plan.rows > 0 ? 'blocked' : 'full';
  const step = compiledOrNot(plan.xla ? xlaForms?.[form] : undefined, graphs[form]);
  const predict = compiledOrNot(evalXla ? xlaForms?.predict : undefined, graphs.predict);
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
      const inputs: tf.NamedTensorMap = { x: xTrain, y: yTrain, scale, k: kT, ...state };
      if (adam) Object.assign(inputs, { lr, t0 });
      const out = step.run(inputs);
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
      evaluate: async (at) => {
        const { w, a } = state as { w: tf.Tensor; a: tf.Tensor };
        const f = predict.run({ x: evalX, w, a })['f'];
        if (!f) throw new Error("training graph returned no 'f'");
        try {
          // The weights come back with the predictions: aligned_fraction at every curve step.
          const [all, wData, aData] = await Promise.all([f.data(), w.data(), a.data()]);
          const [ftrain, ftest] = splitPredictions(all as Float32Array, B, perTrial, nmax, T);
          return hooks.onEval(at, ftrain, ftest, {
            W: wData as Float32Array,
            a: aData as Float32Array,
          });
        } finally {
          f.dispose();
        }
      },
      // The first call runs few steps: it also pays the session's one-time graph setup, and its
      // measured time sizes the next calls.
      firstTargetMs: CHUNK_TARGET_MS,
      targetMs: GRAPH_CALL_TARGET_MS,
      growth: 8,
    });
    // Compiled: XLA keeps the executable for the process, so later batches of the shape run it
    // at no cost; else this batch's work counts towards compiling it (stepPlan, predictXla).
    seen.set(stepKey, step.compiled() ? Infinity : (seen.get(stepKey) ?? 0) + B * batch.steps);
    seen.set(evalKey, predict.compiled() ? Infinity : (seen.get(evalKey) ?? 0) + evalElements);
    const { w, a } = state as { w: tf.Tensor; a: tf.Tensor };
    const [Wdata, adata] = await Promise.all([w.data(), a.data()]);
    return { W: Wdata as Float32Array, a: adata as Float32Array };
  } finally {
    tf.dispose([...Object.values(state), ...inputs.all, ...(blocks ?? []), evalX]);
  }
}

/**
 * Runs `compiled` (an XLA form) where given, else `plain`. XLA compiles a graph for each new
 * shape on its first call; should that call fail (a shape or runtime it cannot compile), it and
 * every later call run `plain` with the same inputs: the caller replaces its state only after a
 * call succeeds, so the retry starts from the same weights.
 */
function compiledOrNot(
  compiled: TrainingGraph | undefined,
  plain: TrainingGraph,
): { run: (inputs: tf.NamedTensorMap) => tf.NamedTensorMap; compiled: () => boolean } {
  let graph = compiled ?? plain;
  let untried = compiled !== undefined;
  return {
    run: (inputs) => {
      if (!untried) return graph.predict(inputs) as tf.NamedTensorMap;
      untried = false;
      try {
        return graph.predict(inputs) as tf.NamedTensorMap;
      } catch {
        graph = plain;
        return graph.predict(inputs) as tf.NamedTensorMap;
      }
    },
    compiled: () => compiled !== undefined && graph === compiled,
  };
}

/** Per trial, `perTrial` predictions: nmax train rows, T test rows, padding. */
function splitPredictions(
  all: Float32Array,
  B: number,
  perTrial: number,
  nmax: number,
  T: number,
): [Float32Array, Float32Array] {
  if (B === 1) return [all.subarray(0, nmax), all.subarray(nmax, nmax + T)];
  const ftrain = new Float32Array(B * nmax);
  const ftest = new Float32Array(B * T);
  for (let b = 0; b < B; b++) {
    const at = b * perTrial;
    ftrain.set(all.subarray(at, at + nmax), b * nmax);
    ftest.set(all.subarray(at + nmax, at + nmax + T), b * T);
  }
  return [ftrain, ftest];
}
