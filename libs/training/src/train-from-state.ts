import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OptimizerKind } from '@thresher/sweep';
import { runEngine } from './run-engine';
import type { EngineRequest } from './select-engine';

/** A given initial state and data, as in the reference's `replay` mode. Row-major float32. */
export interface TrainingState {
  /** n rows of D */
  X: Float32Array;
  y: Float32Array;
  n: number;
  D: number;
  /** width rows of D: row j is w_j */
  W: Float32Array;
  a: Float32Array;
  lr: number;
  steps: number;
  activation?: Activation;
  optimizer?: OptimizerKind;
}

/**
 * Trains from `state` with the same engine as trainTrial (for checks against an independent
 * implementation); returns the final weights (W row-major, width rows of D) and train loss.
 */
export async function trainFromState(
  state: TrainingState,
  opts: { engine?: EngineRequest } = {},
): Promise<{ W: Float32Array; a: Float32Array; train_loss: number }> {
  await tf.ready();
  const { n, D, steps } = state;
  const m = state.a.length;
  const Wt = new Float32Array(D * m);
  for (let j = 0; j < m; j++)
    for (let k = 0; k < D; k++) Wt[k * m + j] = state.W[j * D + k] as number;
  let trainLoss = NaN;
  const out = await runEngine(
    {
      B: 1,
      nmax: n,
      D,
      m,
      T: 0,
      X: state.X,
      y: state.y,
      Xtest: new Float32Array(0),
      W: Wt,
      a: state.a,
      n: [n],
      lr: [state.lr],
      activation: state.activation ?? 'relu',
      optimizer: state.optimizer ?? 'gd',
      steps,
      evalSteps: [steps],
    },
    {
      onEval: (_step, f) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += ((f[i] as number) - (state.y[i] as number)) ** 2;
        trainLoss = s / (2 * n);
      },
    },
    { engine: opts.engine },
  );
  const W = new Float32Array(m * D);
  for (let j = 0; j < m; j++) for (let k = 0; k < D; k++) W[j * D + k] = out.W[k * m + j] as number;
  return { W, a: out.a, train_loss: trainLoss };
}
