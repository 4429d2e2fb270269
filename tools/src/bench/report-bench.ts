/**
 * Report benchmark: buildReport + renderReport over a large synthetic sweep (target: 100 000
 * trials built and rendered to HTML in under 10 s). Rows follow the logistic threshold model.
 *
 *   node tools/dist/bench/report-bench.js [--trials 100000]
 *
 * With --stored, `thresher report` itself over a SQLite database of finished trials (issue
 * "A million trials": 10^6 trials in under 60 s, in bounded memory): the database is filled
 * through the store (10 widths x 20 n x seeds, 11-point curves with aligned_fraction; about
 * 650 results/s on 2 cores, so 10^6 takes about half an hour), kept with --db PATH and reused
 * when it already holds the sweep; the CLI runs as a child process, its peak RSS (VmHWM) and CPU
 * time read from /proc.
 *
 *   node tools/dist/bench/report-bench.js --stored [--trials 1000000] [--db PATH]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@thresher/store';
import { PARAM_DEFAULTS, trialId, type TrialOutcome, type TrialParams } from '@thresher/sweep';
import { runCli } from './bench-processes';
import { BENCH_NS, BENCH_WIDTHS } from './store-bench';
import {
  buildReport,
  curveTrialIds,
  renderReport,
  syntheticSweepRows,
  withCurves,
  type ReportRow,
} from '@thresher/report';

export interface ReportBenchRow {
  phase: 'build' | 'render-html' | 'build+html' | 'render-md' | 'render-json';
  trials: number;
  groups: number;
  ms: number;
  /** Output size in bytes (render phases). */
  bytes: number | null;
  /** build+html only: under the 10 s target. */
  within_target: boolean | null;
}

const WIDTHS = [16, 32, 64, 128, 256, 512, 1024, 2048];
const NOISES = [0.25, 0.5, 1];
const NS = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];
const TARGET_MS = 10_000;

/** A sweep of about `trials` trials: widths x noise levels x n x seeds, some failed or pending. */
export function benchRows(trials: number): ReportRow[] {
  const seeds = Math.max(1, Math.ceil(trials / (WIDTHS.length * NOISES.length * NS.length)));
  const rows = NOISES.flatMap((noise) =>
    syntheticSweepRows({
      sweep: `bench-noise-${noise}`,
      ns: NS,
      widths: WIDTHS,
      seeds,
      noise,
      ratioNoise: 0.06,
      failRate: 0.005,
      pendingRate: 0.01,
    }),
  );
  return rows.slice(0, trials);
}

export async function benchReport(opts: { trials: number }): Promise<ReportBenchRow[]> {
  const rows = benchRows(opts.trials);
  const sweep = 'report-bench';
  const t0 = performance.now();
  const built = buildReport({ sweep, rows });
  // What `thresher report` does: pick the trials to show curves of, fetch them, attach them.
  const curves = new Map(
    curveTrialIds(built).map((id) => [
      id,
      Array.from({ length: 51 }, (_, i) => ({
        step: i * 200,
        train_loss: 0.1 * Math.exp(-i / 10) + 0.01,
        test_loss: 0.14 + 0.03 * (1 - Math.exp(-i / 8)),
      })),
    ]),
  );
  const model = withCurves(built, curves, rows);
  const t1 = performance.now();
  const html = await renderReport(model, 'html');
  const t2 = performance.now();
  const md = await renderReport(model, 'md');
  const t3 = performance.now();
  const json = await renderReport(model, 'json');
  const t4 = performance.now();
  const buildMs = t1 - t0;
  const base = { trials: rows.length, groups: model.groups.length };
  const round = (ms: number) => Math.round(ms);
  return [
    { phase: 'build', ...base, ms: round(buildMs), bytes: null, within_target: null },
    {
      phase: 'render-html',
      ...base,
      ms: round(t2 - t1),
      bytes: Buffer.byteLength(html),
      within_target: null,
    },
    {
      phase: 'build+html',
      ...base,
      ms: round(t2 - t0),
      bytes: Buffer.byteLength(html),
      within_target: t2 - t0 < TARGET_MS,
    },
    {
      phase: 'render-md',
      ...base,
      ms: round(t3 - t2),
      bytes: Buffer.byteLength(md),
      within_target: null,
    },
    {
      phase: 'render-json',
      ...base,
      ms: round(t4 - t3),
      bytes: Buffer.byteLength(json),
      within_target: null,
    },
  ];
}

const STORED_SWEEP = 'report-bench';
const STORED_TARGET_MS = 60_000;

/** A finished trial as the bench stores it: the logistic in ln n with a seed wobble. */
function storedOutcome(p: TrialParams): TrialOutcome {
  const nStar = 12 * Math.sqrt(p.width);
  const wobble = (((p.seed * 2654435761) >>> 0) / 2 ** 32 - 0.5) * 0.1;
  const ratio = Math.min(1, Math.max(0.001, 1 / (1 + (nStar / p.n) ** 2) + wobble));
  const curve = [];
  for (let step = 0; step <= p.steps; step += p.record_every) {
    const f = step / p.steps;
    curve.push({
      step,
      train_loss: step === p.steps ? 0.1 * ratio : 0.1 * (ratio + (1 - f) * (1 - ratio) * 2),
      test_loss: step === p.steps ? 0.2 * (1 + wobble) : 0.3,
      aligned_fraction: Math.min(1, f * (0.5 + ratio)),
    });
  }
  return {
    metrics: {
      train_loss: 0.1 * ratio,
      test_loss: 0.2 * (1 + wobble),
      excess_risk: 0.05,
      ols_train_loss: 0.1,
      ols_test_loss: 0.2,
      ols_excess_risk: 0.05,
      interp_ratio: (0.1 * ratio) / 0.1,
      test_ratio: 1 + wobble,
      aligned_fraction: 0.5 + wobble,
      converged: p.seed % 17 !== 3,
    },
    curve,
    wall_ms: 10,
    backend: 'bench',
  };
}

/** Fills `location` with one sweep of `count` finished trials through the store. */
export async function fillReportStore(location: string, count: number): Promise<void> {
  const store = await openStore(location);
  try {
    if ((await store.getSweep(STORED_SWEEP)) !== undefined) return;
    const trials: { trialId: string; params: TrialParams }[] = [];
    for (let seed = 0; trials.length < count; seed++) {
      for (const width of BENCH_WIDTHS) {
        for (const n of BENCH_NS) {
          if (trials.length >= count) break;
          const params = { ...PARAM_DEFAULTS, n, width, seed, steps: 1000, record_every: 100 };
          trials.push({ trialId: trialId(params), params });
        }
      }
    }
    await store.insertSweep({ name: STORED_SWEEP, spec: { bench: true }, trials });
    await store.upsertWorker(
      { workerId: 'bench', host: 'bench', cores: 1, backend: 'bench', version: 'bench' },
      new Date(),
    );
    for (;;) {
      const now = new Date();
      const leases = await store.leaseTrials({
        workerId: 'bench',
        max: 5_000,
        leaseMs: 600_000,
        now,
      });
      if (leases.length === 0) break;
      await store.completeAttempts(
        leases.map((l) => ({
          attemptId: l.attemptId,
          workerId: 'bench',
          outcome: storedOutcome(l.params),
          now,
        })),
      );
    }
  } finally {
    await store.close();
  }
}

export interface StoredReportBenchRow {
  trials: number;
  format: 'html';
  /** Wall clock of `thresher report`, spawn to exit. */
  ms: number;
  /** User + system CPU time of the CLI process (the machine may be shared). */
  cpu_ms: number;
  peak_rss_mib: number;
  within_target: boolean;
}

/** The process's peak RSS (VmHWM, MiB) and CPU time (ms) from /proc; undefined once gone. */
function procUsage(pid: number): { hwm: number; cpuMs: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    return { hwm, cpuMs: (ticks * 1000) / 100 };
  } catch {
    return undefined;
  }
}

/** `thresher report` over a stored sweep of `trials` finished trials. */
export async function benchStoredReport(opts: {
  trials: number;
  location?: string;
}): Promise<StoredReportBenchRow> {
  const location =
    opts.location ?? join(mkdtempSync(join(tmpdir(), 'thresher-report-bench-')), 'r.db');
  // A kept database that already holds the sweep is reused as it is.
  await fillReportStore(location, opts.trials);
  const out = join(mkdtempSync(join(tmpdir(), 'thresher-report-out-')), 'r.html');
  let pid = 0;
  let last: { hwm: number; cpuMs: number } | undefined;
  const poll = setInterval(() => {
    // The maxima: an exiting process's status no longer has VmHWM.
    const now = procUsage(pid);
    if (now) {
      last = {
        hwm: Math.max(now.hwm, last?.hwm ?? 0),
        cpuMs: Math.max(now.cpuMs, last?.cpuMs ?? 0),
      };
    }
  }, 100);
  try {
    const { ms } = await runCli(
      ['report', STORED_SWEEP, '--db', location, '--format', 'html', '--out', out],
      30 * 60_000,
      (p) => (pid = p),
    );
    return {
      trials: opts.trials,
      format: 'html',
      ms: Math.round(ms),
      cpu_ms: Math.round(last?.cpuMs ?? Number.NaN),
      peak_rss_mib: Math.round(last?.hwm ?? Number.NaN),
      within_target: ms < STORED_TARGET_MS,
    };
  } finally {
    clearInterval(poll);
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const stored = argv.includes('--stored');
  const trials = Number(flag('--trials') ?? (stored ? 1_000_000 : 100_000));
  const run = stored
    ? benchStoredReport({ trials, location: flag('--db') }).then((row) => [row])
    : benchReport({ trials });
  run.then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
