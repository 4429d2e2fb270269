/**
 * Orchestration benchmark: how fast the coordinator hands out and records trials when
 * training costs nothing (trials of one step), on SQLite.
 *   - trials/s through the coordinator with two workers          target >= 1000/s
 *   - LeaseWork latency p50/p99 (measured by the workers)
 *   - coordinator RSS sampled during the sweep (should stay flat)
 *
 *   node tools/dist/bench/orchestration-bench.js [--trials 100000] [--workers 2] [--max-bundle 64]
 *     [--db postgres://...?schema=bench]   (default: a fresh SQLite file)
 *
 * Runs the built apps (apps/coordinator/dist, apps/worker/dist) as real processes.
 */
import { createCoordinatorClient, pickFreePort, waitForServing } from '@thresher/proto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface OrchestrationBenchOptions {
  trials?: number;
  workers?: number;
  maxBundle?: number;
  backend?: string;
  /** Database location; a fresh SQLite file in a temp dir when omitted. */
  db?: string;
  /**
   * Coordinators on the same database (default 1; more need PostgreSQL). Worker i is given
   * every address, starting with coordinator i mod N, so the workers spread over them.
   */
  coordinators?: number;
}

export interface OrchestrationBenchResult {
  trials: number;
  workers: number;
  coordinators: number;
  maxBundle: number;
  submitSeconds: number;
  /** From the first recorded result to the last. */
  runSeconds: number;
  trialsPerSecond: number;
  targetTrialsPerSecond: number;
  withinTarget: boolean;
  leaseP50Ms: number[];
  leaseP99Ms: number[];
  /**
   * Share of one core the coordinators used while trials ran, summed over them (1 = one core
   * saturated); one entry each in `coordinatorCpuShares`.
   */
  coordinatorCpuShare: number;
  coordinatorCpuShares: number[];
  /** Coordinator resident set size (MiB): first sample after submission, max, last. */
  rssMiB: { first: number; max: number; last: number; samples: number; deciles: number[] };
}

const ROOT = path.resolve(__dirname, '../../..');
const TARGET = 1000;

function rssMiB(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function start(main: string, args: string[]): { child: ChildProcess; lines: string[] } {
  const child = spawn(process.execPath, [path.join(ROOT, main), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, THRESHER_TOKEN: '' },
  });
  const lines: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (l) => lines.push(l));
  readline.createInterface({ input: child.stderr! }).on('line', (l) => lines.push(l));
  return { child, lines };
}

export async function benchOrchestration(
  opts: OrchestrationBenchOptions = {},
): Promise<OrchestrationBenchResult> {
  const trials = opts.trials ?? 100_000;
  const workers = opts.workers ?? 2;
  const maxBundle = opts.maxBundle ?? 64;
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-orch-bench-'));
  const db = opts.db ?? path.join(dir, 'bench.db');
  const count = opts.coordinators ?? 1;
  const started: ChildProcess[] = [];
  const coordinators: { child: ChildProcess; lines: string[]; address: string }[] = [];
  const client = { close: () => undefined } as { close(): void };
  try {
    for (let i = 0; i < count; i++) {
      const port = await pickFreePort('127.0.0.1');
      const address = `127.0.0.1:${port}`;
      const c = start('apps/coordinator/dist/main.js', [
        '--port',
        String(port),
        '--db',
        db,
        '--max-bundle',
        String(maxBundle),
        '--lease-ms',
        '60000',
      ]);
      started.push(c.child);
      const exited = new AbortController();
      c.child.once('exit', (code) =>
        exited.abort(new Error(`exited with ${code}:\n${c.lines.slice(-20).join('\n')}`)),
      );
      await waitForServing(address, { deadline: Date.now() + 30_000, signal: exited.signal });
      coordinators.push({ ...c, address });
    }
    const coordinator = coordinators[0]!;
    const address = coordinator.address;
    const addressesFor = (i: number) =>
      coordinators.map((_, k) => coordinators[(i + k) % count]!.address).join(',');
    const api = createCoordinatorClient(address, { deadlineMs: 600_000 });
    client.close = () => api.close();

    const spec = {
      name: 'orchestration-bench',
      grid: { seed: { range: [0, trials - 1] } },
      fixed: { n: 8, width: 8, steps: 1, test_size: 10, record_every: 1 },
    };
    const t0 = performance.now();
    await api.submitSweep({ specJson: JSON.stringify(spec) });
    const submitSeconds = (performance.now() - t0) / 1000;

    const rss: number[] = [];
    const sampler = setInterval(() => {
      const v = rssMiB(coordinator.child.pid as number);
      if (v !== undefined) rss.push(v);
    }, 250);
    const workerProcs = Array.from({ length: workers }, (_, i) =>
      start('apps/worker/dist/main.js', [
        '--coordinator',
        addressesFor(i),
        '--concurrency',
        '1',
        '--max-bundle',
        String(maxBundle),
        '--backend',
        opts.backend ?? 'auto',
        '--name',
        `bench-${i + 1}`,
      ]),
    );
    started.push(...workerProcs.map((w) => w.child));

    // Progress from the coordinator: (time, done, coordinator CPU) once per second.
    const cpuNow = () => coordinators.map((c) => cpuSeconds(c.child.pid as number));
    const samples: { t: number; done: number; cpu: number[] }[] = [];
    for (;;) {
      const s = await api.getSweepStatus({ name: spec.name });
      const done = (s.counts?.done ?? 0) + (s.counts?.failed ?? 0);
      samples.push({
        t: performance.now(),
        done,
        cpu: cpuNow(),
      });
      if (done >= trials) break;
      if (workerProcs.every((w) => w.child.exitCode !== null)) {
        throw new Error(
          `every worker exited:\n${workerProcs.flatMap((w) => w.lines.slice(-10)).join('\n')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    clearInterval(sampler);
    for (const w of workerProcs) w.child.kill('SIGTERM');
    await Promise.all(workerProcs.map((w) => new Promise((r) => w.child.once('exit', r))));
    const firstActive = samples.find((s) => s.done > 0) ?? samples[0]!;
    const last = samples[samples.length - 1]!;
    const runSeconds = (last.t - firstActive.t) / 1000;
    const trialsPerSecond =
      runSeconds > 0 ? (last.done - firstActive.done) / runSeconds : Number.NaN;
    const lat = workerProcs.map((w) => {
      const line = w.lines.find((l) => /lease latency/.test(l)) ?? '';
      const mm = /p50 ([\d.]+) ms, p99 ([\d.]+) ms/.exec(line);
      return mm ? [Number(mm[1]), Number(mm[2])] : [Number.NaN, Number.NaN];
    });
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      trials,
      workers,
      coordinators: count,
      maxBundle,
      submitSeconds: round(submitSeconds),
      runSeconds: round(runSeconds),
      trialsPerSecond: Math.round(trialsPerSecond),
      targetTrialsPerSecond: TARGET,
      withinTarget: trialsPerSecond >= TARGET,
      coordinatorCpuShares: last.cpu.map((c, k) =>
        runSeconds > 0 ? round((c - (firstActive.cpu[k] as number)) / runSeconds) : Number.NaN,
      ),
      coordinatorCpuShare:
        runSeconds > 0
          ? round(
              last.cpu.reduce((a, c, k) => a + c - (firstActive.cpu[k] as number), 0) / runSeconds,
            )
          : Number.NaN,
      leaseP50Ms: lat.map((l) => l[0] as number),
      leaseP99Ms: lat.map((l) => l[1] as number),
      rssMiB: {
        first: round(rss[0] ?? Number.NaN),
        max: round(Math.max(...rss)),
        last: round(rss[rss.length - 1] ?? Number.NaN),
        samples: rss.length,
        // RSS at 0%, 10%, ..., 100% of the run: flat when memory does not grow with progress.
        deciles: Array.from({ length: 11 }, (_, k) =>
          round(
            rss[Math.min(rss.length - 1, Math.floor((k * (rss.length - 1)) / 10))] ?? Number.NaN,
          ),
        ),
      },
    };
  } finally {
    client.close();
    for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
    if (!opts.db) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  benchOrchestration({
    trials: arg('--trials'),
    workers: arg('--workers'),
    maxBundle: arg('--max-bundle'),
  }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
