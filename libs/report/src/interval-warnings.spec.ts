import { describe, expect, it } from 'vitest';
import { buildReport, intervalWarnings } from './build-report';
import { renderReport } from './render-report';
import { formatThresholdTable } from './format-threshold-table';
import { syntheticSweepRows } from './synthetic-sweep';

const NS = [8, 16, 32, 64, 128, 256, 512, 1024];

describe('interval warnings', () => {
  it('says so in every format when an interval rests on 2 seeds', async () => {
    const rows = syntheticSweepRows({ ns: NS, widths: [64], seeds: 2, ratioNoise: 0.15 });
    const model = buildReport({ sweep: 'two-seeds', rows });
    const t = model.groups[0]?.threshold;
    expect(t?.ci).not.toBeNull();
    expect(t?.ciWarnings).toContain('interval rests on 2 seeds (fewer than 3)');
    expect(formatThresholdTable(model)).toMatch(/\(!\).*rests on 2 seeds/);
    for (const format of ['md', 'html', 'json'] as const) {
      expect(await renderReport(model, format)).toContain('rests on 2 seeds');
    }
  });

  it('warns when the interval reaches outside the swept range, and not otherwise', () => {
    const base = { seeds: 5, nMin: 8, nMax: 1024 };
    expect(intervalWarnings({ ...base, ci: [0.12, 13_391] })).toEqual([
      'interval reaches outside the swept n range 8–1024 (extrapolated)',
    ]);
    expect(intervalWarnings({ ...base, ci: [40, 80] })).toEqual([]);
    expect(intervalWarnings({ ...base, ci: null })).toEqual([]);
    const rows = syntheticSweepRows({ ns: NS, widths: [64], seeds: 5, ratioNoise: 0.01 });
    expect(buildReport({ sweep: 'inside', rows }).groups[0]?.threshold.ciWarnings).toEqual([]);
  });
});
