/**
 * Training throughput: trial-steps per second and GFLOP/s (6 * n * width * d flops per
 * trial-step) of @thresher/training on the given backends, next to two peers measured in the
 * same call, shape by shape just before ours (so that a neighbour's load hits all three alike):
 * the numpy reference (tools/reference/reference_trial.py, one BLAS thread) and JAX
 * (tools/reference/jax_trial.py, one XLA thread). The load average is kept with each row.
 *
 *   node tools/dist/bench/training-throughput.js [--backends cpu,wasm] [--repeats 3] [--quick]
 *     [--engines graph]   (on tensorflow: only these of graph, eager; default both)
 */
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import {
  selectBackend,
  trainBatch,
  type BackendRequest,
  type EngineName,
} from '@thresher/training';
import os from 'node:os';
import { jaxTime } from './jax-reference';
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
  /** JAX peer for the same shape (batched: --batch; sequential: batch 1), and ours / JAX. */
  jax_trial_steps_per_s: number | null;
  jax_ratio: number | null;
  /**
   * The same three on each process's CPU clock (ours: process.cpuUsage, every thread; the
   * peers: tools/reference/cpu_clock.py): each runs one compute thread, so its CPU time is its
   * speed alone, where the wall clock also counts the waits for a core on a loaded machine.
   */
  cpu_trial_steps_per_s: number;
  reference_cpu_trial_steps_per_s: number | null;
  jax_cpu_trial_steps_per_s: number | null;
  cpu_ratio: number | null;
  jax_cpu_ratio: number | null;
  /** 1-minute load average when the row's timing ended (2 cores: above 2, a neighbour ran). */
  load: number;
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

/** Wall and CPU ms of training the case for `steps` steps (data generation included, it is small). */
async function timeCase(
  c: BenchCase,
  steps: number,
  engine: EngineName,
): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (c.mode === 'sequential') {
    for (const t of trials(c, steps)) await trainBatch([t], { engine });
  } else {
    await trainBatch(trials(c, steps), { engine });
  }
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

interface Peers {
  numpy: { trial_steps_per_s: number; gflops: number } | null;
  jax: { trial_steps_per_s: number } | null;
  numpyCpu: number | null;
  jaxCpu: number | null;
}

/** Both peers at the case's shape (null: python3 with numpy / jax missing). */
function peers(c: BenchCase, quick: boolean): Peers {
  const batch = c.mode === 'batched' ? c.batch : 1;
  const flopsPerStep = 6 * c.n * c.width * c.d * batch;
  const steps = Math.max(5, Math.min(5000, Math.round((quick ? 1e9 : 1e10) / flopsPerStep)));
  const shape = { n: c.n, m: c.width, d: c.d, steps, batch };
  // JAX's steps are cheaper: twice as many keep its timed call as long as numpy's.
  const jaxShape = { ...shape, steps: Math.min(10_000, 2 * steps) };
  const ref = referenceTime(shape);
  const jax = jaxTime(jaxShape);
  return {
    numpy: ref && { trial_steps_per_s: ref.trial_steps_per_s, gflops: ref.gflops },
    jax: jax && { trial_steps_per_s: jax.trial_steps_per_s },
    numpyCpu: referenceTime(shape, 'cpu')?.trial_steps_per_s ?? null,
    jaxCpu: jaxTime(jaxShape, 'cpu')?.trial_steps_per_s ?? null,
  };
}

export async function benchTraining(opts: {
  backends: string[];
  repeats: number;
  quick?: boolean;
  /** The engines run on the native backend (default both). */
  engines?: EngineName[];
}): Promise<TrainingBenchRow[]> {
  const engines = opts.engines ?? ['eager', 'graph'];
  const quick = opts.quick ?? false;
  const targetMs = quick ? 400 : 2000;
  const rows: TrainingBenchRow[] = [];
  // The native backend runs both engines: eager (as before the graph engine) and graph.
  const runs = opts.backends.flatMap((backend) =>
    backend === 'tensorflow'
      ? engines.map((engine) => ({
          backend,
          engine,
          label: engine === 'graph' ? `${backend} graph` : backend,
        }))
      : [{ backend, engine: 'eager' as const, label: backend }],
  );
  for (const c of CASES) {
    const peer = peers(c, quick);
    for (const { backend, engine, label } of runs) {
      await selectBackend(backend as BackendRequest);
      // Marginal cost per step: (T(steps) - T(1)) / (steps - 1) leaves out data generation,
      // evaluation and tensor upload, which do not grow with steps. Best of `repeats`.
      await timeCase(c, 1, engine); // warm-up (kernel compilation, first allocations)
      // The step-time estimate that sizes the timed runs: over enough steps that a run's fixed
      // costs (data, evaluation: tens of ms) do not swamp it (4 steps did, at 0.1 ms a step).
      const probe = engine === 'graph' ? 50 : 4;
      const perStep = Math.max(
        0.01,
        ((await timeCase(c, probe, engine)).wall - (await timeCase(c, 1, engine)).wall) /
          (probe - 1),
      );
      // The graph engine's steps are cheap enough that 5000 may take under targetMs.
      const maxSteps = engine === 'graph' ? 50_000 : 5000;
      const steps = Math.max(4, Math.min(maxSteps, Math.round(targetMs / perStep)));
      const base = { wall: Infinity, cpu: Infinity };
      const full = { wall: Infinity, cpu: Infinity };
      for (let r = 0; r < Math.max(1, opts.repeats); r++) {
        const [b, f] = [await timeCase(c, 1, engine), await timeCase(c, steps, engine)];
        for (const k of ['wall', 'cpu'] as const) {
          base[k] = Math.min(base[k], b[k]);
          full[k] = Math.min(full[k], f[k]);
        }
      }
      const rate = (k: 'wall' | 'cpu') =>
        (c.batch * steps) / ((Math.max(full[k] - base[k], 1e-3) * (steps / (steps - 1))) / 1000);
      const trialSteps = rate('wall');
      const cpuSteps = rate('cpu');
      const ref = peer.numpy;
      const jax = peer.jax;
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
        jax_trial_steps_per_s: jax ? round(jax.trial_steps_per_s) : null,
        jax_ratio: jax ? round(trialSteps / jax.trial_steps_per_s) : null,
        cpu_trial_steps_per_s: round(cpuSteps),
        reference_cpu_trial_steps_per_s: peer.numpyCpu && round(peer.numpyCpu),
        jax_cpu_trial_steps_per_s: peer.jaxCpu && round(peer.jaxCpu),
        cpu_ratio: peer.numpyCpu ? round(cpuSteps / peer.numpyCpu) : null,
        jax_cpu_ratio: peer.jaxCpu ? round(cpuSteps / peer.jaxCpu) : null,
        load: round(os.loadavg()[0] ?? 0),
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
    ...(arg('--engines') ? { engines: (arg('--engines') ?? '').split(',') as EngineName[] } : {}),
  }).then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
