import type { CoordinatorRpcError } from '@thresher/proto';
import type { CoordinatorClient } from '@thresher/proto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoordinatorServer } from './server';
import { startTestCoordinator, type TestCoordinator } from './test-support/test-coordinator';

// Registrations are bounded: a cap on live workers, and ListWorkers / /api/workers in pages.

const TOKEN = 'shared';
const dir = mkdtempSync(path.join(tmpdir(), 'thresher-registrations-'));
let coordinator: TestCoordinator;
let server: CoordinatorServer;
let api: CoordinatorClient;

beforeAll(async () => {
  coordinator = await startTestCoordinator(path.join(dir, 'r.db'), {
    token: TOKEN,
    http: { host: '127.0.0.1', port: 0 },
    scheduler: { maxWorkers: 5 },
  });
  ({ server, api } = coordinator);
});

afterAll(async () => {
  await coordinator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bounded registrations', () => {
  it('refuses workers past --max-workers and lists the live ones in pages', async () => {
    const reg = { host: 'h', cores: 1, backend: 'cpu', version: 'v' };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api.registerWorker({ ...reg, name: `w${i}` })).workerId);
    const refused = await api.registerWorker({ ...reg, name: 'w5' }).then(
      () => undefined,
      (e: unknown) => e as CoordinatorRpcError,
    );
    expect(refused?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(refused?.details).toContain('5 live workers already registered (limit: --max-workers)');

    // gRPC: pages of 2, following next_page_token.
    const seen: string[] = [];
    let pageToken = '';
    let pages = 0;
    do {
      const page = await api.listWorkers({ pageSize: 2, pageToken });
      expect(page.workers.length).toBeLessThanOrEqual(2);
      seen.push(...page.workers.map((w) => w.workerId ?? ''));
      pageToken = page.nextPageToken ?? '';
      pages++;
    } while (pageToken);
    expect(seen).toEqual([...ids].sort());
    expect(pages).toBe(3);
    const bad = await api.listWorkers({ pageSize: 5000 }).then(
      () => undefined,
      (e: unknown) => e as CoordinatorRpcError,
    );
    expect(bad?.codeName).toBe('INVALID_ARGUMENT');
    expect(bad?.details).toMatch(/^page_size: must be an integer in \[0, 1000\]/);

    // HTTP: ?limit and ?after.
    const get = async (query: string) => {
      const r = await fetch(`${server.dashboardUrl}api/workers${query}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      return { status: r.status, body: (await r.json()) as unknown };
    };
    const first = await get('?limit=3');
    expect(first.status).toBe(200);
    const firstIds = (first.body as { worker_id: string }[]).map((w) => w.worker_id);
    expect(firstIds).toEqual([...ids].sort().slice(0, 3));
    const rest = await get(`?limit=3&after=${encodeURIComponent(firstIds.at(-1)!)}`);
    expect((rest.body as { worker_id: string }[]).map((w) => w.worker_id)).toEqual(
      [...ids].sort().slice(3),
    );
    expect((await get('?limit=0')).status).toBe(400);
  });
});
