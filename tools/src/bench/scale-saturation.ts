/**
 * Second part of the scale bench: simulated workers added in steps (up to 1 000) against two
 * coordinators on one PostgreSQL database, each worker on one of them. Per step: trials/s,
 * LeaseWork / CompleteTrials / Heartbeat p50 and p99, CPU of each coordinator, of PostgreSQL,
 * of the bench process (the simulator) and of the whole machine. Then where throughput stops
 * growing with the workers, and which resource was the first to run out there.
 */
import os from 'node:os';
import { createCoordinatorClient } from '@thresher/proto';
import type { Measurement } from './bench-table';
import { sleep, startCoordinator, stopApp, type AppProcess } from './bench-processes';
import { LatencyBook } from './scale-latency';
import { CpuMeter, PostgresWaits, errorLines, round2, type CpuUse } from './scale-resources';
import { SimWorkerPool } from './scale-workers';
import { scaleSweep } from './scale-sweep';

/** Longest time given to a step's registrations: the step is measured with those done by then. */
export const SATURATION_REGISTER_LIMIT_MS = 60_000;
/** Heartbeats every 5 s: 200 a second from 1 000 workers. */
export const SATURATION_LEASE_MS = 15_000;
const LEASE_MS = SATURATION_LEASE_MS;
/** Workers' warm-up after a step's registrations, left out of the step's figures. */
export const SATURATION_WARMUP_MS = 2_000;
/** A step that adds workers but less than this much throughput: the plateau has begun. */
const GAIN = 1.1;
/** A resource busier than this share of what it has is taken as exhausted. */
const BUSY = 0.85;
/** Backends waiting on locks, on average, that make lock waits the limit (not CPU). */
const LOCKED = 1;

export interface SaturationStep {
  workers: number;
  /** Workers registered by the step's deadline (fewer than `workers` when registering stalled). */
  registered: number;
  registerSeconds: number;
  registerP99Ms: number;
  seconds: number;
  trials: number;
  trialsPerSecond: number;
  /** p50 / p99 (ms) of the simulated workers' calls in the step. */
  rpc: Record<string, { p50: number; p99: number; count: number; errors: number }>;
  cpu: CpuUse;
  /**
   * PostgreSQL backends of the database busy at a time (mean of samples about 1 s apart), by
   * what they wait on: CPU (nothing), Lock, IO, Client, ...
   */
  postgresBusy: Record<string, number>;
  /**
   * Calls unanswered at the step's end, by method, with the oldest one's age: a step whose calls
   * all outlast it has no p99 of its own, and these say how far behind the coordinators are.
   */
  waiting: Record<string, { count: number; oldestMs: number }>;
  /** The sweep ran out of pending trials during the step (its figures undercount). */
  queueDry: boolean;
}

export interface SaturationResult {
  coordinators: number;
  trials: number;
  thinkMs: number;
  cores: number;
  submitSeconds: number;
  steps: SaturationStep[];
  /** Workers of the step where the plateau began (null: throughput still grew at the last). */
  saturatedAt: number | null;
  peakTrialsPerSecond: number;
  bottleneck: string;
  /** The bottleneck in two or three words (the table's name for it). */
  bottleneckKind: string;
  /** Share (0..1) of the bottleneck resource in use at the step named. */
  bottleneckShare: number;
  /** The sweep ran out of trials before the last step (--scale-saturation-trials: more). */
  queueRanDry: boolean;
  /** RegisterWorker refusals (retried), by error text. */
  refusedRegistrations: Record<string, number>;
  /** The coordinators' log lines that report errors (last 20 of each). */
  coordinatorErrors: string[];
}

export async function benchSaturation(o: {
  pg: string;
  steps: number[];
  trials: number;
  stepSeconds: number;
  thinkMs: number;
  /** The coordinators' --lease-lag-target-ms (undefined: their default). */
  leaseLagTargetMs?: number;
  onLine?: (line: string) => void;
}): Promise<SaturationResult> {
  const apps: AppProcess[] = [];
  const book = new LatencyBook();
  const max = Math.max(...o.steps);
  let pool: SimWorkerPool | undefined;
  let waits: PostgresWaits | undefined;
  const client = { close: () => undefined } as { close(): void };
  try {
    // One after the other: the first creates the schema, the second finds it migrated.
    const coordinators = [];
    for (let i = 0; i < 2; i++) {
      const c = await startCoordinator(o.pg, [
        ...['--max-workers', String(max + 100), '--max-trials-per-sweep', String(o.trials)],
        ...['--lease-ms', String(LEASE_MS)],
        ...(o.leaseLagTargetMs !== undefined
          ? ['--lease-lag-target-ms', String(o.leaseLagTargetMs)]
          : []),
      ]);
      apps.push(c.app);
      coordinators.push(c);
    }
    const addresses = coordinators.map((c) => c.address);
    const api = createCoordinatorClient(addresses[0] as string, { deadlineMs: 3_600_000 });
    client.close = () => api.close();
    const name = 'scale-saturation';
    const t0 = performance.now();
    await api.submitSweep({ specJson: JSON.stringify(scaleSweep(o.trials, name).spec) });
    for (;;) {
      const s = await api.getSweepStatus({ name });
      const f = s as { inserting?: boolean | null; expectedTrials?: number | null };
      if (!f.inserting && (s.counts?.total ?? 0) >= (f.expectedTrials || o.trials)) break;
      await sleep(200);
    }
    const submitSeconds = round2((performance.now() - t0) / 1000);
    o.onLine?.(`saturation: ${o.trials} trials stored in ${submitSeconds} s on PostgreSQL`);

    pool = new SimWorkerPool(addresses, book, { capacity: 64, thinkMs: o.thinkMs });
    const meter = new CpuMeter(() => apps.map((a) => a.pid), true);
    waits = new PostgresWaits(o.pg);
    const steps: SaturationStep[] = [];
    for (const workers of o.steps) {
      // The running workers pause while the next ones register: registering 1 000 can take
      // a minute, which would otherwise drain the sweep before the step is measured.
      await pool.stop();
      book.phase = `register ${workers}`;
      const tr = performance.now();
      await pool.grow(workers, tr + SATURATION_REGISTER_LIMIT_MS);
      const registerSeconds = round2((performance.now() - tr) / 1000);
      const registered = pool.workers.length;
      pool.start();
      book.phase = `warm-up ${workers}`;
      await sleep(SATURATION_WARMUP_MS);
      const phase = `${workers} workers`;
      book.phase = phase;
      const a = meter.read();
      waits.take();
      const c0 = pool.completed();
      await sleep(o.stepSeconds * 1000);
      const b = meter.read();
      const waiting = book.waiting();
      const postgresBusy = waits.take();
      const trials = pool.completed() - c0;
      book.phase = 'between steps';
      const s = await api.getSweepStatus({ name });
      const cpu = CpuMeter.between(a, b);
      const rpc: SaturationStep['rpc'] = {};
      for (const m of ['LeaseWork', 'CompleteTrials', 'Heartbeat']) {
        const x = book.summary(phase, m);
        if (x) {
          rpc[m] = {
            p50: round2(x.p50),
            p99: round2(x.p99),
            count: x.count,
            errors: Object.values(x.errors).reduce((p, q) => p + q, 0),
          };
        }
      }
      const reg = book.summary(`register ${workers}`, 'RegisterWorker');
      const step: SaturationStep = {
        workers,
        registered,
        registerSeconds,
        registerP99Ms: round2(reg?.p99 ?? NaN),
        seconds: cpu.seconds,
        trials,
        trialsPerSecond: round2(trials / cpu.seconds),
        rpc,
        cpu,
        postgresBusy,
        waiting,
        queueDry: (s.counts?.pending ?? 0) === 0,
      };
      steps.push(step);
      o.onLine?.(stepLine(step));
      if (step.queueDry) break;
    }
    const verdict = judge(steps, os.cpus().length);
    o.onLine?.(
      `saturation: ${verdict.saturatedAt === null ? 'throughput still grew at the last step' : `plateau from ${verdict.saturatedAt} workers`}, ` +
        `peak ${verdict.peakTrialsPerSecond} trials/s; first bottleneck: ${verdict.bottleneck}`,
    );
    return {
      queueRanDry: steps.some((s) => s.queueDry),
      refusedRegistrations: pool.refusedRegistrations,
      coordinatorErrors: errorLines(apps),
      coordinators: 2,
      trials: o.trials,
      thinkMs: o.thinkMs,
      cores: os.cpus().length,
      submitSeconds,
      steps,
      ...verdict,
    };
  } catch (err) {
    const lines = errorLines(apps);
    throw new Error(
      `${(err as Error).message}${lines.length ? `\ncoordinator log:\n${lines.slice(-6).join('\n')}` : ''}`,
      { cause: err },
    );
  } finally {
    await waits?.stop();
    await pool?.stop();
    pool?.close();
    client.close();
    for (const a of apps) await stopApp(a);
  }
}

function busyText(busy: Record<string, number>): string {
  const parts = Object.entries(busy).map(
    ([k, v]) => `${v} ${k === 'CPU' ? 'on CPU' : `waiting on ${k}`}`,
  );
  return parts.length ? parts.join(', ') : 'none';
}

function waitingText(waiting: SaturationStep['waiting']): string {
  const parts = Object.entries(waiting).map(
    ([m, w]) => `${w.count} ${m} (oldest ${(w.oldestMs / 1000).toFixed(1)} s)`,
  );
  return parts.length ? parts.join(', ') : 'none';
}

function stepLine(s: SaturationStep): string {
  const p = (m: string) => `${m} p50 ${s.rpc[m]?.p50 ?? '-'} p99 ${s.rpc[m]?.p99 ?? '-'} ms`;
  return (
    `saturation ${s.workers} workers${s.registered < s.workers ? ` (only ${s.registered} registered in ${s.registerSeconds} s)` : ''}: ` +
    `${s.trialsPerSecond} trials/s; RegisterWorker p99 ${s.registerP99Ms} ms, ${p('LeaseWork')}, ${p('CompleteTrials')}, ${p('Heartbeat')}; ` +
    `CPU cores: coordinators ${s.cpu.coordinators.join(' + ')}, PostgreSQL ${s.cpu.postgres}, simulator ${s.cpu.bench}, machine ${s.cpu.machine}; ` +
    `PostgreSQL backends busy: ${busyText(s.postgresBusy)}; unanswered at the end: ${waitingText(s.waiting)}` +
    (s.queueDry ? ' (queue ran dry)' : '')
  );
}

/**
 * Where the plateau begins (the first step after which more workers bring less than GAIN x the
 * throughput), and at that step the first resource found exhausted, in this order: a
 * coordinator's event loop or the simulator's (one core each) or PostgreSQL's CPU; the machine's
 * cores taken by these processes together; row locks (backends waiting on Lock); other processes
 * of a shared machine; else the limit is waiting on round trips.
 */
export function judge(
  steps: SaturationStep[],
  cores: number,
): Pick<
  SaturationResult,
  'saturatedAt' | 'peakTrialsPerSecond' | 'bottleneck' | 'bottleneckKind' | 'bottleneckShare'
> {
  // A step whose queue ran dry undercounts: judged on the steps before it.
  const full = steps.filter((s) => !s.queueDry);
  let knee: SaturationStep | undefined;
  for (let i = 1; i < full.length; i++) {
    const prev = full[i - 1] as SaturationStep;
    if ((full[i] as SaturationStep).trialsPerSecond < GAIN * prev.trialsPerSecond) {
      knee = prev;
      break;
    }
  }
  const peak = Math.max(...steps.map((s) => s.trialsPerSecond));
  const at = knee ?? full[full.length - 1];
  if (!at)
    return {
      saturatedAt: null,
      peakTrialsPerSecond: 0,
      bottleneck: 'no step ran',
      bottleneckKind: 'none measured',
      bottleneckShare: NaN,
    };
  const c = at.cpu;
  const candidates: { name: string; kind: string; share: number }[] = [
    ...c.coordinators.map((x, i) => ({
      name: `coordinator ${i + 1} CPU (${x} cores)`,
      kind: 'coordinator CPU',
      share: x,
    })),
    {
      name: `the simulator (bench process, ${c.bench} cores)`,
      kind: 'simulator CPU',
      share: c.bench,
    },
    {
      name: `PostgreSQL CPU (${c.postgres} of ${cores} cores)`,
      kind: 'PostgreSQL CPU',
      share: c.postgres / cores,
    },
  ];
  const busiest = candidates.sort((a, b) => b.share - a.share)[0] as (typeof candidates)[number];
  const machine = c.machine / cores;
  const ours = c.coordinators.reduce((a, b) => a + b, 0) + c.postgres + c.bench;
  const others = round2(Math.max(0, c.machine - ours));
  const machineNote = `machine ${c.machine} of ${cores} cores busy, ${others} of them by other processes`;
  let bottleneck: string;
  let kind: string;
  let share: number;
  if (busiest.share >= BUSY) {
    bottleneck = busiest.name;
    kind = busiest.kind;
    share = busiest.share;
  } else if (ours / cores >= BUSY) {
    bottleneck = `the machine's ${cores} cores, used by the coordinators, PostgreSQL and the simulator (${round2(ours)} cores); most by ${busiest.name}`;
    kind = `the machine's cores (most: ${busiest.kind})`;
    share = ours / cores;
  } else if ((at.postgresBusy['Lock'] ?? 0) >= LOCKED) {
    bottleneck =
      `row locks in PostgreSQL: ${at.postgresBusy['Lock']} backends waiting on a lock at a time ` +
      `(${at.postgresBusy['CPU'] ?? 0} on CPU), no CPU of ours exhausted (busiest: ${busiest.name})`;
    kind = 'PostgreSQL row locks';
    share = busiest.share;
  } else if (machine >= BUSY) {
    bottleneck = `other processes: the machine was busy, ours used ${round2(ours)} cores of it (busiest: ${busiest.name})`;
    kind = 'other processes on the machine';
    share = machine;
  } else {
    bottleneck = `no CPU exhausted (busiest: ${busiest.name}): waiting on round trips, see the RPC p99`;
    kind = 'round trips (no CPU exhausted)';
    share = busiest.share;
  }
  const where = knee
    ? `at ${at.workers} workers`
    : `not saturated by ${at.workers} workers (the last step measured); there`;
  return {
    saturatedAt: knee ? knee.workers : null,
    peakTrialsPerSecond: peak,
    bottleneck: `${where}: ${bottleneck} [${machineNote}]`,
    bottleneckKind: knee ? kind : `not saturated (busiest: ${kind})`,
    bottleneckShare: round2(share),
  };
}

export function saturationMeasurements(r: SaturationResult): Measurement[] {
  const out: Measurement[] = [];
  for (const s of r.steps) {
    const at = `2 coordinators on PostgreSQL, ${s.workers} workers`;
    out.push(
      { name: `${at}: trials/s`, value: s.trialsPerSecond, unit: '/s' },
      { name: `${at}: workers registered`, value: s.registered, unit: 'workers' },
      { name: `${at}: RegisterWorker p99`, value: s.registerP99Ms, unit: 'ms' },
      {
        name: `${at}: LeaseWork calls unanswered at the step's end`,
        value: s.waiting['LeaseWork']?.count ?? 0,
        unit: 'calls',
      },
    );
    for (const m of ['LeaseWork', 'CompleteTrials', 'Heartbeat']) {
      out.push({
        name: `${at}: ${m} p99`,
        value: s.rpc[m]?.p99 ?? NaN,
        unit: 'ms',
        target: { op: '<', value: 100 },
      });
    }
    out.push(
      {
        name: `${at}: coordinators CPU (sum of both)`,
        value: round2(s.cpu.coordinators.reduce((a, b) => a + b, 0)),
        unit: 'cores',
      },
      { name: `${at}: PostgreSQL CPU`, value: s.cpu.postgres, unit: 'cores' },
      { name: `${at}: simulator CPU`, value: s.cpu.bench, unit: 'cores' },
    );
  }
  out.push(
    {
      name: 'saturation: plateau from (workers; NaN: still growing)',
      value: r.saturatedAt ?? NaN,
      unit: 'workers',
    },
    {
      name: `first bottleneck: ${r.bottleneckKind} (share in use; the line above the table says more)`,
      value: r.bottleneckShare,
      unit: 'share',
    },
  );
  return out;
}
