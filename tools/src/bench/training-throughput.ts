/**
 * Training throughput: trial-steps per second and GFLOP/s (6 * n * width * d flops per
 * trial-step) of @thresher/training on the given backends, next to the numpy reference
 * (tools/reference/reference_trial.py, one BLAS thread) measured in the same call.
 *
 *   node tools/dist/bench/training-throughput.js [--backends cpu,wasm] [--repeats 3] [--quick]
 */
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import {
  selectBackend,
  trainBatch,
  type BackendRequest,
  type EngineName,
} from '@thresher/training';
import { referenceTime } from './numpy-reference';

export interface TrainingBenchRow {
  /** The backend, and ' graph' for the graph engine (on tensorflow; the others run eager). */
  backend: string;
  engine: EngineName;
  /** single: one trial; batched: `batch` trials as one vectorized batch; sequential: one after another. */
  mode: 'single' | 'batched' | 'sequential';
  n: number;
  width: number;
  d: number;
  batch: number;
  steps: number;
  trial_steps_per_s: number;
  gflops: number;
  /** numpy reference for the same shape (batched: --batch; sequential: batch 1). */
  reference_trial_steps_per_s: number | null;
  reference_gflops: number | null;
  /** ours / reference trial-steps per second. */
  ratio: number | null;
}

interface BenchCase {
  mode: TrainingBenchRow['mode'];
  n: number;
  width: number;
  d: number;
  batch: number;
}

const CASES: BenchCase[] = [
  { mode: 'single', n: 512, width: 256, d: 5, batch: 1 },
  { mode: 'single', n: 4096, width: 1024, d: 20, batch: 1 },
  { mode: 'single', n: 4096, width: 1024, d: 5, batch: 1 },
  { mode: 'batched', n: 64, width: 256, d: 5, batch: 16 },
  { mode: 'sequential', n: 64, width: 256, d: 5, batch: 16 },
];

function trials(c: BenchCase, steps: number): TrialParams[] {
  return Array.from({ length: c.batch }, (_, seed) => ({
    ...PARAM_DEFAULTS,
    n: c.n,
    width: c.width,
    d: c.d,
    seed,
    steps,
    record_every: Math.max(1, steps),
    test_size: 1,
  }));
}

/** Wall time of training the case for `steps` steps (data generation included, it is small). */
async function timeCase(c: BenchCase, steps: number, engine: EngineName): Promise<number> {
  const started = performance.now();
  if (c.mode === 'sequential') {
    for (const t of trials(c, steps)) await trainBatch([t], { engine });
  } else {
    await trainBatch(trials(c, steps), { engine });
  }
  return performance.now() - started;
}

function reference(
  c: BenchCase,
  quick: boolean,
): { trial_steps_per_s: number; gflops: number } | null {
  const batch = c.mode === 'batched' ? c.batch : 1;
  const flopsPerStep = 6 * c.n * c.width * c.d * batch;
  const steps = Math.max(5, Math.min(5000, Math.round((quick ? 1e9 : 1e10) / flopsPerStep)));
  const ref = referenceTime({ n: c.n, m: c.width, d: c.d, steps, batch });
  // null: python3 or numpy missing, the row keeps our figures only
  return ref && { trial_steps_per_s: ref.trial_steps_per_s, gflops: ref.gflops };
}

export async function benchTraining(opts: {
  backends: string[];
  repeats: number;
  quick?: boolean;
}): Promise<TrainingBenchRow[]> {
  const quick = opts.quick ?? false;
  const targetMs = quick ? 400 : 2000;
  const refs = CASES.map((c) => reference(c, quick));
  const rows: TrainingBenchRow[] = [];
  // The native backend runs both engines: eager (as before the graph engine) and graph.
  const runs = opts.backends.flatMap((backend) =>
    backend === 'tensorflow'
      ? [
          { backend, engine: 'eager' as const, label: backend },
          { backend, engine: 'graph' as const, label: `${backend} graph` },
        ]
      : [{ backend, engine: 'eager' as const, label: backend }],
  );
  for (const { backend, engine, label } of runs) {
    await selectBackend(backend as BackendRequest);
    for (const [i, c] of CASES.entries()) {
      // Marginal cost per step: (T(steps) - T(1)) / (steps - 1) leaves out data generation,
      // evaluation and tensor upload, which do not grow with steps. Best of `repeats`.
      await timeCase(c, 1, engine); // warm-up (kernel compilation, first allocations)
      const perStep = Math.max(
        0.01,
        ((await timeCase(c, 4, engine)) - (await timeCase(c, 1, engine))) / 3,
      );
      // The graph engine's steps are cheap enough that 5000 may take under targetMs.
      const maxSteps = engine === 'graph' ? 50_000 : 5000;
      const steps = Math.max(4, Math.min(maxSteps, Math.round(targetMs / perStep)));
      let base = Infinity;
      let full = Infinity;
      for (let r = 0; r < Math.max(1, opts.repeats); r++) {
        base = Math.min(base, await timeCase(c, 1, engine));
        full = Math.min(full, await timeCase(c, steps, engine));
      }
      const best = Math.max(full - base, 1e-3) * (steps / (steps - 1));
      const trialSteps = (c.batch * steps) / (best / 1000);
      const ref = refs[i] ?? null;
      rows.push({
        backend: label,
        engine,
        mode: c.mode,
        n: c.n,
        width: c.width,
        d: c.d,
        batch: c.batch,
        steps,
        trial_steps_per_s: round(trialSteps),
        gflops: round((trialSteps * 6 * c.n * c.width * c.d) / 1e9),
        reference_trial_steps_per_s: ref?.trial_steps_per_s ?? null,
        reference_gflops: ref?.gflops ?? null,
        ratio: ref ? round(trialSteps / ref.trial_steps_per_s) : null,
      });
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
  benchTraining({
    backends: (arg('--backends') ?? 'cpu,wasm').split(','),
    repeats: Number(arg('--repeats') ?? 3),
    quick: argv.includes('--quick'),
  }).then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
