/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page.evaluate callbacks below run in the browser.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCoordinatorClient, pickFreePort, type CoordinatorClient } from '@thresher/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  type Coordinator,
  type ManagedProcess,
} from './support/processes';

// The dashboard of a real coordinator process, watched in Debian's headless Chromium
// (apt package `chromium`, installed by npm test's pretest; never a download) while a real
// worker process trains the sweep.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const TOKEN = 'e2e-dashboard-token';
const SWEEP = 'browser-live';

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-dashboard-e2e-'));
const started: ManagedProcess[] = [];
let coordinator: Coordinator;
let api: CoordinatorClient;
let browser: Browser;
let base: string;

beforeAll(async () => {
  requireBuiltApps();
  const httpPort = await pickFreePort('127.0.0.1');
  coordinator = await startCoordinator([
    ...['--port', '0', '--db', path.join(dir, 'd.db'), '--token', TOKEN],
    ...['--http-port', String(httpPort)],
    // One trial per lease: results arrive one by one, so counts change in steps.
    ...['--max-bundle', '1'],
  ]);
  started.push(coordinator.proc);
  const line = await coordinator.proc.waitForLine(/^dashboard: (http:\S+)$/);
  base = line[1] as string;
  expect(base).toBe(`http://127.0.0.1:${httpPort}/`);
  api = createCoordinatorClient(coordinator.address, { token: TOKEN, deadlineMs: 10_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 120_000);

afterAll(async () => {
  api?.close();
  await browser?.close();
  await Promise.all(started.map((p) => p.stop('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

function status(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

/** The sweep's row in the page: its counts as shown. */
function rowOf(page: Page) {
  return page.evaluate((name) => {
    const row = [...document.querySelectorAll<HTMLTableRowElement>('#sweeps tbody tr')].find(
      (r) => r.dataset.sweep === name,
    );
    if (!row) return null;
    const text = (c: string) => row.querySelector(`td.${c}`)?.textContent ?? '';
    return {
      done: Number(text('done')),
      running: Number(text('running')),
      pending: Number(text('pending')),
      eta: text('eta'),
    };
  }, SWEEP);
}

describe('dashboard in headless Chromium', () => {
  it('refuses a request without the token: 401', async () => {
    expect(await status(base)).toBe(401);
    expect(await status(`${base}api/sweeps`)).toBe(401);
    expect(await status(`${base}?token=wrong`)).toBe(401);
    expect(await status(`${base}api/sweeps`, { authorization: `Bearer ${TOKEN}` })).toBe(200);
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(base);
    expect(response?.status()).toBe(401);
    expect(await page.content()).toContain('UNAUTHENTICATED');
    await context.close();
  });

  it('shows a running sweep, its counts change as trials finish, the plot appears', async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: SWEEP,
        grid: { n: [8, 16, 32, 64, 128], width: [16], seed: [0, 1, 2] },
        fixed: { steps: 3000, test_size: 200 },
      }),
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // ?token= once: the coordinator sets the cookie and redirects to the page.
    const response = await page.goto(`${base}?token=${TOKEN}`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(base);
    const cookies = await context.cookies(base);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    // Nothing trains yet: the sweep shows 15 pending trials.
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll<HTMLTableRowElement>('#sweeps tbody tr')].some(
          (r) => r.dataset.sweep === name,
        ),
      SWEEP,
      { timeout: 15_000 },
    );
    const before = await rowOf(page);
    expect(before).toMatchObject({ done: 0, running: 0, pending: 15 });

    const worker = startWorker(
      'dash',
      [...['--coordinator', coordinator.address, '--concurrency', '1', '--backend', 'auto']],
      { env: { THRESHER_TOKEN: TOKEN } },
    );
    started.push(worker.proc);
    await worker.id();

    // The worker appears in the workers table.
    await page.waitForFunction(
      () => document.querySelectorAll('#workers tbody tr[data-worker]').length === 1,
      undefined,
      { timeout: 15_000 },
    );
    // With the slots it reported (--concurrency 1).
    expect(await page.textContent('#workers tbody tr[data-worker] td.slots')).toBe('1');

    // Counts change as trials finish: seen part-way, then all done.
    const seenDone = new Set<number>([before?.done ?? -1]);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const row = await rowOf(page);
      if (row) seenDone.add(row.done);
      if (row?.done === 15) break;
      if (Date.now() > deadline) throw new Error(`sweep did not finish; seen ${[...seenDone]}`);
      await page.waitForTimeout(100);
    }
    expect(seenDone.has(0)).toBe(true);
    expect([...seenDone].some((d) => d > 0 && d < 15)).toBe(true);
    expect(await rowOf(page)).toMatchObject({ done: 15, running: 0, pending: 0, eta: '0s' });

    // The interp_ratio plot of the sweep is drawn, redrawn with every trial's result.
    await page.waitForFunction(
      (name) => {
        const card = [...document.querySelectorAll<HTMLElement>('.sweep-card')].find(
          (c) => c.dataset.sweep === name,
        );
        const svg = card?.querySelector('figure.plot svg');
        const note = card?.querySelector('.fits .note')?.textContent ?? '';
        return svg !== null && svg !== undefined && note.includes('fit of 15 done trials');
      },
      SWEEP,
      { timeout: 15_000 },
    );
    const plot = await page.evaluate((name) => {
      const card = [...document.querySelectorAll<HTMLElement>('.sweep-card')].find(
        (c) => c.dataset.sweep === name,
      );
      const svg = card?.querySelector('figure.plot svg');
      const box = svg?.getBoundingClientRect();
      return {
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        marks: svg ? svg.querySelectorAll('path, line, circle, rect').length : 0,
        groups: card?.querySelectorAll('.fits tbody tr').length ?? 0,
      };
    }, SWEEP);
    expect(plot.width).toBeGreaterThan(200);
    expect(plot.height).toBeGreaterThan(150);
    expect(plot.marks).toBeGreaterThan(10);
    expect(plot.groups).toBe(1);

    // Nothing beyond the coordinator was requested, and the script ran without errors.
    expect(requests.length).toBeGreaterThan(2);
    for (const url of requests) expect(url.startsWith(base), url).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
