/**
 * Dashboard benchmark: response times of the coordinator's HTTP API over a sweep of 100 000
 * finished trials (10 widths x 20 n x 500 seeds: 10 groups), the figures docs/dashboard.md quotes.
 *
 *   node tools/dist/bench/dashboard-bench.js [--db PATH_OR_URL] [--trials 100000]
 *
 * The database is filled through the store (fake results, 2-point curves), then a built
 * coordinator serves it with --http-port; each endpoint is timed from this process over HTTP.
 * The fit is computed on the first /api/sweeps/NAME (on the coordinator's read thread) and
 * cached until trials finish. While it is computed, `GET /` is asked every 20 ms: its worst
 * time says how long the coordinator's event loop (and so its gRPC calls) was held up.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pickFreePort } from '@thresher/proto';
import { openStore } from '@thresher/store';
import type { TrialOutcome, TrialParams } from '@thresher/sweep';
import { startCoordinator, stopApp } from './bench-processes';
import { sweepTrials } from './store-bench';

export interface DashboardBenchRow {
  dialect: string;
  endpoint: string;
  trials: number;
  /** Median and max over `runs` requests. */
  ms: number;
  max_ms: number;
  runs: number;
  bytes: number;
}

const SWEEP = 'dashboard-bench';

function outcome(p: TrialParams): TrialOutcome {
  const nStar = 12 * Math.sqrt(p.width);
  const wobble = (((p.seed * 2654435761) >>> 0) / 2 ** 32 - 0.5) * 0.1;
  const ratio = Math.min(1, Math.max(0, 1 / (1 + Math.exp(-2 * Math.log(p.n / nStar))) + wobble));
  return {
    metrics: {
      train_loss: 0.1 * ratio,
      test_loss: 0.2,
      excess_risk: 0.05,
      ols_train_loss: 0.1,
      ols_test_loss: 0.2,
      ols_excess_risk: 0.05,
      interp_ratio: ratio,
      test_ratio: 1,
      aligned_fraction: 0.5,
      converged: true,
    },
    curve: [
      { step: 0, train_loss: 1, test_loss: 1 },
      { step: 1000, train_loss: 0.1 * ratio, test_loss: 0.2 },
    ],
    wall_ms: 10,
    backend: 'cpu',
  };
}

/** Fills `location` with one sweep of `count` finished trials. */
async function fill(location: string, count: number): Promise<string> {
  const store = await openStore(location);
  try {
    const list = sweepTrials(count, 1000);
    await store.insertSweep({ name: SWEEP, spec: { bench: true }, trials: list });
    await store.upsertWorker(
      { workerId: 'bench', host: 'bench', cores: 1, backend: 'cpu', version: 'bench' },
      new Date(),
    );
    for (;;) {
      const leases = await store.leaseTrials({
        workerId: 'bench',
        max: 5_000,
        leaseMs: 600_000,
        now: new Date(),
      });
      if (leases.length === 0) break;
      const now = new Date();
      await store.completeAttempts(
        leases.map((l) => ({
          attemptId: l.attemptId,
          workerId: 'bench',
          outcome: outcome(l.params),
          now,
        })),
      );
    }
    return store.dialect;
  } finally {
    await store.close();
  }
}

function get(
  url: string,
): Promise<{ ms: number; bytes: number; status: number; retryAfterS: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            ms: performance.now() - t0,
            bytes,
            status: res.statusCode ?? 0,
            retryAfterS: Number(res.headers['retry-after'] ?? 1) || 1,
          }),
        );
      })
      .on('error', reject);
  });
}

export async function benchDashboard(options: {
  location?: string;
  trials?: number;
  runs?: number;
}): Promise<DashboardBenchRow[]> {
  const count = options.trials ?? 100_000;
  const runs = options.runs ?? 10;
  const location =
    options.location ?? join(mkdtempSync(join(tmpdir(), 'thresher-dashboard-bench-')), 'd.db');
  const dialect = await fill(location, count);
  const httpPort = await pickFreePort('127.0.0.1');
  const { app } = await startCoordinator(location, ['--http-port', String(httpPort)]);
  const base = `http://127.0.0.1:${httpPort}`;
  const rows: DashboardBenchRow[] = [];
  const time = async (endpoint: string, path: string, n: number) => {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const r = await get(`${base}${path}`);
      if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
      samples.push(r.ms);
      bytes = r.bytes;
    }
    record(endpoint, samples, bytes);
  };
  /** Asks until 200, after each 202's Retry-After as the page does: every answer timed. */
  const untilReady = async (endpoint: string, path: string) => {
    const samples: number[] = [];
    const t0 = performance.now();
    for (;;) {
      const r = await get(`${base}${path}`);
      samples.push(r.ms);
      if (r.status === 200) {
        record(`${endpoint}: each answer (${samples.length - 1} x 202 fitting)`, samples, r.bytes);
        record(`${endpoint}: first request to the 200`, [performance.now() - t0], r.bytes);
        return;
      }
      if (r.status !== 202) throw new Error(`${path}: HTTP ${r.status}`);
      await new Promise((resolve) => setTimeout(resolve, r.retryAfterS * 1000));
    }
  };
  const record = (endpoint: string, unsorted: number[], bytes: number) => {
    const samples = [...unsorted];
    samples.sort((a, b) => a - b);
    rows.push({
      dialect,
      endpoint,
      trials: count,
      ms: samples[Math.floor((samples.length - 1) / 2)] as number,
      max_ms: samples[samples.length - 1] as number,
      runs: samples.length,
      bytes,
    });
  };
  try {
    const name = encodeURIComponent(SWEEP);
    const probes: number[] = [];
    let fitting = true;
    const probing = (async () => {
      while (fitting) {
        probes.push((await get(`${base}/`)).ms);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await untilReady('GET /api/sweeps/NAME (first fit)', `/api/sweeps/${name}`);
    fitting = false;
    await probing;
    probes.sort((a, b) => a - b);
    rows.push({
      dialect,
      endpoint: 'GET / while the first fit is computed',
      trials: count,
      ms: probes[Math.floor((probes.length - 1) / 2)] ?? NaN,
      max_ms: probes[probes.length - 1] ?? NaN,
      runs: probes.length,
      bytes: 0,
    });
    await untilReady('GET /api/sweeps/NAME/plots (first plots)', `/api/sweeps/${name}/plots`);
    await time('GET /api/sweeps', '/api/sweeps', runs);
    await time('GET /api/sweeps/NAME (cached fit)', `/api/sweeps/${name}`, runs);
    await time('GET /api/sweeps/NAME/plots (cached)', `/api/sweeps/${name}/plots`, runs);
    await time('GET /api/workers', '/api/workers', runs);
    await time('GET /', '/', runs);
  } finally {
    await stopApp(app);
  }
  return rows;
}

if (require.main === module) {
  const arg = (flag: string) => {
    const at = process.argv.indexOf(flag);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const trialsArg = arg('--trials');
  benchDashboard({
    location: arg('--db'),
    trials: trialsArg ? Number(trialsArg) : undefined,
  }).then(
    (rows) => {
      for (const r of rows) {
        console.log(
          `${r.dialect.padEnd(8)} ${r.endpoint.padEnd(40)} ${r.ms.toFixed(1).padStart(8)} ms ` +
            `(max ${r.max_ms.toFixed(1)} ms, ${r.runs} runs, ${r.bytes} bytes) at ${r.trials} trials`,
        );
      }
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
