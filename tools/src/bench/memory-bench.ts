/**
 * Memory benchmarks on the real processes, RSS read from /proc/<pid>/status (VmRSS) once a second:
 *   - worker RSS while one worker (one inline slot: `--slots inline`) runs 1 000 tiny trials
 *     one lease at a time (--max-bundle 1: every trial goes through lease, train, report);
 *   - coordinator RSS while two workers drain a 100 000-trial sweep of one-step trials for a
 *     fixed window.
 * "Flat" is judged on the least-squares slope of RSS against completed trials, fitted over the
 * second half of the completed trials: the steady state, after warm-up (backend load, first
 * allocations) and after the garbage of a large submission has been collected.
 *
 *   node tools/dist/bench/memory-bench.js [--worker-trials 1000] [--sweep-trials 100000] [--window 60]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import {
  runCli,
  rssMiB,
  sleep,
  startCoordinator,
  startWorker,
  stopApp,
  type AppProcess,
} from './bench-processes';
import { round4, slope } from './stats';

export interface RssSample {
  /** Seconds since sampling began. */
  t: number;
  /** Trials done or failed so far. */
  done: number;
  rssMiB: number;
}

export interface RssSeries {
  process: 'worker' | 'coordinator';
  trialsSubmitted: number;
  trialsDone: number;
  seconds: number;
  /** MiB: first sample once trials run, the maximum, the last. */
  first: number;
  max: number;
  last: number;
  /** MiB per 1 000 completed trials (fit over the second half of the completed trials). */
  slopePer1000Trials: number;
  /** MiB per minute over the same samples. */
  slopePerMinute: number;
  samples: RssSample[];
  submission?: Submission;
}

/** Fixed parameters of the tiny trials (batch-compatible: they differ only by seed). */
const TINY_WORKER = { n: 32, width: 32, d: 5, steps: 100, record_every: 10, test_size: 100 };
const TINY_SWEEP = { n: 8, width: 8, d: 5, steps: 1, record_every: 1, test_size: 10 };

interface SweepFile {
  file: string;
  spec: { name: string; grid: Record<string, unknown>; fixed: Record<string, number> };
}

function writeSweep(
  dir: string,
  name: string,
  trials: number,
  fixed: Record<string, number>,
): SweepFile {
  const file = path.join(dir, `${name}.yaml`);
  const lines = [`name: ${name}`, 'grid:', `  seed: { range: [0, ${trials - 1}] }`, 'fixed:'];
  for (const [k, v] of Object.entries(fixed)) lines.push(`  ${k}: ${v}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, spec: { name, grid: { seed: { range: [0, trials - 1] } }, fixed } };
}

export interface Submission {
  seconds: number;
  /** `cli`, or `grpc` when `thresher submit` failed (its message in cliError). */
  via: 'cli' | 'grpc';
  cliError?: string;
}

/**
 * `thresher submit FILE`. The CLI's calls have a 15 s deadline; should a large sweep outlast it
 * on a loaded machine, the same sweep goes again over gRPC with a long deadline (submission is
 * idempotent, so whatever the first call stored is not stored twice).
 */
async function submit(
  sweep: SweepFile,
  address: string,
  client: CoordinatorClient,
): Promise<Submission> {
  const t0 = performance.now();
  try {
    await runCli(['submit', sweep.file, '--coordinator', address], 300_000);
    return { seconds: round4((performance.now() - t0) / 1000), via: 'cli' };
  } catch (err) {
    const cliError = String((err as Error).message)
      .split('\n')
      .slice(0, 2)
      .join(' ');
    await client.submitSweep({ specJson: JSON.stringify(sweep.spec) }, { deadlineMs: 600_000 });
    return { seconds: round4((performance.now() - t0) / 1000), via: 'grpc', cliError };
  }
}

async function doneCount(client: CoordinatorClient, sweep: string): Promise<number> {
  const s = await client.getSweepStatus({ name: sweep });
  return (s.counts?.done ?? 0) + (s.counts?.failed ?? 0);
}

function series(
  processName: RssSeries['process'],
  trialsSubmitted: number,
  samples: RssSample[],
): RssSeries {
  const running = samples.filter((s) => s.done > 0);
  const last = samples[samples.length - 1];
  const doneEnd = last?.done ?? 0;
  const fitted = running.filter((s) => s.done >= 0.5 * doneEnd);
  const rss = running.map((s) => s.rssMiB);
  return {
    process: processName,
    trialsSubmitted,
    trialsDone: doneEnd,
    seconds: round4(last?.t ?? 0),
    first: round4(running[0]?.rssMiB ?? Number.NaN),
    max: round4(rss.length ? Math.max(...rss) : Number.NaN),
    last: round4(running[running.length - 1]?.rssMiB ?? Number.NaN),
    slopePer1000Trials: round4(1000 * slope(fitted.map((s) => ({ x: s.done, y: s.rssMiB })))),
    slopePerMinute: round4(60 * slope(fitted.map((s) => ({ x: s.t, y: s.rssMiB })))),
    samples,
  };
}

/**
 * Samples `pid`'s RSS and the sweep's progress every `intervalMs` until `stop()` says so.
 * A missing process ends the sampling with an error naming it.
 */
async function sample(
  app: AppProcess,
  client: CoordinatorClient,
  sweep: string,
  intervalMs: number,
  stop: (s: RssSample) => boolean,
): Promise<RssSample[]> {
  const samples: RssSample[] = [];
  const t0 = performance.now();
  for (;;) {
    const rss = rssMiB(app.pid);
    if (rss === undefined)
      throw new Error(`process ${app.pid} exited:\n${app.lines.slice(-20).join('\n')}`);
    if (rss === 0) {
      await sleep(100); // exec not finished yet: nothing mapped
      continue;
    }
    const s = {
      t: (performance.now() - t0) / 1000,
      done: await doneCount(client, sweep),
      rssMiB: rss,
    };
    samples.push(s);
    if (stop(s)) return samples;
    await sleep(intervalMs);
  }
}

export interface WorkerMemoryOptions {
  trials?: number;
  /** Give up (and report what was sampled) after this many seconds. */
  timeoutS?: number;
}

/** Worker RSS over `trials` (default 1 000) tiny trials, one per lease. */
export async function benchWorkerMemory(opts: WorkerMemoryOptions = {}): Promise<RssSeries> {
  const trials = opts.trials ?? 1000;
  const timeoutS = opts.timeoutS ?? 600;
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-mem-worker-'));
  const apps: AppProcess[] = [];
  const { app: coordinator, address } = await startCoordinator(path.join(dir, 'bench.db'));
  apps.push(coordinator);
  const client = createCoordinatorClient(address);
  try {
    const sweep = 'memory-worker';
    const submission = await submit(writeSweep(dir, sweep, trials, TINY_WORKER), address, client);
    // Inline: training in the sampled process itself (slots run in child processes by default).
    const worker = startWorker(address, 'memory-worker-1', [
      '--max-bundle',
      '1',
      '--slots',
      'inline',
    ]);
    apps.push(worker);
    const samples = await sample(
      worker,
      client,
      sweep,
      1000,
      (s) => s.done >= trials || s.t > timeoutS,
    );
    return { ...series('worker', trials, samples), submission };
  } finally {
    client.close();
    for (const a of apps.reverse()) await stopApp(a);
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CoordinatorMemoryOptions {
  trials?: number;
  workers?: number;
  /** Sampling window (seconds) after the sweep is submitted. */
  windowS?: number;
}

/** Coordinator RSS while `workers` workers drain a `trials`-trial sweep for `windowS` seconds. */
export async function benchCoordinatorMemory(
  opts: CoordinatorMemoryOptions = {},
): Promise<RssSeries> {
  const trials = opts.trials ?? 100_000;
  const workers = opts.workers ?? 2;
  const windowS = opts.windowS ?? 60;
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-mem-coord-'));
  const apps: AppProcess[] = [];
  const { app: coordinator, address } = await startCoordinator(path.join(dir, 'bench.db'));
  apps.push(coordinator);
  const client = createCoordinatorClient(address, { deadlineMs: 120_000 });
  try {
    const sweep = 'memory-coordinator';
    const submission = await submit(writeSweep(dir, sweep, trials, TINY_SWEEP), address, client);
    for (let i = 0; i < workers; i++)
      apps.push(startWorker(address, `memory-coordinator-${i + 1}`));
    const samples = await sample(
      coordinator,
      client,
      sweep,
      1000,
      (s) => s.done >= trials || s.t > windowS,
    );
    return { ...series('coordinator', trials, samples), submission };
  } finally {
    client.close();
    for (const a of apps.reverse()) await stopApp(a);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const num = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  (async () => {
    const w = await benchWorkerMemory({ trials: num('--worker-trials') });
    const c = await benchCoordinatorMemory({
      trials: num('--sweep-trials'),
      windowS: num('--window'),
    });
    for (const s of [w, c]) console.log(JSON.stringify({ ...s, samples: s.samples.length }));
  })().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
