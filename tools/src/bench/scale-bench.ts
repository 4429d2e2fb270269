/**
 * Scale benchmark (issue 32, "A million trials"): one sweep of 10^3 ... 10^6 one-step trials per
 * size, on SQLite and on PostgreSQL, through a built coordinator (apps/coordinator/dist, with its
 * dashboard), driven by simulated workers (light gRPC clients in this process, scale-workers.ts).
 * Per size:
 *   - submit: SubmitSweep until the sweep is complete in the store (SweepStatus.inserting false,
 *     counts.total = expected_trials), database bytes per trial after it;
 *   - train: the simulated workers lease and complete trials until `train` trials are done or
 *     `trainSeconds` pass (training all 10^6 is left to those who pass --scale-train 1000000);
 *   - cancel: CancelSweep, then a second of settling; retry: RetrySweep, then a few seconds of
 *     training again;
 *   - in every phase: p50/p99 of LeaseWork, CompleteTrials, Heartbeat, GetSweepStatus, WatchSweep
 *     (first message of a new stream; intervals of a held one) and the dashboard, coordinator CPU
 *     (from /proc/<pid>/stat) and RSS.
 * Then scale-saturation.ts: up to 1 000 simulated workers against two coordinators on one
 * PostgreSQL database.
 *
 *   node tools/dist/bench/scale-bench.js [--sizes 1e3,1e4] [--dialects sqlite,postgres]
 *     [--pg URL] [--train N] [--train-seconds S] [--workers N] [--think-ms MS]
 *     [--saturation 10,100,1000|none]
 *     (--dialects none: the saturation part only)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createCoordinatorClient,
  pickFreePort,
  type CoordinatorClient,
  type CoordinatorRpcError,
} from '@thresher/proto';
import type { Measurement } from './bench-table';
import { sleep, startCoordinator, stopApp } from './bench-processes';
import { LatencyBook, type LatencySummary } from './scale-latency';
import {
  DASHBOARD_FITTING,
  DASHBOARD_SWEEP,
  DASHBOARD_SWEEPS,
  Probes,
  WATCH_FIRST,
  WATCH_GAP,
} from './scale-probes';
import {
  CpuMeter,
  RssSampler,
  databaseSize,
  errorLines,
  round2,
  type CpuReading,
  type CpuUse,
} from './scale-resources';
import {
  SATURATION_LEASE_MS,
  SATURATION_REGISTER_LIMIT_MS,
  SATURATION_WARMUP_MS,
  benchSaturation,
  saturationMeasurements,
  type SaturationResult,
} from './scale-saturation';
import { SimWorkerPool } from './scale-workers';
import { scaleSweep } from './scale-sweep';

export type ScaleDialect = 'sqlite' | 'postgres';

export const SCALE_SIZES = [1e3, 1e4, 1e5, 1e6];
export const SCALE_QUICK_SIZES = [1e3, 1e4];
export const SATURATION_STEPS = [10, 100, 250, 500, 1000];
export const SATURATION_QUICK_STEPS = [10, 100, 1000];

/**
 * Lease of the ladder's coordinators: heartbeats come every lease / 3 = 2 s, so a phase of a few
 * seconds holds enough of them for a p99; still far above any answer time a worker should see.
 */
const LEASE_MS = 6_000;
/** Trials asked for per lease (the coordinator's default --max-bundle). */
const CAPACITY = 64;
/** Pace of the probes of each kind (their calls come on top of the workers'). */
const PROBE_MS = 100;
const SETTLE_MS = 1_000;
/** RPCs whose p99 issue 32 wants under 100 ms in every phase. */
export const SCALE_RPCS = ['LeaseWork', 'CompleteTrials', 'Heartbeat', 'GetSweepStatus'] as const;

export interface ScaleOptions {
  sizes: number[];
  dialects: ScaleDialect[];
  /** PostgreSQL URL (each size gets a schema of its own); required for 'postgres'. */
  pg?: string;
  /** Trials trained per size; undefined: min(size / 2, 20 000) (quick: 5 000). */
  train?: number;
  trainSeconds: number;
  /** Training again after RetrySweep. */
  retrySeconds: number;
  workers: number;
  /** Time a simulated worker spends on a bundle before reporting it (ladder). */
  thinkMs: number;
  /** The coordinators' --lease-lag-target-ms (undefined: their default). */
  leaseLagTargetMs?: number;
  quick: boolean;
  /** Worker counts of the saturation part (empty: skipped; needs `pg`). */
  saturation: number[];
  saturationTrials: number;
  saturationStepSeconds: number;
  saturationThinkMs: number;
  onLine?: (line: string) => void;
}

export interface ScaleSizeResult {
  dialect: ScaleDialect;
  trials: number;
  workers: number;
  /** Duration of the SubmitSweep call, and until the sweep was complete in the store. */
  submitCallMs: number;
  submitSeconds: number;
  /** The coordinator answered before its insert was complete (SubmitSweepResponse.inserting). */
  submitAnsweredEarly: boolean;
  databaseBytes: number;
  bytesPerTrial: number;
  databaseParts: Record<string, number>;
  trainTarget: number;
  trainSeconds: number;
  trained: number;
  trialsPerSecond: number;
  meanBundle: number;
  /**
   * LeaseWork answers with no trial during the train phase, per bundle leased: the sweep had
   * work pending throughout, so these are bundles the coordinator held back (its write queue
   * stood longer than --lease-lag-target-ms) and the workers asked again after retry_after_ms.
   */
  heldBackPerBundle: number;
  cancelMs: number;
  cancelled: number;
  retryMs: number;
  /** Errors CancelSweep and RetrySweep answered before they succeeded (retried as a user would). */
  refused: string[];
  requeued: number;
  trainedAfterRetry: number;
  cpu: Record<string, CpuUse>;
  rssMiB: Record<string, { max: number; last: number }>;
  latency: Record<string, Record<string, LatencySummary>>;
  /** The coordinator's log lines that report errors (last 20). */
  coordinatorErrors: string[];
}

export interface ScaleResult {
  sizes: ScaleSizeResult[];
  saturation: SaturationResult | null;
  errors: string[];
}

/** 1e6 for a power of ten, else the number. */
export function sizeLabel(size: number): string {
  const e = Math.log10(size);
  return Number.isInteger(e) && e >= 3 ? `1e${e}` : String(size);
}

/** PostgreSQL URL with a schema of its own. */
export function schemaUrl(pg: string, schema: string): string {
  const url = new URL(pg);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Fields of the proto that a coordinator built before them leaves out (read as absent). */
interface InsertFields {
  inserting?: boolean | null;
  expectedTrials?: number | null;
}

/**
 * Waits until the sweep is complete in the store: not `inserting`, and counts.total at the size
 * it will have (expected_trials; `size` from a coordinator that does not send it).
 */
async function waitStored(
  client: CoordinatorClient,
  book: LatencyBook,
  name: string,
  size: number,
  onLine: ((line: string) => void) | undefined,
): Promise<boolean> {
  let sawInserting = false;
  const t0 = performance.now();
  let told = t0;
  for (;;) {
    const s = await book
      .time('GetSweepStatus', () => client.getSweepStatus({ name }))
      .catch(() => undefined);
    const f = (s ?? {}) as InsertFields;
    if (f.inserting) sawInserting = true;
    const expected = f.expectedTrials || size;
    if (s && !f.inserting && (s.counts?.total ?? 0) >= expected) return sawInserting;
    const now = performance.now();
    if (now - told > 30_000) {
      told = now;
      onLine?.(
        `  ${name}: ${s?.counts?.total ?? '?'} of ${expected} trials stored after ${Math.round((now - t0) / 1000)} s` +
          (f.inserting ? ' (inserting)' : ''),
      );
    }
    await sleep(PROBE_MS);
  }
}

/** Phases of one run: their CPU use and max RSS, the latency book switched to each. */
class Phases {
  readonly cpu: Record<string, CpuUse> = {};
  readonly rss: Record<string, { max: number; last: number }> = {};
  private started: CpuReading;
  private name = '';

  constructor(
    private readonly book: LatencyBook,
    private readonly meter: CpuMeter,
    private readonly sampler: RssSampler,
  ) {
    this.started = meter.read();
  }

  begin(name: string): void {
    this.name = name;
    this.book.phase = name;
    this.started = this.meter.read();
    this.sampler.take();
  }

  end(): CpuUse {
    const use = CpuMeter.between(this.started, this.meter.read());
    this.cpu[this.name] = use;
    this.rss[this.name] = this.sampler.take();
    this.book.phase = `after ${this.name}`;
    return use;
  }
}

/**
 * A user's call (CancelSweep, RetrySweep): retried while the coordinator answers a retryable
 * error (UNAVAILABLE "database busy"...), as the CLI's user would; `ms` runs until it succeeds.
 */
async function userCall<T>(
  book: LatencyBook,
  method: string,
  call: () => Promise<T>,
): Promise<{ value?: T; ms: number; errors: string[] }> {
  const t0 = performance.now();
  const errors: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await book.time(method, call);
      return { value, ms: performance.now() - t0, errors };
    } catch (err) {
      errors.push((err as Error).message);
      if (!(err as CoordinatorRpcError).retryable || attempt >= 5) {
        return { ms: performance.now() - t0, errors };
      }
      await sleep(200);
    }
  }
}

async function runSize(
  o: ScaleOptions,
  dialect: ScaleDialect,
  location: string,
  size: number,
): Promise<ScaleSizeResult> {
  const httpPort = await pickFreePort('127.0.0.1');
  const { app, address } = await startCoordinator(location, [
    ...['--http-port', String(httpPort), '--lease-ms', String(LEASE_MS)],
    ...['--max-bundle', String(CAPACITY), '--max-trials-per-sweep', String(Math.max(size, 1e6))],
    ...(o.leaseLagTargetMs !== undefined
      ? ['--lease-lag-target-ms', String(o.leaseLagTargetMs)]
      : []),
  ]);
  const dashboard = `http://127.0.0.1:${httpPort}`;
  const book = new LatencyBook();
  const client = createCoordinatorClient(address, { deadlineMs: 3_600_000 });
  const sampler = new RssSampler(app.pid);
  const meter = new CpuMeter(() => [app.pid], dialect === 'postgres');
  const phases = new Phases(book, meter, sampler);
  const pool = new SimWorkerPool([address], book, { capacity: CAPACITY, thinkMs: o.thinkMs });
  // One more worker leasing one trial at a time at the probes' pace: LeaseWork, CompleteTrials
  // and Heartbeat answers while the big workers are not running (during the submit).
  const prober = new SimWorkerPool([address], book, {
    capacity: 1,
    thinkMs: 0,
    pauseMs: PROBE_MS,
    heartbeatMs: PROBE_MS * 5,
  });
  const { name, spec } = scaleSweep(size);
  const train = Math.min(size, o.train ?? Math.min(Math.floor(size / 2), o.quick ? 5_000 : 20_000));
  let probes: Probes | undefined;
  try {
    book.phase = 'register';
    await pool.grow(o.workers);
    await prober.grow(1);
    probes = new Probes(book, { client, dashboard, sweep: name, everyMs: PROBE_MS });
    prober.start();

    phases.begin('submit');
    const t0 = performance.now();
    const submitted = await book.time('SubmitSweep', () =>
      client.submitSweep({ specJson: JSON.stringify(spec), fileName: `${name}.json` }),
    );
    const submitCallMs = performance.now() - t0;
    const sawInserting = await waitStored(client, book, name, size, o.onLine);
    const submitSeconds = (performance.now() - t0) / 1000;
    phases.end();
    const db = await databaseSize(location);
    o.onLine?.(
      `${dialect} ${sizeLabel(size)}: stored in ${submitSeconds.toFixed(1)} s (call ${(submitCallMs / 1000).toFixed(1)} s), ` +
        `${(db.bytes / size).toFixed(0)} B/trial`,
    );

    probes.watchIntervals();
    phases.begin('train');
    const c0 = pool.completed() + prober.completed();
    const b0 = pool.bundles();
    const l0 = pool.leased();
    const e0 = pool.emptyLeases();
    const tTrain = performance.now();
    pool.start();
    for (;;) {
      await sleep(100);
      const done = pool.completed() + prober.completed();
      if (done - c0 >= train || done >= size) break;
      if (performance.now() - tTrain >= o.trainSeconds * 1000) break;
    }
    const trainUse = phases.end();
    const trained = pool.completed() + prober.completed() - c0;
    const bundles = pool.bundles() - b0;
    const leased = pool.leased() - l0;
    const heldBack = pool.emptyLeases() - e0;
    o.onLine?.(
      `${dialect} ${sizeLabel(size)}: trained ${trained} in ${trainUse.seconds} s (${round2(trained / trainUse.seconds)}/s); cancelling`,
    );

    phases.begin('cancel');
    const cancel = await userCall(book, 'CancelSweep', () => client.cancelSweep({ name }));
    await sleep(SETTLE_MS);
    phases.end();
    o.onLine?.(
      `${dialect} ${sizeLabel(size)}: CancelSweep answered in ${ms(cancel.ms)} ms; retrying`,
    );

    phases.begin('retry');
    const c1 = pool.completed() + prober.completed();
    const retry = await userCall(book, 'RetrySweep', () => client.retrySweep({ name }));
    await sleep(o.retrySeconds * 1000);
    phases.end();
    const trainedAfterRetry = pool.completed() + prober.completed() - c1;
    const refused = [...cancel.errors, ...retry.errors];
    if (refused.length)
      o.onLine?.(`${dialect} ${sizeLabel(size)}: refused, then retried: ${refused.join('; ')}`);

    const result: ScaleSizeResult = {
      dialect,
      trials: size,
      workers: o.workers,
      submitCallMs: round2(submitCallMs),
      submitSeconds: round2(submitSeconds),
      submitAnsweredEarly: (submitted as InsertFields).inserting === true || sawInserting,
      databaseBytes: db.bytes,
      bytesPerTrial: round2(db.bytes / size),
      databaseParts: db.parts,
      trainTarget: train,
      trainSeconds: trainUse.seconds,
      trained,
      trialsPerSecond: round2(trained / trainUse.seconds),
      meanBundle: round2(bundles > 0 ? leased / bundles : Number.NaN),
      heldBackPerBundle: round2(bundles > 0 ? heldBack / bundles : Number.NaN),
      cancelMs: round2(cancel.ms),
      cancelled: cancel.value?.cancelled ?? 0,
      retryMs: round2(retry.ms),
      requeued: retry.value?.requeued ?? 0,
      refused,
      trainedAfterRetry,
      cpu: phases.cpu,
      rssMiB: phases.rss,
      latency: book.all(),
      coordinatorErrors: errorLines([app]),
    };
    o.onLine?.(sizeLine(result));
    return result;
  } catch (err) {
    const lines = errorLines([app]);
    throw new Error(
      `${(err as Error).message}${lines.length ? `\ncoordinator log:\n${lines.slice(-6).join('\n')}` : ''}`,
      { cause: err },
    );
  } finally {
    await pool.stop();
    await prober.stop();
    await probes?.stop();
    sampler.stop();
    pool.close();
    prober.close();
    client.close();
    await stopApp(app);
  }
}

const ms = (x: number | undefined) =>
  x === undefined ? '-' : x < 10 ? x.toFixed(1) : x.toFixed(0);

/** One line per size for the progress output: the headline figures. */
function sizeLine(r: ScaleSizeResult): string {
  const worst = (m: string) => worstP99(r, m);
  return (
    `${r.dialect} ${sizeLabel(r.trials)}: trained ${r.trained} in ${r.trainSeconds} s (${r.trialsPerSecond}/s, ` +
    `${r.workers} workers, bundles of ${r.meanBundle}, ${r.heldBackPerBundle} held back per bundle); coordinator ${r.cpu['train']?.coordinators[0] ?? NaN} cores, ` +
    `RSS max ${Math.max(...Object.values(r.rssMiB).map((x) => x.max))} MiB; cancel ${ms(r.cancelMs)} ms, retry ${ms(r.retryMs)} ms; ` +
    `worst p99 (ms): ${[...SCALE_RPCS, WATCH_FIRST, DASHBOARD_SWEEPS, DASHBOARD_SWEEP]
      .map((m) => `${m} ${ms(worst(m).p99)} (${worst(m).phase})`)
      .join(', ')}`
  );
}

/** The phases whose answers issue 32 bounds: while the sweep is submitted, trained, cancelled, retried. */
const JUDGED_PHASES = ['submit', 'train', 'cancel', 'retry'];

function worstP99(
  r: ScaleSizeResult,
  method: string,
): { p99?: number; max?: number; phase: string } {
  let out: { p99?: number; max?: number; phase: string } = { phase: '-' };
  for (const phase of JUDGED_PHASES) {
    const s = r.latency[phase]?.[method];
    if (!s) continue;
    if (out.p99 === undefined || s.p99 > out.p99) out = { p99: s.p99, max: out.max, phase };
    out.max = Math.max(out.max ?? 0, s.max);
  }
  return out;
}

export async function benchScale(o: ScaleOptions): Promise<ScaleResult> {
  const sizes: ScaleSizeResult[] = [];
  const errors: string[] = [];
  const stamp = Date.now().toString(36);
  for (const dialect of o.dialects) {
    if (dialect === 'postgres' && !o.pg) {
      errors.push('postgres: no PostgreSQL server (pass --pg URL or set THRESHER_TEST_PG_URL)');
      continue;
    }
    for (const size of o.sizes) {
      const dir =
        dialect === 'sqlite' ? mkdtempSync(path.join(tmpdir(), 'thresher-scale-bench-')) : '';
      const location =
        dialect === 'sqlite'
          ? path.join(dir, 'scale.db')
          : schemaUrl(o.pg as string, `scale_${stamp}_${size}`);
      try {
        sizes.push(await runSize(o, dialect, location, size));
      } catch (err) {
        const message = `${dialect} ${sizeLabel(size)}: ${(err as Error).message.split('\n').slice(0, 10).join(' | ')}`;
        errors.push(message);
        o.onLine?.(`failed: ${message}`);
      } finally {
        if (dir) rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  let saturation: SaturationResult | null = null;
  if (o.saturation.length > 0) {
    if (!o.pg) errors.push('saturation: needs PostgreSQL (two coordinators on one database)');
    else {
      try {
        saturation = await benchSaturation({
          pg: schemaUrl(o.pg, `scale_${stamp}_saturation`),
          steps: o.saturation,
          trials: o.saturationTrials,
          stepSeconds: o.saturationStepSeconds,
          thinkMs: o.saturationThinkMs,
          ...(o.leaseLagTargetMs !== undefined ? { leaseLagTargetMs: o.leaseLagTargetMs } : {}),
          onLine: o.onLine,
        });
      } catch (err) {
        errors.push(`saturation: ${(err as Error).message.split('\n').slice(0, 10).join(' | ')}`);
      }
    }
  }
  return { sizes, saturation, errors };
}

/** The figures of the bench table: per dialect and size, then the saturation steps. */
export function scaleMeasurements(r: ScaleResult): Measurement[] {
  const out: Measurement[] = [];
  const under = (value: number) => ({ op: '<' as const, value });
  for (const s of r.sizes) {
    const at = `${s.dialect} ${sizeLabel(s.trials)}`;
    const train = s.latency['train'] ?? {};
    out.push(
      { name: `${at}: submit until stored`, value: s.submitSeconds, unit: 's' },
      { name: `${at}: SubmitSweep call`, value: s.submitCallMs, unit: 'ms' },
      { name: `${at}: database bytes per trial`, value: s.bytesPerTrial, unit: 'B' },
      { name: `${at}: trials/s (${s.trained} trained)`, value: s.trialsPerSecond, unit: '/s' },
      {
        name: `${at}: LeaseWork held back per bundle leased (training)`,
        value: s.heldBackPerBundle,
        unit: '',
      },
      {
        name: `${at}: coordinator CPU while submitting`,
        value: s.cpu['submit']?.coordinators[0] ?? NaN,
        unit: 'cores',
      },
      {
        name: `${at}: coordinator CPU while training`,
        value: s.cpu['train']?.coordinators[0] ?? NaN,
        unit: 'cores',
      },
      {
        name: `${at}: coordinator RSS max`,
        value: Math.max(...Object.values(s.rssMiB).map((x) => x.max)),
        unit: 'MiB',
      },
      {
        name: `${at}: ${DASHBOARD_SWEEP} answered 202 fitting (all phases)`,
        value: Object.values(s.latency).reduce((n, p) => n + (p[DASHBOARD_FITTING]?.count ?? 0), 0),
        unit: '',
      },
      { name: `${at}: CancelSweep call`, value: s.cancelMs, unit: 'ms' },
      { name: `${at}: RetrySweep call`, value: s.retryMs, unit: 'ms' },
    );
    for (const m of [...SCALE_RPCS, WATCH_FIRST, DASHBOARD_SWEEPS, DASHBOARD_SWEEP]) {
      const worst = worstP99(s, m);
      out.push(
        { name: `${at}: ${m} p50 (training)`, value: train[m]?.p50 ?? NaN, unit: 'ms' },
        {
          name: `${at}: ${m} p99 (worst phase)`,
          value: worst.p99 ?? NaN,
          unit: 'ms',
          target: under(100),
        },
      );
      if (m === DASHBOARD_SWEEPS || m === DASHBOARD_SWEEP) {
        out.push({
          name: `${at}: ${m} slowest (any phase)`,
          value: worst.max ?? NaN,
          unit: 'ms',
          target: under(1000),
        });
      }
    }
    out.push({
      name: `${at}: ${WATCH_GAP} p99 (training; 250 ms floor)`,
      value: train[WATCH_GAP]?.p99 ?? NaN,
      unit: 'ms',
    });
  }
  if (r.saturation) out.push(...saturationMeasurements(r.saturation));
  return out;
}

/** What the section prints above its table. */
export function scaleNotes(o: ScaleOptions, cores: number): string[] {
  const train =
    o.train === undefined
      ? `min(size / 2, ${o.quick ? '5 000' : '20 000'})`
      : `min(size, ${o.train})`;
  return [
    `sizes ${o.sizes.map(sizeLabel).join(', ')} on ${o.dialects.join(' and ')} (fresh SQLite file / PostgreSQL schema per size); ` +
      `sweep: n 8..1007 x size/1000 seeds, width 8, d 2, 1 step; a built coordinator (--lease-ms ${LEASE_MS}, --max-bundle ${CAPACITY}, --http-port)`,
    `simulated workers: ${o.workers} gRPC clients in the bench process (lease ${CAPACITY}, ${o.thinkMs ? `report after ${o.thinkMs} ms a bundle on average (0.5x-1.5x)` : 'report at once'}, heartbeat every 2 s at each worker's own phase), ` +
      `no training; one more leases 1 trial every ${PROBE_MS} ms; GetSweepStatus, WatchSweep and the dashboard probed every ${PROBE_MS} ms each`,
    `train: ${train} trials or ${o.trainSeconds} s, whichever comes first (NOT the whole sweep: pass --scale-train to train more); ` +
      `cancel: CancelSweep + ${SETTLE_MS / 1000} s; retry: RetrySweep + ${o.retrySeconds} s of training`,
    'p99 (worst phase): the highest p99 over the submit, train, cancel and retry phases (a call counts in the phase it started in); ' +
      'submit: from SubmitSweep until the sweep is complete in the store (inserting false, every trial counted)',
    `LeaseWork gate: the coordinators' --lease-lag-target-ms ${o.leaseLagTargetMs ?? 'default (10)'}; "held back" counts LeaseWork answers without a trial while the sweep had work pending`,
    `CPU: /proc/<pid>/stat of the coordinator (cores = CPU seconds / wall seconds); the bench process and the coordinator share ${cores} cores`,
    ...(o.saturation.length
      ? [
          `saturation: ${o.saturation.join(', ')} simulated workers added in steps (each on one of two coordinators on one PostgreSQL schema, ` +
            `lease ${SATURATION_LEASE_MS / 1000} s so heartbeats every ${SATURATION_LEASE_MS / 3000} s, ${o.saturationThinkMs} ms per bundle of up to ${CAPACITY}), ` +
            `${o.saturationStepSeconds} s measured per step after ${SATURATION_WARMUP_MS / 1000} s of warm-up, registrations (the running workers paused meanwhile) given ${SATURATION_REGISTER_LIMIT_MS / 1000} s; ` +
            `sweep of ${o.saturationTrials} trials`,
          'plateau: the first step after which more workers bring < 1.1x the trials/s; first bottleneck there: a process at >= 0.85 core ' +
            '(coordinator, simulator; PostgreSQL >= 0.85 of the machine), else the machine taken by them, else PostgreSQL backends ' +
            'waiting on row locks (pg_stat_activity sampled every second), else other processes of the shared machine',
        ]
      : []),
  ];
}

/** Defaults of every option but the sizes' list, dialects and server (quick: a smoke run). */
export function scaleDefaults(quick: boolean): Omit<ScaleOptions, 'dialects' | 'pg'> {
  return {
    sizes: quick ? SCALE_QUICK_SIZES : SCALE_SIZES,
    trainSeconds: quick ? 20 : 60,
    retrySeconds: quick ? 2 : 3,
    workers: 16,
    thinkMs: 0,
    quick,
    saturation: quick ? SATURATION_QUICK_STEPS : SATURATION_STEPS,
    saturationTrials: quick ? 200_000 : 300_000,
    saturationStepSeconds: quick ? 8 : 15,
    saturationThinkMs: 1_000,
  };
}

/** "1e3,1e4" or "1000,10000": positive integers; throws naming the option otherwise. */
export function parseCounts(option: string, text: string): number[] {
  const out = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (out.length === 0 || out.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`${option}: expected integers >= 1 separated by commas, got "${text}"`);
  }
  return out;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const d = scaleDefaults(quick);
  const sizes = arg('--sizes');
  const train = arg('--train');
  const trainSeconds = arg('--train-seconds');
  const workers = arg('--workers');
  const thinkMs = arg('--think-ms');
  const queueTarget = arg('--lease-lag-target-ms');
  const saturation = arg('--saturation');
  benchScale({
    ...d,
    ...(sizes ? { sizes: parseCounts('--sizes', sizes) } : {}),
    dialects: (arg('--dialects') === 'none'
      ? []
      : (arg('--dialects') ?? 'sqlite,postgres').split(',')) as ScaleDialect[],
    pg: arg('--pg') ?? process.env['THRESHER_TEST_PG_URL'],
    ...(train ? { train: Number(train) } : {}),
    ...(trainSeconds ? { trainSeconds: Number(trainSeconds) } : {}),
    ...(workers ? { workers: Number(workers) } : {}),
    ...(thinkMs ? { thinkMs: Number(thinkMs) } : {}),
    ...(queueTarget !== undefined ? { leaseLagTargetMs: Number(queueTarget) } : {}),
    ...(saturation
      ? { saturation: saturation === 'none' ? [] : parseCounts('--saturation', saturation) }
      : {}),
    onLine: (l) => console.log(l),
  }).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      if (r.errors.length) process.exitCode = 1;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
