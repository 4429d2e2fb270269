/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page.evaluate callbacks below run in the browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { renderReport } from './render-report';
import { syntheticSweepRows } from './synthetic-sweep';
import { decodePng, inkFraction } from './test-support/decode-png';
import { curveTrialIds } from './with-curves';

// Debian's Chromium (apt package `chromium`, installed by npm test's pretest), never a download.
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

describe('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    const rows = syntheticSweepRows({
      sweep: 'browser',
      ns: [8, 16, 32, 64, 128, 256, 512, 1024],
      widths: [16, 64, 256],
      seeds: 5,
      failRate: 0.02,
      pendingRate: 0.04,
    });
    const first = buildReport({ sweep: 'browser', rows, bootstrapResamples: 200 });
    const curves = new Map(
      curveTrialIds(first).map((id) => [
        id,
        Array.from({ length: 51 }, (_, i) => ({
          step: i * 200,
          train_loss: 0.1 * Math.exp(-i / 10) + 0.002,
          test_loss: 0.13 + 0.05 * (1 - Math.exp(-i / 8)),
        })),
      ]),
    );
    const model = buildReport({ sweep: 'browser', rows, curves, bootstrapResamples: 200 });
    dir = mkdtempSync(join(tmpdir(), 'thresher-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, await renderReport(model, 'html'));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders every plot, is not blank and makes no network request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });

    const plots = await page.evaluate(() =>
      [...document.querySelectorAll('figure.plot')].map((figure) => {
        const svg = figure.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        const marks = svg ? [...svg.querySelectorAll('path, line, circle, rect')] : [];
        const drawn = marks.filter((m) => {
          const b = (m as SVGGraphicsElement).getBBox();
          return b.width > 0 || b.height > 0;
        });
        return {
          id: figure.id,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          marks: drawn.length,
          texts: svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '') : [],
        };
      }),
    );
    expect(plots.map((p) => p.id)).toEqual([
      'interp-1',
      'nstar-width',
      'loss-1',
      'aligned-1',
      'curves',
    ]);
    for (const plot of plots) {
      expect(plot.width, plot.id).toBeGreaterThan(200);
      expect(plot.height, plot.id).toBeGreaterThan(150);
      expect(plot.marks, plot.id).toBeGreaterThan(10);
    }
    const interp = plots.find((p) => p.id === 'interp-1');
    expect(interp?.texts.some((t) => t.startsWith('n* = '))).toBe(true);

    const shot = decodePng(await page.screenshot({ fullPage: true }));
    expect(shot.height).toBeGreaterThan(2000);
    expect(inkFraction(shot)).toBeGreaterThan(0.05);
    for (const id of ['interp-1', 'loss-1']) {
      const figure = decodePng(await page.locator(`#${id}`).screenshot());
      expect(inkFraction(figure), id).toBeGreaterThan(0.01);
    }

    // Nothing but the page itself was requested.
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('the blank-screenshot check does tell a blank page apart', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent('<!doctype html><body style="margin:0;background:#fff"></body>');
    expect(inkFraction(decodePng(await page.screenshot()))).toBeLessThan(0.001);
    await page.close();
  });
});
