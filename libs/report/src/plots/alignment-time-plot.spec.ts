import { describe, expect, it } from 'vitest';
import { buildReport } from '../build-report';
import { syntheticSweepRows } from '../synthetic-sweep';
import { syntheticCurves } from '../test-support/synthetic-curves';
import { alignedRows, alignmentTimePlot, halfStepRows } from './alignment-time-plot';
import { reportPlots } from './report-plots';
import { renderSvg } from './render-svg';

/** aligned_fraction rises like a logistic in ln step, half at step 50 n (seed shifts it). */
const aligned = (n: number, step: number, seed: number) =>
  step === 0 ? 0 : 1 / (1 + ((50 * n * (1 + 0.1 * seed)) / step) ** 2);

function model() {
  const rows = syntheticSweepRows({ sweep: 'a', ns: [8, 16, 32, 64, 128], widths: [64], seeds: 3 });
  const trainCurves = syntheticCurves(rows, { nStar: (w) => 32 * Math.sqrt(w), drift: 0, aligned });
  return {
    rows,
    trainCurves,
    m: buildReport({ sweep: 'a', rows, trainCurves, bootstrapResamples: 50 }),
  };
}

function positions(svg: string, markClass: string): { x: number; y: number }[] {
  const start = svg.indexOf(`class="${markClass}"`);
  expect(start, markClass).toBeGreaterThan(0);
  const group = svg.slice(start, svg.indexOf('</g>', start));
  return [...group.matchAll(/transform="translate\(([-\d.e]+),([-\d.e]+)\)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

describe('the alignment over training', () => {
  const { m, rows, trainCurves } = model();
  const group = m.groups[0] as NonNullable<(typeof m.groups)[0]>;

  it('gives aligned_fraction(t) per n and the median half-aligned step per n', () => {
    const alignment = group.overTime?.alignment;
    expect(alignment).not.toBeNull();
    for (const h of alignment?.halfStep ?? []) {
      // Each trial's first recorded step (every 200) with aligned >= 1/2: seed s reaches it at
      // step 50 n (1 + 0.1 s), so the median seed (s = 1) is the first multiple of 200 past 55 n.
      const done = rows.filter((r) => r.n === h.n && r.status === 'done');
      const firsts = done
        .map(
          (r) => trainCurves.get(r.trial_id)?.find((p) => (p.aligned_fraction ?? 0) >= 0.5)?.step,
        )
        .filter((s): s is number => s !== undefined)
        .sort((a, b) => a - b);
      expect(h.trials).toBe(done.length);
      expect(h.reached).toBe(firsts.length);
      expect(h.step).toBe(firsts[Math.floor(firsts.length / 2)]);
    }
    expect(reportPlots(m).some((p) => p.id === `aligned-time-${group.id}`)).toBe(true);
    // Without per-step alignment (older curves) there is no alignment block and no plot.
    const plain = syntheticCurves(rows, { nStar: (w) => 32 * Math.sqrt(w), drift: 0 });
    const old = buildReport({ sweep: 'a', rows, trainCurves: plain, bootstrapResamples: 20 });
    expect(old.groups[0]?.overTime?.alignment).toBeNull();
    expect(reportPlots(old).some((p) => p.id.startsWith('aligned-time-'))).toBe(false);
  });

  it('puts each point where its value says: aligned(t) on log step x linear, half step on log n x log step', async () => {
    const svg = await renderSvg('a', alignmentTimePlot(group));
    const left = positions(svg, 'mark-symbol role-mark concat_0_layer_1_marks');
    const rows = alignedRows(group);
    expect(left.length).toBe(rows.length);
    const fit = (u: number[], v: number[]) => {
      const n = u.length;
      const mu = u.reduce((s, x) => s + x, 0) / n;
      const mv = v.reduce((s, x) => s + x, 0) / n;
      let sxy = 0;
      let sxx = 0;
      u.forEach((x, i) => {
        sxy += (x - mu) * ((v[i] as number) - mv);
        sxx += (x - mu) ** 2;
      });
      const b = sxy / sxx;
      return {
        b,
        residual: Math.max(...u.map((x, i) => Math.abs(mv + b * (x - mu) - (v[i] as number)))),
      };
    };
    const lx = fit(
      rows.map((r) => Math.log(r.step)),
      left.map((p) => p.x),
    );
    const ly = fit(
      rows.map((r) => r.aligned),
      left.map((p) => p.y),
    );
    expect(lx.residual).toBeLessThan(1e-6);
    expect(ly.residual).toBeLessThan(1e-6);
    expect(ly.b).toBeCloseTo(-220, 6); // 220 px for [0, 1], upwards
    const right = positions(svg, 'mark-symbol role-mark concat_1_layer_1_marks');
    const halves = halfStepRows(group);
    expect(right.length).toBe(halves.length);
    expect(halves.length).toBeGreaterThan(2);
    const rx = fit(
      halves.map((h) => Math.log(h.n)),
      right.map((p) => p.x),
    );
    const ry = fit(
      halves.map((h) => Math.log(h.step)),
      right.map((p) => p.y),
    );
    expect(rx.residual).toBeLessThan(1e-6);
    expect(ry.residual).toBeLessThan(1e-6);
    expect(rx.b).toBeGreaterThan(0);
    expect(ry.b).toBeLessThan(0);
  });
});
