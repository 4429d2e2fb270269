import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialWeights, makeTrialData } from './trial-data';
import { trainFromState } from './train-from-state';

// The workspace root; CI places a copy of shared/ next to it, as in the dev tree.
const repoRoot = path.resolve(__dirname, '../../..');
const reference = path.resolve(repoRoot, '../shared/bench/reference_trial.py');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('replay against the numpy reference (shared/bench/reference_trial.py)', () => {
  it('reaches the same final train loss after 500 GD steps (relu)', async () => {
    // A larger init than the default so that 500 steps move the loss substantially.
    const p: TrialParams = {
      ...PARAM_DEFAULTS,
      n: 64,
      width: 32,
      seed: 5,
      init_scale: 0.5,
      test_size: 1,
      record_every: 1,
    };
    const data = makeTrialData(p);
    const init = initialWeights(p);
    const lr = 0.1;
    const steps = 500;
    const rows = (arr: Float32Array, cols: number) =>
      Array.from({ length: arr.length / cols }, (_, i) =>
        Array.from(arr.subarray(i * cols, i * cols + cols)),
      );
    const dir = mkdtempSync(path.join(tmpdir(), 'thresher-replay-'));
    const file = path.join(dir, 'state.json');
    writeFileSync(
      file,
      JSON.stringify({
        X: rows(data.X, 5),
        y: Array.from(data.y),
        W: rows(init.W, 5),
        a: Array.from(init.a),
        lr,
        steps,
        activation: 'relu',
      }),
    );
    const ref = JSON.parse(
      execFileSync('python3', [reference, 'replay', file], { encoding: 'utf8' }),
    ) as {
      train_loss: number;
      a_norm: number;
      W_norm: number;
    };
    const ours = await trainFromState({
      X: data.X,
      y: data.y,
      n: p.n,
      D: 5,
      W: init.W,
      a: init.a,
      lr,
      steps,
    });
    const initialLoss = Array.from(data.y).reduce((s, v) => s + v * v, 0) / (2 * p.n);
    expect(ref.train_loss).toBeLessThan(0.5 * initialLoss); // the replay exercises real dynamics
    expect(Math.abs(ours.train_loss - ref.train_loss) / ref.train_loss).toBeLessThan(1e-4);
    const aNorm = Math.hypot(...Array.from(ours.a));
    const wNorm = Math.hypot(...Array.from(ours.W));
    expect(Math.abs(aNorm - ref.a_norm) / ref.a_norm).toBeLessThan(1e-4);
    expect(Math.abs(wNorm - ref.W_norm) / ref.W_norm).toBeLessThan(1e-4);
  });
});
