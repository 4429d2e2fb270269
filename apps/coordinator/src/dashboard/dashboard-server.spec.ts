import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createCoordinatorClient,
  type CoordinatorClient,
  type CoordinatorRpcError,
} from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavyReadsOn } from '../read-thread/read-jobs';
import { ReadThread } from '../read-thread/read-thread';
import { startCoordinatorServer, type CoordinatorServer } from '../server';
import { groupJson } from './dashboard-data';
import { startDashboardServer, type DashboardServer } from './dashboard-server';

// A coordinator in this process with its dashboard, over real sockets and a real SQLite file.

const TOKEN = 'dashboard-secret';
const dir = mkdtempSync(path.join(tmpdir(), 'thresher-dashboard-'));
let store: Store;
let server: CoordinatorServer;
let api: CoordinatorClient;
let base: URL;
let workerId: string;
let workerSecret: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  target: string,
  options: { method?: string; headers?: Record<string, string>; at?: URL } = {},
): Promise<Answer> {
  const at = options.at ?? base;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: at.hostname,
        port: at.port,
        path: target,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const bearer = { authorization: `Bearer ${TOKEN}` };
const json = async (target: string) => {
  const answer = await request(target, { headers: bearer });
  expect(answer.status, answer.body).toBe(200);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(answer.body) as unknown;
};

/**
 * GETs `target` (a sweep or its plots) until its fit is ready, then its JSON: the first fit of a
 * fresh coordinator also starts the read thread, which can take longer than the 500 ms a request
 * waits for it (202 "fitting" meanwhile; each 202 is held that long by the server).
 */
async function fitted(target: string): Promise<unknown> {
  for (;;) {
    const answer = await request(target, { headers: bearer });
    if (answer.status !== 202) break;
    expect(JSON.parse(answer.body)).toMatchObject({ fitting: true });
  }
  return json(target);
}

/** A result the coordinator believes: ratios from their losses, a curve ending at `steps`. */
function result(attemptId: number, interpRatio: number, steps: number) {
  const trainLoss = interpRatio * 0.2;
  return {
    attemptId,
    metrics: {
      trainLoss,
      testLoss: 0.2,
      excessRisk: 0.1,
      olsTrainLoss: 0.2,
      olsTestLoss: 0.3,
      olsExcessRisk: 0.1,
      interpRatio,
      testRatio: 0.2 / 0.3,
      alignedFraction: 1,
      converged: true,
    },
    curve: { step: [0, steps], trainLoss: [1, trainLoss], testLoss: [1, 0.2] },
    wallMs: 3,
    backend: 'cpu',
  };
}

/**
 * Leases and completes up to `count` trials (a bundle holds one shape: several leases) with a
 * ratio falling with n (n* near 32).
 */
async function complete(count: number): Promise<void> {
  for (let left = count; left > 0;) {
    const { trials, heldBack, retryAfterMs } = await api.leaseWork({
      workerId,
      workerSecret,
      capacity: left,
    });
    // Held back by a busy coordinator (a loaded machine): not an empty queue; ask again as told.
    if (heldBack) {
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
      continue;
    }
    if (trials.length === 0) return;
    await api.completeTrials({
      workerId,
      workerSecret,
      results: trials.map((t) =>
        result(
          t.attemptId as number,
          1 / (1 + Math.exp(-2 * Math.log((t.params?.n ?? 1) / 32))),
          t.params?.steps ?? 0,
        ),
      ),
    });
    left -= trials.length;
  }
}

beforeAll(async () => {
  store = await openStore(path.join(dir, 'd.db'));
  server = await startCoordinatorServer({
    store,
    // The statuses and fits come from the read thread, as in the coordinator app.
    readLocation: path.join(dir, 'd.db'),
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    http: { host: '127.0.0.1', port: 0 },
    scheduler: { leaseMs: 30_000, maxBundle: 100 },
    log: () => undefined,
  });
  base = new URL(server.dashboardUrl as string);
  api = createCoordinatorClient(server.address, { token: TOKEN, deadlineMs: 10_000 });
  await api.submitSweep({
    specJson: JSON.stringify({
      name: 'dash',
      grid: { n: [8, 16, 32, 64, 128], width: [8], seed: [0, 1, 2] },
      fixed: { steps: 10, test_size: 20 },
    }),
  });
  ({ workerId, workerSecret } = await api.registerWorker({
    host: 'h',
    cores: 2,
    slots: 3,
    backend: 'cpu',
    version: 'v',
  }));
});

afterAll(async () => {
  api?.close();
  await server?.close(1_000);
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dashboard access', () => {
  it('refuses a request without the token or with a wrong one (401), on every path', async () => {
    for (const target of ['/', '/api/sweeps', '/api/sweeps/dash', '/api/workers', '/api/events']) {
      const answer = await request(target);
      expect(answer.status, target).toBe(401);
      expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(JSON.parse(answer.body).error.code).toBe('UNAUTHENTICATED');
    }
    expect((await request('/?token=wrong')).status).toBe(401);
    expect((await request('/', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await request('/', { headers: { authorization: TOKEN } })).status).toBe(401);
    const cookie = `thresher_dashboard_${base.port}=0123`;
    expect((await request('/', { headers: { cookie } })).status).toBe(401);
  });

  it('?token= once sets an HttpOnly SameSite=Strict cookie and redirects without it', async () => {
    const login = await request(`/?token=${TOKEN}&x=1`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/?x=1');
    const setCookie = login.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(';')[0] as string;
    const page = await request('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.body).toContain('<table id="sweeps">');
    expect(page.body).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const api = await request('/api/sweeps', { headers: { cookie } });
    expect(api.status).toBe(200);
  });

  it('redirects a ?token= login only to a path of the dashboard itself', async () => {
    for (const [target, location] of [
      [`/.//evil.example/?token=${TOKEN}`, '/evil.example/'],
      [`//evil.example/x?token=${TOKEN}`, '/x'],
      [`/%2F%2Fevil.example/?token=${TOKEN}`, '/%2F%2Fevil.example/'],
      // A backslash is a slash to the URL parser: the host part is dropped, the query kept.
      [`/\\evil.example/?token=${TOKEN}&y=2`, '/?y=2'],
    ] as const) {
      const login = await request(target);
      expect(login.status, target).toBe(303);
      expect(login.headers.location, target).toBe(location);
      // Resolved against the dashboard, the location stays on its host.
      expect(new URL(login.headers.location!, base).host, target).toBe(base.host);
    }
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await request('/api/sweeps', { method, headers: bearer });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(JSON.parse(answer.body).error.code).toBe('METHOD_NOT_ALLOWED');
    }
    const head = await request('/api/sweeps', { method: 'HEAD', headers: bearer });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('names bad input with a clear error and keeps serving', async () => {
    const cases: [string, number, string][] = [
      ['/api/sweeps/nope', 404, 'UNKNOWN_SWEEP'],
      ['/api/sweeps/nope/plots', 404, 'UNKNOWN_SWEEP'],
      ['/api/sweeps/%E0%A4%A', 400, 'BAD_REQUEST'],
      [`/api/sweeps/${'x'.repeat(300)}`, 400, 'BAD_REQUEST'],
      [`/api/sweeps/${'x'.repeat(5000)}`, 414, 'REQUEST_TOO_LARGE'],
      ['/api/nothing', 404, 'UNKNOWN_ROUTE'],
      ['/api/sweeps/dash/extra/more', 404, 'UNKNOWN_ROUTE'],
    ];
    for (const [target, status, code] of cases) {
      const answer = await request(target, { headers: bearer });
      expect(answer.status, target.slice(0, 40)).toBe(status);
      expect(JSON.parse(answer.body).error.code).toBe(code);
    }
    expect(await json('/api/sweeps')).toHaveLength(1);
  });
});

describe('dashboard API', () => {
  it('lists sweeps with counts and ETA, and workers with their speed', async () => {
    await complete(6);
    const sweeps = (await json('/api/sweeps')) as {
      name: string;
      status: string;
      counts: Record<string, number>;
      eta_s: number | null;
    }[];
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0]).toMatchObject({
      name: 'dash',
      status: 'active',
      counts: { done: 6, running: 0, pending: 9, failed: 0, cancelled: 0, total: 15 },
    });
    expect(sweeps[0]).toHaveProperty('eta_s');
    const workers = (await json('/api/workers')) as Record<string, unknown>[];
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatchObject({
      worker_id: workerId,
      cores: 2,
      slots: 3,
      completed: 6,
      leased: 0,
    });
    expect(workers[0]!['trial_steps_per_second']).toBeCloseTo(60 / 60, 6);
  });

  it('gives one sweep with its groups, their fits and the rendered plot', async () => {
    await complete(9);
    const detail = (await fitted('/api/sweeps/dash')) as {
      fitting: boolean;
      counts: { done: number };
      groups: {
        label: string;
        threshold: { verdict: string; nStar: number; ci: { lo: number; hi: number } | null };
        over_time: {
          n_star: { step: number; n_star: number | null }[];
          budget: { verdict: string; text: string } | null;
        } | null;
        by_n: { n: number; done: number; interp_ratio: { mean: number } | null }[];
      }[];
    };
    expect(detail.fitting).toBe(false);
    expect(detail.counts.done).toBe(15);
    expect(detail.groups).toHaveLength(1);
    const [group] = detail.groups;
    expect(group!.threshold.verdict).toBe('threshold');
    expect(group!.threshold.nStar).toBeCloseTo(32, 0);
    expect(group!.by_n.map((s) => [s.n, s.done])).toEqual([
      [8, 3],
      [16, 3],
      [32, 3],
      [64, 3],
      [128, 3],
    ]);
    expect(group!.by_n[2]!.interp_ratio!.mean).toBeCloseTo(0.5, 6);
    // n*(t) from the stored curves (steps 0 and 10): one fitted step, the last, which is n*;
    // nothing earlier in the last half to compare it with.
    expect(group!.over_time!.n_star).toEqual([
      { step: 10, n_star: group!.threshold.nStar, ci: group!.threshold.ci },
    ]);
    expect(group!.over_time!.budget).toMatchObject({ verdict: 'undetermined' });
    const plots = (await fitted('/api/sweeps/dash/plots')) as { id: string; svg: string }[];
    expect(plots.map((p) => p.id)).toEqual(['plot-eqs51-1', 'plot-eqs51-time-g1']);
    expect(plots[0]!.svg).toMatch(/^<svg/);
    expect(plots[0]!.svg).toContain('n* = ');
    expect(plots[1]!.svg).toContain('n*(t): undetermined');
  });
});

describe('event streams', () => {
  it('pushes sweeps and workers over server-sent events as trials finish', async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: 'live',
        grid: { n: [8, 16], width: [8], seed: [0, 1] },
        // Other steps than the first sweep's: new trials, not shared ones.
        fixed: { steps: 11, test_size: 20 },
      }),
    });
    const received: { event: string; data: unknown }[] = [];
    let buffer = '';
    const req = http.get({
      host: base.hostname,
      port: base.port,
      path: '/api/events',
      headers: bearer,
    });
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      req.on('response', resolve),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (name && data) received.push({ event: name, data: JSON.parse(data) });
      }
    });
    const liveDone = () =>
      received
        .filter((e) => e.event === 'sweeps')
        .map((e) => e.data as { name: string; counts: { done: number } }[])
        .map((list) => list.find((s) => s.name === 'live')?.counts.done);
    await waitUntil(() => liveDone().includes(0));
    expect(received.some((e) => e.event === 'workers')).toBe(true);
    await complete(4);
    await waitUntil(() => liveDone().includes(4));
    req.destroy();
  });

  it('streams a sweep status over gRPC WatchSweep when it changes', async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: 'watched',
        grid: { n: [8, 16, 32], width: [8], seed: [0] },
        fixed: { steps: 12, test_size: 20 },
      }),
    });
    const seen: number[] = [];
    const started = Date.now();
    const stream = api.watchSweep({ name: 'watched', minIntervalMs: 250 });
    for await (const status of stream) {
      seen.push(status.counts?.done ?? 0);
      if (seen.length === 1) void complete(3);
      if ((status.counts?.done ?? 0) === 3) break;
    }
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a watch of an unknown sweep or without the token', async () => {
    const errorOf = async (iterable: AsyncIterable<unknown>) => {
      try {
        for await (const _ of iterable) return undefined;
      } catch (err) {
        return err as CoordinatorRpcError;
      }
      return undefined;
    };
    expect((await errorOf(api.watchSweep({ name: 'nope' })))?.codeName).toBe('NOT_FOUND');
    expect((await errorOf(api.watchSweep({ name: '' })))?.codeName).toBe('INVALID_ARGUMENT');
    const anonymous = createCoordinatorClient(server.address);
    expect((await errorOf(anonymous.watchSweep({ name: 'dash' })))?.codeName).toBe(
      'UNAUTHENTICATED',
    );
    anonymous.close();
  });
});

describe('a first fit slower than fitWaitMs', () => {
  // A dashboard of its own over the coordinator's scheduler and feed, with its own read thread
  // on the same SQLite file: a short wait, and a fit made slow by its bootstrap resamples (the
  // first one takes about 0.6 s on a 2-core VM, 30 times the 20 ms wait).
  const FIT_WAIT_MS = 20;
  const RESAMPLES = 10_000;
  const SLOW = 'slow-fit';
  const opened: { dashboard: DashboardServer; reads: ReadThread }[] = [];

  async function slowDashboard(): Promise<{ at: URL; reads: ReadThread }> {
    const reads = new ReadThread(path.join(dir, 'd.db'));
    const dashboard = await startDashboardServer({
      host: '127.0.0.1',
      port: 0,
      scheduler: server.scheduler,
      reads,
      feed: server.feed,
      data: { fitWaitMs: FIT_WAIT_MS, bootstrapResamples: RESAMPLES },
    });
    opened.push({ dashboard, reads });
    return { at: new URL(dashboard.url), reads };
  }

  beforeAll(async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: SLOW,
        grid: { n: [8, 16, 32, 64, 128], width: [8, 16], seed: [0, 1, 2, 3] },
        // Other steps than the other sweeps': trials of its own.
        fixed: { steps: 13, test_size: 20 },
      }),
    });
    // The earlier sweeps are all done: every trial leased now is one of this sweep's.
    await complete(40);
  });

  afterAll(async () => {
    for (const { dashboard, reads } of opened) {
      await dashboard.close();
      await reads.close();
    }
  });

  function expectFitting(answer: Answer): { fitting: boolean; retry_after_s: number } {
    expect(answer.status, answer.body).toBe(202);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const retryAfter = Number(answer.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1, String(retryAfter)).toBe(true);
    const body = JSON.parse(answer.body) as { fitting: boolean; retry_after_s: number };
    expect(body).toMatchObject({ fitting: true, retry_after_s: retryAfter });
    expect(body).not.toHaveProperty('groups');
    return body;
  }

  /** GETs `target` until it is no longer 202 (each 202 held FIT_WAIT_MS by the server). */
  async function untilReady(at: URL, target: string): Promise<Answer> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const answer = await request(target, { at });
      if (answer.status !== 202) return answer;
      expectFitting(answer);
      if (Date.now() > deadline) throw new Error(`${target}: still fitting after 120 s`);
    }
  }

  it('answers 202 fitting with Retry-After, then 200 with the fit, then 200 from the cache', async () => {
    const { at } = await slowDashboard();
    const target = `/api/sweeps/${SLOW}`;
    // Both before the fit is ready: the sweep with its status, the plots with the sweep's name.
    const [first, firstPlots] = await Promise.all([
      request(target, { at }),
      request(`${target}/plots`, { at }),
    ]);
    const fitting = expectFitting(first) as unknown as {
      name: string;
      counts: { done: number; total: number };
    };
    expect(fitting).toMatchObject({ name: SLOW, counts: { done: 40, total: 40 } });
    expect(expectFitting(firstPlots)).toMatchObject({ name: SLOW });

    const ready = await untilReady(at, target);
    expect(ready.status, ready.body).toBe(200);
    const detail = JSON.parse(ready.body) as {
      fitting: boolean;
      fit_ms: number;
      fitted_at: string;
      groups: unknown[];
    };
    expect(detail.fitting).toBe(false);
    // The fit was slow by construction: longer than the wait, or the 202 above was luck.
    expect(detail.fit_ms).toBeGreaterThan(FIT_WAIT_MS);
    // The same fit as one computed directly on the store (same data, same PRNG seeds).
    const direct = await heavyReadsOn(store).thresholdFit(SLOW, RESAMPLES);
    expect(detail.groups).toHaveLength(2);
    expect(detail.groups).toEqual(JSON.parse(JSON.stringify(direct.groups.map(groupJson))));

    // Cached: answered 200 at once, the same fit.
    const cached = await request(target, { at });
    expect(cached.status).toBe(200);
    expect((JSON.parse(cached.body) as { fitted_at: string }).fitted_at).toBe(detail.fitted_at);

    const plots = await untilReady(at, `${target}/plots`);
    expect(plots.status, plots.body).toBe(200);
    const list = JSON.parse(plots.body) as { id: string; svg: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.svg).toMatch(/^<svg/);
    expect((await request(`${target}/plots`, { at })).status).toBe(200);

    // Errors are as before.
    expect((await request('/api/sweeps/nope', { at })).status).toBe(404);
    expect((await request('/api/sweeps/nope/plots', { at })).status).toBe(404);
  });

  it('reports a fit that fails after a 202 as an error, not as fitting again', async () => {
    const { at, reads } = await slowDashboard();
    const target = `/api/sweeps/${SLOW}`;
    expectFitting(await request(target, { at }));
    // The read thread stops under the fit: the fit fails while no request waits for it.
    await reads.close();
    // Heard by the next request; the one after starts another fit, which fails at once.
    for (let i = 0; i < 2; i++) {
      const failed = await request(target, { at });
      expect(failed.status, failed.body).toBe(500);
      expect(JSON.parse(failed.body).error.code).toBe('READ_THREAD_CLOSED');
    }
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
