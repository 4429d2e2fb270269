import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  PARAM_DEFAULTS,
  type Activation,
  type OptimizerKind,
  type TrialParams,
} from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { initialWeights, makeTrialData } from './trial-data';
import { trainFromState } from './train-from-state';

// The project's own numpy reference (docs/science.md#the-replay-check), from the repository root.
const repoRoot = path.resolve(__dirname, '../../..');
const reference = path.join(repoRoot, 'tools/reference/reference_trial.py');

/** python3 on PATH first (Nx may put /usr/bin first), then Debian's; the first with numpy. */
const PYTHONS = ['python3', '/usr/bin/python3'];

let python: string | undefined;
function pythonWithNumpy(): string {
  if (python) return python;
  for (const candidate of PYTHONS) {
    const probe = spawnSync(candidate, ['-c', 'import numpy'], { encoding: 'utf8' });
    if (probe.status === 0) return (python = candidate);
  }
  throw new Error(
    `the replay test needs numpy for the reference ${path.relative(repoRoot, reference)}, ` +
      `and none of ${PYTHONS.join(', ')} imports it: run \`pip install numpy\` ` +
      '(or `apt-get install python3-numpy`)',
  );
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The eager engine on the cpu backend, and the graph engine (native backend only). */
const ENGINES = [
  { backend: 'cpu', engine: 'eager' },
  { backend: 'tensorflow', engine: 'graph' },
] as const;
type EngineCase = (typeof ENGINES)[number];

const TOL = 1e-5;

interface Case {
  activation: Activation;
  optimizer: OptimizerKind;
  lr: number;
}

async function replay({ activation, optimizer, lr }: Case, engine: EngineCase) {
  await selectBackend(engine.backend);
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
  const D = data.D;
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
      X: rows(data.X, D),
      y: Array.from(data.y),
      W: rows(init.W, D),
      a: Array.from(init.a),
      lr,
      steps,
      activation,
      optimizer,
    }),
  );
  const ref = JSON.parse(
    execFileSync(pythonWithNumpy(), [reference, 'replay', file], { encoding: 'utf8' }),
  ) as { train_loss: number; a_norm: number; W_norm: number };
  const ours = await trainFromState(
    {
      X: data.X,
      y: data.y,
      n: p.n,
      D,
      W: init.W,
      a: init.a,
      lr,
      steps,
      activation,
      optimizer,
    },
    { engine: engine.engine },
  );
  const initialLoss = Array.from(data.y).reduce((s, v) => s + v * v, 0) / (2 * p.n);
  return { ref, ours, initialLoss };
}

describe.each(ENGINES)(
  'replay against the numpy reference (tools/reference/reference_trial.py), $engine engine',
  (engine) => {
    it.each<Case>([
      { activation: 'relu', optimizer: 'gd', lr: 0.1 },
      { activation: 'gelu', optimizer: 'gd', lr: 0.1 },
      { activation: 'relu', optimizer: 'adam', lr: 0.01 },
    ])('reaches the same final state after 500 steps ($activation, $optimizer)', async (c) => {
      const { ref, ours, initialLoss } = await replay(c, engine);
      expect(ref.train_loss).toBeLessThan(0.5 * initialLoss); // the replay exercises real dynamics
      // Seen: relative differences below 1e-6 (float32 rounding). GELU's tanh approximation in
      // place of the exact x * Phi(x) moves this loss by about 1e-4, so 1e-5 tells them apart.
      expect(Math.abs(ours.train_loss - ref.train_loss) / ref.train_loss).toBeLessThan(TOL);
      const aNorm = Math.hypot(...Array.from(ours.a));
      const wNorm = Math.hypot(...Array.from(ours.W));
      expect(Math.abs(aNorm - ref.a_norm) / ref.a_norm).toBeLessThan(TOL);
      expect(Math.abs(wNorm - ref.W_norm) / ref.W_norm).toBeLessThan(TOL);
    });
  },
);
