import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs the project's independent numpy reference (tools/reference/reference_trial.py,
 * docs/science.md#the-replay-check) in float64 on a state made by the tests.
 */

const repoRoot = path.resolve(__dirname, '../../../..');
export const REFERENCE = path.join(repoRoot, 'tools/reference/reference_trial.py');

/** float32's unit roundoff: the relative error of one rounding to float32. */
export const F32_EPS = 2 ** -24;

/** python3 on PATH first (Nx may put /usr/bin first), then Debian's; the first with numpy. */
const PYTHONS = ['python3', '/usr/bin/python3'];

let python: string | undefined;
export function pythonWithNumpy(): string {
  if (python) return python;
  for (const candidate of PYTHONS) {
    const probe = spawnSync(candidate, ['-c', 'import numpy'], { encoding: 'utf8' });
    if (probe.status === 0) return (python = candidate);
  }
  throw new Error(
    `the reference checks need numpy for ${path.relative(repoRoot, REFERENCE)}, ` +
      `and none of ${PYTHONS.join(', ')} imports it: run \`pip install numpy\` ` +
      '(or `apt-get install python3-numpy`)',
  );
}

/** A row-major matrix as the reference's JSON wants it: a list of rows. */
export function rows(arr: ArrayLike<number>, cols: number): number[][] {
  return Array.from({ length: arr.length / cols }, (_, i) =>
    Array.from({ length: cols }, (_, k) => arr[i * cols + k] as number),
  );
}

/**
 * Runs `mode` (replay or trial) on `state` in float64; `perturb` = [eps, seed] adds the
 * reference's model of float32 rounding (see its --perturb) to measure how far it is amplified.
 */
export function runReference<T>(
  mode: 'replay' | 'trial',
  state: Record<string, unknown>,
  perturb?: readonly [number, number],
): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-reference-'));
  try {
    const file = path.join(dir, 'state.json');
    writeFileSync(file, JSON.stringify(state));
    const flags = perturb
      ? ['--perturb', String(perturb[0]), '--perturb-seed', String(perturb[1])]
      : [];
    const out = execFileSync(pythonWithNumpy(), [REFERENCE, mode, file, '--float64', ...flags], {
      encoding: 'utf8',
    });
    return JSON.parse(out) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** |x - ref| / |ref| (0 when both are 0). */
export function relErr(x: number, ref: number): number {
  return x === ref ? 0 : Math.abs(x - ref) / Math.abs(ref);
}
