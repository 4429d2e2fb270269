/**
 * A whole trial as a user sees it: `thresher run --workers 1` on a one-trial sweep (CLI,
 * coordinator, worker start, training with evaluations, report), per training engine, next to
 * the numpy ideal for the same steps (the reference's marginal step time x steps, no start-up).
 *
 *   node tools/dist/bench/training-e2e-bench.js [--steps 30000] [--engines graph,eager]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './bench-processes';
import { referenceTime } from './numpy-reference';

export interface TrainingE2eRow {
  engine: string;
  n: number;
  width: number;
  d: number;
  steps: number;
  /** Wall time of `thresher run`, start to exit. */
  wall_s: number;
  /** numpy's marginal step time x steps (one BLAS thread), null without python3 + numpy. */
  numpy_ideal_s: number | null;
  /** numpy ideal / wall: above 1, the whole run beats numpy's training loop alone. */
  ratio: number | null;
}

export async function benchTrainingEndToEnd(opts: {
  steps: number;
  engines: string[];
  shape?: { n: number; width: number; d: number };
}): Promise<TrainingE2eRow[]> {
  const { n, width, d } = opts.shape ?? { n: 512, width: 256, d: 5 };
  const ref = referenceTime({ n, m: width, d, steps: Math.min(opts.steps, 2000) });
  const rows: TrainingE2eRow[] = [];
  for (const engine of opts.engines) {
    const dir = mkdtempSync(path.join(tmpdir(), 'thresher-bench-e2e-'));
    try {
      const sweep = path.join(dir, 'one-trial.json');
      writeFileSync(
        sweep,
        JSON.stringify({ name: 'e2e', grid: { n: [n] }, fixed: { width, d, steps: opts.steps } }),
      );
      const args = ['run', sweep, '--workers', '1', '--no-progress', '--backend', 'tensorflow'];
      args.push(
        '--db',
        path.join(dir, 'e2e.db'),
        '--format',
        'json',
        '--out',
        path.join(dir, 'r.json'),
      );
      const saved = process.env['THRESHER_ENGINE'];
      process.env['THRESHER_ENGINE'] = engine; // the worker inherits it through the CLI
      let ms: number;
      try {
        ({ ms } = await runCli(args, 30 * 60_000));
      } finally {
        if (saved === undefined) delete process.env['THRESHER_ENGINE'];
        else process.env['THRESHER_ENGINE'] = saved;
      }
      const ideal = ref ? ref.s_per_step * opts.steps : null;
      rows.push({
        engine,
        n,
        width,
        d,
        steps: opts.steps,
        wall_s: round(ms / 1000),
        numpy_ideal_s: ideal === null ? null : round(ideal),
        ratio: ideal === null ? null : round(ideal / (ms / 1000)),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  benchTrainingEndToEnd({
    steps: Number(arg('--steps') ?? 30_000),
    engines: (arg('--engines') ?? 'graph,eager').split(','),
  }).then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
