/**
 * Whole trials as a worker slot trains them, one after another in one process (issue 28,
 * "fixed costs cut"): the slot's start (TensorFlow, then the graphs), then per shape `seeds`
 * trials of paper-d5's setting (d 5, lr 0.1, init 1e-3, noise 0.5, 10 000 steps, a curve point
 * every 200 steps, 10 000 test rows), each timed on this process's CPU clock (every thread) and
 * the wall clock. Next to them, numpy doing the same trial (`reference_trial.py trial-time`:
 * the steps and the same evaluations, one BLAS thread, its CPU clock), and numpy's steps alone.
 * Where the time goes: a trial with one test row and one evaluation (steps alone, after the
 * seeds: the shape compiled if it ever is) against the whole trial.
 *
 *   node tools/dist/bench/training-trial-bench.js [--shapes 8x1024,32x1024,128x1024]
 *     [--seeds 5] [--steps 10000] [--test-size 10000] [--json]
 *
 * Set TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1 as a worker's slot does on a 2-core
 * machine (apps/worker/src/process-trainer.ts), else TensorFlow's pools use every core.
 */
import os from 'node:os';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { selectBackend, selectEngine, trainBatch } from '@thresher/training';
import { cpuModel, loadAverage } from './machine-info';
import { referenceTrialTime } from './numpy-reference';

// Before anything else of this file runs: the imports (tfjs-node's native library included).
const importCpuMs = cpuMs(process.cpuUsage());

export interface TrialBenchRow {
  n: number;
  width: number;
  /** Each seed's trial, CPU ms (the first may compile or load the XLA graphs). */
  cpuMs: number[];
  wallMs: number[];
  meanCpuMs: number;
  /** The seeds as one bundle (one vectorized batch, a new shape for the process), CPU ms per trial. */
  bundleCpuMs: number;
  /** The same trial with 1 test row and no curve: steps, data and setup alone, CPU ms. */
  stepsOnlyCpuMs: number;
  /** numpy, the same trial (steps and evaluations), its CPU clock, ms; null without numpy. */
  numpyTrialMs: number | null;
  /** numpy's share of that in evaluations, ms. */
  numpyEvalMs: number | null;
  /** numpy trial / our mean: above 1 is faster than numpy doing the same trial. */
  ratio: number | null;
  /** numpy's steps alone (its trial less its evaluations) / our mean. */
  stepsRatio: number | null;
  /** 1-minute load average after the shape (2 cores: above 2, a neighbour ran). */
  load: number;
}

export interface TrialBenchReport {
  cpu: string;
  cores: number;
  /** CPU ms of the slot's start: the imports (TensorFlow's library), the backend, the graphs. */
  start: { importMs: number; backendMs: number; graphMs: number };
  rows: TrialBenchRow[];
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

function trial(n: number, width: number, seed: number, steps: number, T: number): TrialParams {
  return {
    ...PARAM_DEFAULTS,
    n,
    width,
    seed,
    d: 5,
    noise: 0.5,
    init_scale: 0.001,
    lr: 0.1,
    steps,
    record_every: Math.max(1, Math.floor(steps / 50)),
    test_size: T,
  };
}

async function timed(...trials: TrialParams[]): Promise<{ cpu: number; wall: number }> {
  const c = process.cpuUsage();
  const w = performance.now();
  const results = await trainBatch(trials);
  for (const r of results) if (!r.ok) throw new Error(`trial failed: ${r.error.message}`);
  return { cpu: cpuMs(process.cpuUsage(c)), wall: performance.now() - w };
}

const round = (v: number) => Number(v.toPrecision(3));

export async function benchTrials(opts: {
  shapes: { n: number; width: number }[];
  seeds: number;
  steps: number;
  testSize: number;
}): Promise<TrialBenchReport> {
  let c = process.cpuUsage();
  await selectBackend('tensorflow');
  const backendMs = cpuMs(process.cpuUsage(c));
  c = process.cpuUsage();
  await selectEngine('gd', 'relu', { engine: 'graph' });
  const graphMs = cpuMs(process.cpuUsage(c));
  const rows: TrialBenchRow[] = [];
  for (const { n, width } of opts.shapes) {
    // numpy just before ours, so that a neighbour's load hits both alike.
    const np = referenceTrialTime({
      n,
      m: width,
      d: 5,
      steps: opts.steps,
      testSize: opts.testSize,
    });
    const runs: { cpu: number; wall: number }[] = [];
    for (let seed = 0; seed < opts.seeds; seed++) {
      runs.push(await timed(trial(n, width, seed, opts.steps, opts.testSize)));
    }
    const seeds = Array.from({ length: opts.seeds }, (_, s) =>
      trial(n, width, 100 + s, opts.steps, opts.testSize),
    );
    const bundle = await timed(...seeds);
    const stepsOnly = await timed({
      ...trial(n, width, 0, opts.steps, 1),
      record_every: opts.steps,
    });
    const mean = runs.reduce((s, r) => s + r.cpu, 0) / runs.length;
    rows.push({
      n,
      width,
      cpuMs: runs.map((r) => Math.round(r.cpu)),
      wallMs: runs.map((r) => Math.round(r.wall)),
      meanCpuMs: Math.round(mean),
      bundleCpuMs: Math.round(bundle.cpu / opts.seeds),
      stepsOnlyCpuMs: Math.round(stepsOnly.cpu),
      numpyTrialMs: np && Math.round(np.ms),
      numpyEvalMs: np && Math.round(np.evalMs),
      ratio: np && round(np.ms / mean),
      stepsRatio: np && round((np.ms - np.evalMs) / mean),
      load: round(os.loadavg()[0] ?? 0),
    });
  }
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    start: {
      importMs: Math.round(importCpuMs),
      backendMs: Math.round(backendMs),
      graphMs: Math.round(graphMs),
    },
    rows,
  };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const shapes = (arg('--shapes') ?? '8x1024,32x1024,128x1024').split(',').map((s) => {
    const [n, width] = s.split('x').map(Number);
    return { n: n as number, width: width as number };
  });
  const loadBefore = loadAverage();
  benchTrials({
    shapes,
    seeds: Number(arg('--seeds') ?? 5),
    steps: Number(arg('--steps') ?? 10_000),
    testSize: Number(arg('--test-size') ?? 10_000),
  }).then(
    (report) => {
      if (argv.includes('--json')) {
        console.log(JSON.stringify({ ...report, loadBefore }));
        return;
      }
      console.log(`${report.cpu}, ${report.cores} cores; load before ${loadBefore.join(' ')}`);
      console.log(`slot start, CPU ms: ${JSON.stringify(report.start)}`);
      // The per-seed lists as text: console.table cuts arrays after 3 items.
      console.table(
        report.rows.map((r) => ({ ...r, cpuMs: r.cpuMs.join(' '), wallMs: r.wallMs.join(' ') })),
      );
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
