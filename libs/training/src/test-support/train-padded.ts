import * as tf from '@tensorflow/tfjs-core';
import { runEngine } from '../run-engine';
import type { EngineRequest } from '../select-engine';
import type { TrainingState } from '../train-from-state';

/**
 * Trains several states as one zero-padded batch of the engine (as trainBatch does with trials
 * of unequal n and width) and returns each trial's final weights (W row-major, its own width
 * rows of D) and train loss. The states must share D, activation, optimizer and steps.
 */
export async function trainPadded(
  states: readonly TrainingState[],
  engine: EngineRequest,
): Promise<{ W: Float32Array; a: Float32Array; train_loss: number }[]> {
  await tf.ready();
  const first = states[0] as TrainingState;
  const { D, steps } = first;
  const B = states.length;
  const nmax = Math.max(...states.map((s) => s.n));
  const m = Math.max(...states.map((s) => s.a.length));
  const X = new Float32Array(B * nmax * D);
  const y = new Float32Array(B * nmax);
  const W = new Float32Array(B * D * m);
  const a = new Float32Array(B * m);
  states.forEach((s, b) => {
    X.set(s.X, b * nmax * D);
    y.set(s.y, b * nmax);
    a.set(s.a, b * m);
    for (let j = 0; j < s.a.length; j++)
      for (let k = 0; k < D; k++) W[b * D * m + k * m + j] = s.W[j * D + k] as number;
  });
  const losses = states.map(() => NaN);
  const out = await runEngine(
    {
      B,
      nmax,
      D,
      m,
      T: 0,
      X,
      y,
      Xtest: new Float32Array(0),
      W,
      a,
      n: states.map((s) => s.n),
      lr: states.map((s) => s.lr),
      activation: first.activation ?? 'relu',
      optimizer: first.optimizer ?? 'gd',
      steps,
      evalSteps: [steps],
    },
    {
      onEval: (_step, f) => {
        states.forEach((s, b) => {
          let sum = 0;
          for (let i = 0; i < s.n; i++)
            sum += ((f[b * nmax + i] as number) - (s.y[i] as number)) ** 2;
          losses[b] = sum / (2 * s.n);
        });
      },
    },
    { engine },
  );
  return states.map((s, b) => {
    const width = s.a.length;
    const Wb = new Float32Array(width * D);
    for (let j = 0; j < width; j++)
      for (let k = 0; k < D; k++) Wb[j * D + k] = out.W[b * D * m + k * m + j] as number;
    return { W: Wb, a: out.a.slice(b * m, b * m + width), train_loss: losses[b] as number };
  });
}
