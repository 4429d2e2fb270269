/**
 * A sweep end to end as a user runs it (`thresher run SWEEP`, one worker per core, fresh
 * SQLite file), against the numpy ideal: the project's numpy reference timed here on every
 * distinct (n, width, d) of the sweep, times the steps of its trials, summed and divided by
 * the cores. Also: expired leases, peak RSS of each worker (its slot processes included),
 * and the spread of the workers' busy time.
 *
 *   node tools/dist/bench/paper-bench.js [--sweep examples/paper-d5.yaml] [--keep DIR]
 *
 * `--keep DIR` leaves the run's database (DIR/paper.db) and report (DIR/r.html) there, for
 * `thresher report` and SQL afterwards; otherwise both go with a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { runReadOnlyQuery } from '@thresher/store';
import { PARAM_NAMES, trialFlops, type TrialParams } from '@thresher/sweep';
import { ROOT, rssMiB, runCli } from './bench-processes';
import { referenceTime } from './numpy-reference';

export interface PaperBenchResult {
  sweepFile: string;
  trials: number;
  done: number;
  cores: number;
  wallSeconds: number;
  usefulGflop: number;
  /** Useful flops (padding excluded) per second and core. */
  gflopsPerCore: number;
  /** numpy reference timed on every shape, summed, divided by cores; null without numpy. */
  numpyIdealSeconds: number | null;
  /** numpy ideal over our wall time: above 1 is faster than a perfectly parallel numpy loop. */
  idealOverOurs: number | null;
  expiredLeases: number;
  peakRssMiBPerWorker: number[];
  busySecondsPerWorker: number[];
  /** (most busy - least busy) / most busy. */
  busySpread: number;
  /**
   * Where the time goes, per distinct shape: our training seconds (sum of the trials' wall_ms:
   * a bundle's wall is split over its trials) against the numpy reference's seconds for the same
   * steps on one core. Slots train with cores / workers threads each, numpy with one.
   */
  shapes: ShapeProfile[];
  /** Wall time not covered by the busiest worker's attempts: process starts, report, idle. */
  overheadSeconds: number;
}

export interface ShapeProfile {
  n: number;
  width: number;
  d: number;
  trials: number;
  oursSeconds: number;
  numpySeconds: number | null;
}

/** Direct children of a process. */
function childPids(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

function isWorker(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker');
  } catch {
    return false;
  }
}

/** Samples each worker's RSS (worker process plus its slot processes) until stopped. */
function sampleWorkerRss(cliPid: () => number | undefined): { stop: () => Map<number, number> } {
  const peak = new Map<number, number>();
  const timer = setInterval(() => {
    const pid = cliPid();
    if (pid === undefined) return;
    for (const child of childPids(pid)) {
      if (!isWorker(child)) continue;
      const tree = [child, ...childPids(child)];
      const total = tree.reduce((sum, p) => sum + (rssMiB(p) ?? 0), 0);
      peak.set(child, Math.max(peak.get(child) ?? 0, total));
    }
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Seconds each worker had at least one attempt open (union of its attempts' intervals). */
function busySeconds(rows: { worker: string; start: number; end: number }[]): Map<string, number> {
  const byWorker = new Map<string, { start: number; end: number }[]>();
  for (const r of rows) byWorker.set(r.worker, [...(byWorker.get(r.worker) ?? []), r]);
  const out = new Map<string, number>();
  for (const [worker, spans] of byWorker) {
    spans.sort((a, b) => a.start - b.start);
    let total = 0;
    let cur: { start: number; end: number } | undefined;
    for (const s of spans) {
      if (cur && s.start <= cur.end) cur.end = Math.max(cur.end, s.end);
      else {
        if (cur) total += cur.end - cur.start;
        cur = { ...s };
      }
    }
    if (cur) total += cur.end - cur.start;
    out.set(worker, total / 1000);
  }
  return out;
}

const shapeKey = (p: { n: number; width: number; d: number }) => `${p.n}x${p.width}x${p.d}`;

/**
 * Per distinct shape: its trials, our training seconds, and the numpy reference's s/step times
 * the shape's steps (null without numpy).
 */
function profileShapes(trials: { params: TrialParams; wallMs: number | null }[]): ShapeProfile[] {
  const shapes = new Map<string, ShapeProfile & { steps: number }>();
  for (const { params: p, wallMs } of trials) {
    const key = shapeKey(p);
    const s = shapes.get(key) ?? {
      ...{ n: p.n, width: p.width, d: p.d, trials: 0, oursSeconds: 0, numpySeconds: null },
      steps: 0,
    };
    s.trials += 1;
    s.steps += p.steps;
    s.oursSeconds += (wallMs ?? 0) / 1000;
    shapes.set(key, s);
  }
  return [...shapes.values()].map(({ steps: totalSteps, ...s }) => {
    // About a second of timed steps per shape, at least 20.
    const steps = Math.max(20, Math.min(5000, Math.floor(3e9 / (6 * s.n * s.width * (s.d + 1)))));
    const t = referenceTime({ n: s.n, m: s.width, d: s.d, steps });
    return { ...s, numpySeconds: t === null ? null : t.s_per_step * totalSteps };
  });
}

export async function benchPaper(opts: {
  sweepFile: string;
  timeoutS?: number;
  /** Keep the database and report in this folder (created if missing). */
  keepDir?: string;
}): Promise<PaperBenchResult> {
  const sweepFile = path.resolve(ROOT, opts.sweepFile);
  if (!existsSync(sweepFile)) throw new Error(`${path.relative(ROOT, sweepFile)} does not exist`);
  const dir = opts.keepDir ?? mkdtempSync(path.join(tmpdir(), 'thresher-paper-'));
  if (opts.keepDir) mkdirSync(dir, { recursive: true });
  const cores = os.availableParallelism();
  try {
    const db = path.join(dir, 'paper.db');
    let pid: number | undefined;
    const sampler = sampleWorkerRss(() => pid);
    let ms: number;
    try {
      ({ ms } = await runCli(
        ['run', sweepFile, '--db', db, '--no-progress', '--out', path.join(dir, 'r.html')],
        (opts.timeoutS ?? 7200) * 1000,
        (p) => (pid = p),
      ));
    } finally {
      pid = undefined;
    }
    const peak = sampler.stop();
    const columns = PARAM_NAMES.map((name) => `t.${name}`).join(', ');
    const trialRows = await runReadOnlyQuery(
      db,
      `SELECT t.status, r.wall_ms, ${columns} FROM trials t LEFT JOIN results r USING (trial_id)`,
    );
    const done = trialRows.rows.filter((r) => r[0] === 'done').length;
    const trials = trialRows.rows.map(
      (r) =>
        Object.fromEntries(
          PARAM_NAMES.map((name, i) => [name, name === 'bias' ? r[i + 2] === 1 : r[i + 2]]),
        ) as unknown as TrialParams,
    );
    const shapes = profileShapes(
      trialRows.rows.map((r, i) => ({
        params: trials[i] as TrialParams,
        wallMs: r[1] === null ? null : Number(r[1]),
      })),
    );
    const expired = await runReadOnlyQuery(
      db,
      "SELECT count(*) FROM attempts WHERE outcome = 'expired'",
    );
    const spans = await runReadOnlyQuery(
      db,
      'SELECT worker_id, started_at, ended_at FROM attempts WHERE ended_at IS NOT NULL',
    );
    const busy = [
      ...busySeconds(
        spans.rows.map((r) => ({ worker: String(r[0]), start: Number(r[1]), end: Number(r[2]) })),
      ).values(),
    ];
    const usefulGflop = trials.reduce((s, p) => s + trialFlops(p), 0) / 1e9;
    const wallSeconds = ms / 1000;
    const ideal = shapes.some((s) => s.numpySeconds === null)
      ? null
      : shapes.reduce((sum, s) => sum + (s.numpySeconds as number), 0) / cores;
    const most = Math.max(...busy);
    const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
    return {
      sweepFile: path.relative(ROOT, sweepFile),
      trials: trials.length,
      done,
      cores,
      wallSeconds: round(wallSeconds, 1),
      usefulGflop: round(usefulGflop, 1),
      gflopsPerCore: round(usefulGflop / wallSeconds / cores),
      numpyIdealSeconds: ideal === null ? null : round(ideal, 1),
      idealOverOurs: ideal === null ? null : round(ideal / wallSeconds),
      expiredLeases: Number(expired.rows[0]?.[0] ?? 0),
      peakRssMiBPerWorker: [...peak.values()].map((v) => Math.round(v)),
      busySecondsPerWorker: busy.map((b) => round(b, 1)),
      busySpread: busy.length > 0 && most > 0 ? round((most - Math.min(...busy)) / most, 3) : 0,
      shapes: shapes.map((s) => ({
        ...s,
        oursSeconds: round(s.oursSeconds, 1),
        numpySeconds: s.numpySeconds === null ? null : round(s.numpySeconds, 1),
      })),
      overheadSeconds: round(wallSeconds - (busy.length > 0 ? most : 0), 1),
    };
  } finally {
    if (!opts.keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const option = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  benchPaper({
    sweepFile: option('--sweep') ?? 'examples/paper-d5.yaml',
    keepDir: option('--keep'),
  }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
