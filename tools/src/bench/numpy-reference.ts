/**
 * The numpy peer of the training benchmarks: the project's own reference
 * (tools/reference/reference_trial.py, docs/science.md#the-replay-check), run with one BLAS
 * thread by the first python3 that has numpy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

// tools/src/bench or tools/dist/bench -> the workspace root.
export const REFERENCE = path.resolve(__dirname, '../../..', 'tools/reference/reference_trial.py');
/** Runs a timing script on the CPU clock of its process (tools/reference/cpu_clock.py). */
export const CPU_CLOCK = path.resolve(__dirname, '../../..', 'tools/reference/cpu_clock.py');

/** python3 on PATH first, then Debian's (Nx may put /usr/bin first on PATH). */
const PYTHONS = ['python3', '/usr/bin/python3'];

/** numpy's BLAS reads these when it loads: "numpy, one BLAS thread". */
const ONE_THREAD = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

let found: string | null | undefined;

/** The first python3 that imports numpy, or null (the figures then go without the peer). */
export function pythonWithNumpy(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const candidate of PYTHONS) {
    if (spawnSync(candidate, ['-c', 'import numpy']).status === 0) {
      found = candidate;
      break;
    }
  }
  return found;
}

/** Runs python with `args` and one BLAS thread; its stdout, or null when it fails or is missing. */
export function runNumpy(args: string[]): string | null {
  const python = pythonWithNumpy();
  if (!python) return null;
  try {
    return execFileSync(python, args, {
      encoding: 'utf8',
      env: { ...process.env, ...ONE_THREAD },
    });
  } catch {
    return null;
  }
}

export interface ReferenceTiming {
  trial_steps_per_s: number;
  /** Seconds per step of the whole batch. */
  s_per_step: number;
  gflops: number;
}

/**
 * `reference_trial.py time` at one shape (relu, GD), or null without python3 + numpy. `cpu`:
 * timed on the process's CPU clock instead of the wall clock.
 */
export function referenceTime(
  shape: {
    n: number;
    m: number;
    d: number;
    steps: number;
    batch?: number;
  },
  clock: 'wall' | 'cpu' = 'wall',
): ReferenceTiming | null {
  const args = ['--n', shape.n, '--m', shape.m, '--d', shape.d, '--steps', shape.steps];
  const script = [...(clock === 'cpu' ? [CPU_CLOCK] : []), REFERENCE, 'time'];
  const out = runNumpy([...script, ...args.map(String), '--batch', `${shape.batch ?? 1}`]);
  if (out === null) return null;
  try {
    return JSON.parse(out.trim().split('\n').at(-1) ?? '') as ReferenceTiming;
  } catch {
    return null;
  }
}

/**
 * `reference_trial.py trial-time`: one whole trial as numpy runs it (its steps and the same
 * evaluations as the trainer's curve: train and test predictions and losses), timed on the
 * process's CPU clock; ms in all and in evaluations, or null without python3 + numpy.
 */
export function referenceTrialTime(shape: {
  n: number;
  m: number;
  d: number;
  steps: number;
  testSize: number;
}): { ms: number; evalMs: number } | null {
  const { n, m, d, steps, testSize } = shape;
  const args = ['--n', n, '--m', m, '--d', d, '--steps', steps, '--test-size', testSize];
  const out = runNumpy([CPU_CLOCK, REFERENCE, 'trial-time', ...args.map(String)]);
  if (out === null) return null;
  try {
    const r = JSON.parse(out.trim().split('\n').at(-1) ?? '') as {
      seconds: number;
      eval_seconds: number;
    };
    return { ms: r.seconds * 1000, evalMs: r.eval_seconds * 1000 };
  } catch {
    return null;
  }
}
