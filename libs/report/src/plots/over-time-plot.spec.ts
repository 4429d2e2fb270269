import { describe, expect, it } from 'vitest';
import { buildReport } from '../build-report';
import { syntheticSweepRows } from '../synthetic-sweep';
import { syntheticCurves } from '../test-support/synthetic-curves';
import { nStarRows, overTimePlot, ratioRows } from './over-time-plot';
import { renderSvg } from './render-svg';

function model() {
  const rows = syntheticSweepRows({
    sweep: 'p',
    ns: [8, 16, 32, 64, 128, 256, 512],
    widths: [64],
    seeds: 4,
  });
  const trainCurves = syntheticCurves(rows, { nStar: (w) => 32 * Math.sqrt(w), drift: 0.7 });
  return buildReport({ sweep: 'p', rows, trainCurves, bootstrapResamples: 100 });
}

/** The translate(x, y) of every element of one mark group of the SVG, in document order. */
function positions(svg: string, markClass: string): { x: number; y: number }[] {
  const start = svg.indexOf(`class="${markClass}"`);
  expect(start, markClass).toBeGreaterThan(0);
  const group = svg.slice(start, svg.indexOf('</g>', start));
  return [...group.matchAll(/transform="translate\(([-\d.e]+),([-\d.e]+)\)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

/** Least-squares line pixel = a + b value; returns b and the largest residual in pixels. */
function affine(values: number[], pixels: number[]): { slope: number; residual: number } {
  const n = values.length;
  const mv = values.reduce((s, v) => s + v, 0) / n;
  const mp = pixels.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((v, i) => {
    sxy += (v - mv) * ((pixels[i] as number) - mp);
    sxx += (v - mv) ** 2;
  });
  const slope = sxy / sxx;
  const residual = Math.max(
    ...values.map((v, i) => Math.abs(mp + slope * (v - mv) - (pixels[i] as number))),
  );
  return { slope, residual };
}

describe('overTimePlot', () => {
  const m = model();
  const group = m.groups[0] as NonNullable<(typeof m.groups)[0]>;

  it('carries n*(t), its intervals and interp_ratio(t) per n from the model', () => {
    const over = group.overTime as NonNullable<typeof group.overTime>;
    const rows = nStarRows(group);
    expect(rows.map((r) => r.step)).toEqual(
      over.nStar.filter((f) => f.nStar !== null).map((f) => f.step),
    );
    for (const r of rows) {
      const f = over.nStar.find((x) => x.step === r.step);
      expect([r.nStar, r.lo, r.hi]).toEqual([f?.nStar, f?.ci?.lo, f?.ci?.hi]);
    }
    const ratios = ratioRows(group);
    expect(ratios.length).toBe(over.byN.length * over.steps.length);
    expect(ratios.find((r) => r.n === '512' && r.step === 10_000)?.ratio).toBe(
      over.byN.find((b) => b.n === 512)?.ratio[over.steps.length - 1],
    );
  });

  it('puts each n*(t) point at its step and n* (log-log), and each interval rule on the same scale', async () => {
    const svg = await renderSvg('t', overTimePlot(group));
    const rows = nStarRows(group);
    const points = positions(svg, 'mark-symbol role-mark concat_0_layer_3_layer_1_marks');
    expect(points.length).toBe(rows.length);
    // Pixel positions are affine in ln step and ln n* (log axes): residuals are float noise.
    const x = affine(
      rows.map((r) => Math.log(r.step)),
      points.map((p) => p.x),
    );
    const y = affine(
      rows.map((r) => Math.log(r.nStar)),
      points.map((p) => p.y),
    );
    expect(x.slope).toBeGreaterThan(0);
    expect(y.slope).toBeLessThan(0); // SVG y grows downwards: a larger n* is higher.
    expect(x.residual).toBeLessThan(1e-6);
    expect(y.residual).toBeLessThan(1e-6);
    // The interval rules start at lo (same x as the point, y on the same ln n* scale).
    const rules = positions(svg, 'mark-rule role-mark concat_0_layer_2_marks');
    expect(rules.length).toBe(rows.length);
    const y0 = points[0]?.y as number;
    const ln0 = Math.log(rows[0]?.nStar as number);
    rules.forEach((r, i) => {
      const row = rows[i] as (typeof rows)[0];
      expect(r.x).toBeCloseTo(points[i]?.x as number, 6);
      expect(r.y).toBeCloseTo(y0 + y.slope * (Math.log(row.lo) - ln0), 6);
    });
  });

  it('puts each interp_ratio(t) point at its step (log) and ratio (linear)', async () => {
    const svg = await renderSvg('t', overTimePlot(group));
    const rows = ratioRows(group).filter((r) => r.ratio <= 1.2); // above: clamped to the top
    const all = ratioRows(group);
    const points = positions(svg, 'mark-symbol role-mark concat_1_layer_1_layer_1_marks');
    expect(points.length).toBe(all.length);
    // Vega draws the points series by series in the order of the data: same order as the rows.
    const kept = all.map((r, i) => ({ r, p: points[i] as { x: number; y: number } }));
    const drawn = kept.filter((k) => k.r.ratio <= 1.2);
    expect(drawn.length).toBe(rows.length);
    const x = affine(
      drawn.map((k) => Math.log(k.r.step)),
      drawn.map((k) => k.p.x),
    );
    const y = affine(
      drawn.map((k) => k.r.ratio),
      drawn.map((k) => k.p.y),
    );
    expect(x.residual).toBeLessThan(1e-6);
    expect(y.residual).toBeLessThan(1e-6);
    expect(y.slope).toBeLessThan(0);
    // 220 px tall for the domain [0, 1.2].
    expect(y.slope).toBeCloseTo(-220 / 1.2, 6);
  });
});
