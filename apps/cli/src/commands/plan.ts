import os from 'node:os';
import { Option, type Command } from 'commander';
import { isSearchSweep, trialFlops, trialMemoryBytes, type TrialParams } from '@thresher/sweep';
import {
  isBackendRequest,
  selectBackend,
  trainTrial,
  type BackendRequest,
} from '@thresher/training';
import { CliError, ExitCode } from '../errors';
import { loadSweepFile, submittedTrials } from '../load-sweep-file';

interface PlanOptions {
  workers: number;
  backend: BackendRequest;
  calibrate: boolean;
  yes?: boolean;
}

/** One distinct tensor shape of the sweep and what its trials add up to. */
interface ShapeRow {
  n: number;
  width: number;
  d: number;
  trials: number;
  /** Steps of all its trials. */
  steps: number;
  gflop: number;
  /** Measured marginal seconds per step on this machine (one TensorFlow thread). */
  secondsPerStep?: number;
}

const shapeKey = (p: TrialParams) =>
  `${p.n}x${p.width}x${p.d}x${p.bias}x${p.optimizer}x${p.activation}`;

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('validate a sweep like submit and estimate its cost here, training nothing of it')
    .argument('<sweep>', 'sweep file (YAML or JSON)')
    .addOption(
      new Option(
        '--workers <n>',
        'workers to estimate the wall time for (one TensorFlow thread each)',
      )
        .argParser(Number)
        .default(os.availableParallelism()),
    )
    .option(
      '--backend <name>',
      'backend to time the shapes on: auto, tensorflow, wasm, cpu',
      'auto',
    )
    .option('--no-calibrate', 'skip timing the shapes (only trials, GFLOP and memory)')
    .option('--yes', 'accept grids of over a million trials')
    .action(async (file: string, options: PlanOptions) => {
      if (!Number.isInteger(options.workers) || options.workers < 1) {
        throw new CliError('--workers must be an integer >= 1', ExitCode.usage);
      }
      if (!isBackendRequest(options.backend)) {
        throw new CliError('--backend must be auto, tensorflow, wasm or cpu', ExitCode.usage);
      }
      const spec = await loadSweepFile(file, { yes: options.yes });
      // A searched sweep: round 0 only, later rounds depend on its results.
      const trials = submittedTrials(spec);
      const shapes = new Map<string, ShapeRow & { sample: TrialParams }>();
      let gflop = 0;
      let peakBytes = 0;
      for (const p of trials) {
        const flops = trialFlops(p);
        gflop += flops / 1e9;
        peakBytes = Math.max(peakBytes, trialMemoryBytes(p));
        const key = shapeKey(p);
        const row = shapes.get(key) ?? {
          n: p.n,
          width: p.width,
          d: p.d,
          trials: 0,
          steps: 0,
          gflop: 0,
          sample: p,
        };
        row.trials += 1;
        row.steps += p.steps;
        row.gflop += flops / 1e9;
        shapes.set(key, row);
      }
      const out = (line: string) => process.stdout.write(`${line}\n`);
      if (isSearchSweep(spec)) {
        out(
          `sweep ${spec.name} searches n: the figures below are its round 0; later rounds follow the results`,
        );
      }
      out(
        `sweep ${spec.name}: ${trials.length} trials, ${shapes.size} distinct shapes, ${gflop.toFixed(1)} GFLOP`,
      );
      out(
        `peak memory of one trial: ${(peakBytes / 2 ** 20).toFixed(1)} MiB (a slot trains a bundle of like trials: about this times the bundle size)`,
      );
      if (!options.calibrate) return;

      // One thread, as each local worker slot trains (the coordinator sizes threads per slot).
      process.env['TF_NUM_INTRAOP_THREADS'] ??= '1';
      process.env['TF_NUM_INTEROP_THREADS'] ??= '1';
      const backend = await selectBackend(options.backend, {
        warn: (m) => process.stderr.write(`${m}\n`),
      });
      let seconds = 0;
      for (const row of shapes.values()) {
        row.secondsPerStep = await timeStep(row.sample);
        seconds += row.steps * row.secondsPerStep;
      }
      const rows = [...shapes.values()].sort(
        (a, b) => b.steps * (b.secondsPerStep ?? 0) - a.steps * (a.secondsPerStep ?? 0),
      );
      out(`measured here on ${backend}, one thread per worker:`);
      out('  n      width  d    trials  GFLOP      ms/step   compute s');
      for (const r of rows.slice(0, 20)) {
        const ms = (r.secondsPerStep ?? 0) * 1000;
        out(
          `  ${String(r.n).padEnd(6)} ${String(r.width).padEnd(6)} ${String(r.d).padEnd(4)} ${String(r.trials).padEnd(7)} ${r.gflop.toFixed(2).padEnd(10)} ${ms.toFixed(3).padEnd(9)} ${(r.steps * (r.secondsPerStep ?? 0)).toFixed(1)}`,
        );
      }
      if (rows.length > 20) out(`  ... ${rows.length - 20} more shapes`);
      const longest = Math.max(...rows.map((r) => (r.secondsPerStep ?? 0) * r.sample.steps));
      const wall = Math.max(seconds / options.workers, longest);
      out(
        `compute ${formatSeconds(seconds)}; estimated wall on ${options.workers} worker${options.workers > 1 ? 's' : ''}: ${formatSeconds(wall)} ` +
          `(${(gflop / seconds).toFixed(2)} GFLOP/s per worker; evaluations and scheduling not included)`,
      );
    });
}

/** Marginal seconds per step: two short runs of one trial of the shape, the difference. */
async function timeStep(p: TrialParams): Promise<number> {
  const run = async (steps: number) => {
    const started = performance.now();
    const r = await trainTrial({
      ...p,
      steps,
      record_every: steps,
      test_size: 1,
      lr: Math.min(p.lr, 1e-3),
    });
    if (!r.ok) throw new CliError(`timing shape n=${p.n} width=${p.width}: ${r.error.message}`);
    return (performance.now() - started) / 1000;
  };
  await run(2); // warm-up: kernels, allocations
  const short = await run(5);
  const long = await run(25);
  return Math.max(0, long - short) / 20;
}

function formatSeconds(s: number): string {
  if (s < 120) return `${s.toFixed(1)} s`;
  if (s < 7200) return `${(s / 60).toFixed(1)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
