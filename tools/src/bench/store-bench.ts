/**
 * Store benchmark (targets from the store's brief):
 *   - insert a sweep of 100 000 trials                      < 5 s
 *   - record 10 000 results, each with a 50-point curve     >= 2 000 results/s
 *   - a trial_results query over 100 000 rows grouped by n and width  < 1 s
 *
 *   node tools/dist/bench/store-bench.js [--db PATH_OR_URL ...] [--trials 100000] [--results 10000]
 *
 * Without --db: a fresh SQLite file, plus PostgreSQL when THRESHER_TEST_PG_URL is set
 * (tools/scripts/start-postgres.sh prints it). Each run uses a fresh file / schema.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, runReadOnlyQuery, type Store } from '@thresher/store';
import {
  PARAM_DEFAULTS,
  defaultRecordEvery,
  trialId,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';

export interface StoreBenchRow {
  dialect: string;
  phase: string;
  count: number;
  ms: number;
  per_s: number;
  target: string;
  within_target: boolean | null;
}

/** The benchmarks' large grid: 20 n x 10 widths (10 groups), seeds as many as `count` needs. */
export const BENCH_NS = [
  8, 11, 16, 23, 32, 45, 64, 91, 128, 181, 256, 362, 512, 724, 1024, 1448, 2048, 2896, 4096, 5793,
];
export const BENCH_WIDTHS = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192];

/** `count` distinct trials of the large grid, seed by seed. */
export function sweepTrials(
  count: number,
  steps = PARAM_DEFAULTS.steps,
): { trialId: string; params: TrialParams }[] {
  const out: { trialId: string; params: TrialParams }[] = [];
  for (let seed = 0; out.length < count; seed++) {
    for (const width of BENCH_WIDTHS) {
      for (const n of BENCH_NS) {
        if (out.length >= count) break;
        const params: TrialParams = {
          ...PARAM_DEFAULTS,
          n,
          width,
          seed,
          steps,
          record_every: defaultRecordEvery(steps),
        };
        out.push({ trialId: trialId(params), params });
      }
    }
  }
  return out;
}

function fakeOutcome(params: TrialParams): TrialOutcome {
  const ratio = 1 / (1 + Math.exp(-2 * (Math.log(params.n) - Math.log(96))));
  return {
    metrics: {
      train_loss: 0.12 * ratio,
      test_loss: 0.13 + 0.1 * (1 - ratio),
      excess_risk: 0.01 + 0.1 * (1 - ratio),
      ols_train_loss: 0.12,
      ols_test_loss: 0.13,
      ols_excess_risk: 0.01,
      interp_ratio: ratio,
      test_ratio: (0.13 + 0.1 * (1 - ratio)) / 0.13,
      aligned_fraction: ratio,
      converged: true,
    },
    // The coordinator checks results against their trial: the last point is the final one.
    curve: Array.from({ length: 50 }, (_, i) => ({
      step: (i + 1) * params.record_every,
      train_loss: i === 49 ? 0.12 * ratio : 1 / (i + 1),
      test_loss: i === 49 ? 0.13 + 0.1 * (1 - ratio) : 1.5 / (i + 1),
    })),
    wall_ms: 1000,
    backend: 'bench',
  };
}

function row(
  dialect: string,
  phase: string,
  count: number,
  ms: number,
  target: string,
  ok: boolean | null,
): StoreBenchRow {
  return {
    dialect,
    phase,
    count,
    ms: Math.round(ms),
    per_s: Math.round((count / ms) * 1000),
    target,
    within_target: ok,
  };
}

/** Gives the location a fresh file (SQLite) or schema (PostgreSQL). */
export function freshLocation(location: string): string {
  const tag = `bench_${Date.now()}_${process.pid}`;
  if (/^postgres(ql)?:\/\//.test(location)) {
    const url = new URL(location);
    url.searchParams.set('schema', tag);
    return url.toString();
  }
  return location;
}

export async function benchStore(opts: {
  location: string;
  trials: number;
  results: number;
  /** Concurrent completion streams (PostgreSQL benefits; SQLite serializes writers). */
  concurrency?: number;
}): Promise<StoreBenchRow[]> {
  const location = freshLocation(opts.location);
  const store: Store = await openStore(location);
  const dialect = store.dialect;
  const rows: StoreBenchRow[] = [];
  const sweep = 'store-bench';
  try {
    const trials = sweepTrials(opts.trials);
    let t0 = performance.now();
    const inserted = await store.insertSweep({ name: sweep, spec: { bench: true }, trials });
    let ms = performance.now() - t0;
    rows.push(row(dialect, 'insertSweep (trials)', inserted.inserted, ms, '< 5000 ms', ms < 5000));

    t0 = performance.now();
    const again = await store.insertSweep({ name: sweep, spec: { bench: true }, trials });
    rows.push(
      row(
        dialect,
        'insertSweep again (idempotent)',
        again.existing,
        performance.now() - t0,
        '-',
        null,
      ),
    );

    // Workers lease batches of 50 and report each result with its 50-point curve: first
    // one call per result, then one call per finished batch (completeAttempts).
    const concurrency = opts.concurrency ?? (dialect === 'postgres' ? 4 : 1);
    for (const batched of [false, true]) {
      let remaining = opts.results;
      let recorded = 0;
      t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async (_, w) => {
          const workerId = `bench-${w}`;
          while (remaining > 0) {
            const max = Math.min(50, remaining);
            remaining -= max;
            const leases = await store.leaseTrials({
              workerId,
              max,
              leaseMs: 600_000,
              now: new Date(),
            });
            remaining += max - leases.length; // fewer when a concurrent caller holds some rows
            const reports = leases.map((lease) => ({
              attemptId: lease.attemptId,
              workerId,
              outcome: fakeOutcome(lease.params),
              now: new Date(),
            }));
            if (batched) {
              const outcomes = await store.completeAttempts(reports);
              recorded += outcomes.filter((o) => o === 'recorded').length; // after the await: no lost update
            } else {
              for (const report of reports)
                if ((await store.completeAttempt(report)) === 'recorded') recorded++;
            }
          }
        }),
      );
      ms = performance.now() - t0;
      const phase = batched ? 'lease 50 + completeAttempts(50)' : 'lease 50 + 50 x completeAttempt';
      rows.push(
        row(
          dialect,
          `${phase}, 50-pt curves, ${concurrency} callers`,
          recorded,
          ms,
          '>= 2000/s',
          (recorded / ms) * 1000 >= 2000,
        ),
      );
    }

    const query = `SELECT n, width, count(*) AS trials, avg(interp_ratio) AS interp_ratio, avg(test_ratio) AS test_ratio
      FROM trial_results WHERE sweep = '${sweep}' GROUP BY n, width ORDER BY n, width`;
    t0 = performance.now();
    const grouped = await runReadOnlyQuery(location, query);
    ms = performance.now() - t0;
    rows.push(
      row(
        dialect,
        `trial_results GROUP BY n, width (${grouped.rows.length} groups)`,
        opts.trials,
        ms,
        '< 1000 ms',
        ms < 1000,
      ),
    );

    t0 = performance.now();
    const all = await store.trialResults(sweep);
    rows.push(
      row(
        dialect,
        'store.trialResults(sweep) (all rows)',
        all.length,
        performance.now() - t0,
        '-',
        null,
      ),
    );
  } finally {
    await store.close();
  }
  return rows;
}

function option(argv: string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === name && argv[i + 1] !== undefined) values.push(argv[i + 1] as string);
  });
  return values;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const trials = Number(option(argv, '--trials')[0] ?? 100_000);
  const results = Number(option(argv, '--results')[0] ?? 10_000);
  let dbs = option(argv, '--db');
  if (dbs.length === 0) {
    dbs = [join(mkdtempSync(join(tmpdir(), 'thresher-bench-')), 'bench.db')];
    const pg = process.env['THRESHER_TEST_PG_URL'];
    if (pg !== undefined && pg !== '') dbs.push(pg);
    else
      console.error(
        'PostgreSQL skipped: set THRESHER_TEST_PG_URL (tools/scripts/start-postgres.sh)',
      );
  }
  (async () => {
    const all: StoreBenchRow[] = [];
    for (const location of dbs) all.push(...(await benchStore({ location, trials, results })));
    console.table(all);
  })().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
