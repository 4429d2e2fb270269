/**
 * The JAX peer of the training benchmarks (tools/reference/jax_trial.py: jax.jit +
 * lax.fori_loop, one XLA thread), run by the first python that imports jax:
 * $THRESHER_JAX_PYTHON, tools/.venv-jax (see BENCHMARKS.md), then python3.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { CPU_CLOCK, type ReferenceTiming } from './numpy-reference';

// tools/src/bench or tools/dist/bench -> the workspace root.
const ROOT = path.resolve(__dirname, '../../..');
export const JAX_REFERENCE = path.join(ROOT, 'tools/reference/jax_trial.py');

let found: string | null | undefined;

/** The first python that imports jax, or null (the figures then go without this peer). */
export function pythonWithJax(): string | null {
  if (found !== undefined) return found;
  found = null;
  const candidates = [
    process.env['THRESHER_JAX_PYTHON'],
    path.join(ROOT, 'tools/.venv-jax/bin/python'),
    'python3',
  ];
  for (const candidate of candidates) {
    if (candidate && spawnSync(candidate, ['-c', 'import jax']).status === 0) {
      found = candidate;
      break;
    }
  }
  return found;
}

export interface JaxTiming extends ReferenceTiming {
  jax: string;
}

/** jax_trial.py at one shape (relu, GD), or null without a python with jax; `cpu`: as in referenceTime. */
export function jaxTime(
  shape: {
    n: number;
    m: number;
    d: number;
    steps: number;
    batch?: number;
  },
  clock: 'wall' | 'cpu' = 'wall',
): JaxTiming | null {
  const python = pythonWithJax();
  if (!python) return null;
  const args = ['--n', shape.n, '--m', shape.m, '--d', shape.d, '--steps', shape.steps];
  try {
    const out = execFileSync(
      python,
      [
        ...(clock === 'cpu' ? [CPU_CLOCK] : []),
        JAX_REFERENCE,
        ...args.map(String),
        '--batch',
        `${shape.batch ?? 1}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return JSON.parse(out.trim().split('\n').at(-1) ?? '') as JaxTiming;
  } catch {
    return null;
  }
}
