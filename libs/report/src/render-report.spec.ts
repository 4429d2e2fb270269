import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { UnsupportedFormatError } from './errors';
import { fmtInterval, fmtNum } from './format';
import { formatThresholdTable } from './format-threshold-table';
import { renderReport, type ReportFormat } from './render-report';
import type { ReportModel } from './report-model';
import { syntheticSweepRows } from './synthetic-sweep';

function model(): ReportModel {
  const rows = [
    ...syntheticSweepRows({
      sweep: 'r',
      ns: [8, 16, 32, 64, 128, 256, 512],
      widths: [16, 64, 256],
      seeds: 4,
      failRate: 0.03,
    }),
    // A group with no threshold inside the range (too wide for these n).
    ...syntheticSweepRows({
      sweep: 'r',
      ns: [8, 16, 32, 64, 128, 256, 512],
      widths: [16384],
      seeds: 4,
    }),
  ];
  return buildReport({
    sweep: 'r',
    rows,
    bootstrapResamples: 200,
    generatedAt: new Date('2026-01-02T03:04:05Z'),
  });
}

describe('renderReport', () => {
  const m = model();

  it('JSON is the model itself, with schemaVersion 1', async () => {
    const parsed = JSON.parse(await renderReport(m, 'json')) as ReportModel;
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(m)));
    expect(parsed.groups.map((g) => g.threshold.nStar)).toEqual(
      m.groups.map((g) => g.threshold.nStar),
    );
    expect(parsed.groups.map((g) => g.threshold.ci)).toEqual(m.groups.map((g) => g.threshold.ci));
    expect(parsed.powerLaws[0]?.fit?.alpha).toBe(m.powerLaws[0]?.fit?.alpha);
    expect(parsed.generatedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('Markdown carries the same n*, intervals and alpha as the model', async () => {
    const md = await renderReport(m, 'md');
    expect(md).toContain(`**${m.progress.text}**`);
    for (const g of m.groups) {
      const t = g.threshold;
      const line = md.split('\n').find((l) => l.startsWith(`| ${g.label} |`));
      expect(line, g.label).toBeDefined();
      if (t.nStar === null) {
        expect(line).toContain('interpolates everywhere');
      } else {
        const mark = t.ciWarnings.length > 0 ? ' (!)' : '';
        expect(line).toContain(
          `| ${fmtNum(t.nStar)} | ${fmtInterval(t.ci?.lo, t.ci?.hi)}${mark} |`,
        );
      }
    }
    const alpha = m.powerLaws[0]?.fit;
    expect(alpha).toBeTruthy();
    expect(md).toContain(
      `| ${fmtNum(alpha?.alpha)} | ${fmtInterval(alpha?.ci?.lo, alpha?.ci?.hi)} |`,
    );
    expect(md).toContain('### width=64');
  });

  it('the threshold table shows mean interp_ratio by n and width, and n* [CI] per width', () => {
    const text = formatThresholdTable(m);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`r: ${m.progress.text}`);
    expect(lines[2]).toMatch(/^n\s+width=16\s+width=64\s+width=256\s+width=16384$/);
    const at512 = lines.find((l) => l.startsWith('512 '));
    const g16 = m.groups[0];
    expect(at512).toContain(
      g16?.byN.find((s) => s.n === 512)?.metrics.interp_ratio?.mean.toFixed(2),
    );
    const nStarLine = lines.find((l) => l.startsWith('n*')) as string;
    expect(nStarLine).toContain(fmtNum(g16?.threshold.nStar));
    expect(nStarLine).toContain('interpolates everywhere');
    expect(lines.find((l) => l.startsWith('95% CI'))).toContain(
      fmtInterval(g16?.threshold.ci?.lo, g16?.threshold.ci?.hi),
    );
    expect(text).toMatch(/n\* ~ width\^alpha: alpha = /);
  });

  it('HTML is one file with inline SVG plots and no script or external reference', async () => {
    const html = await renderReport(m, 'html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<svg[\s>]/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(https?:/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain(fmtNum(m.groups[0]?.threshold.nStar));
  });

  it('rejects an unknown format', async () => {
    await expect(renderReport(m, 'pdf' as ReportFormat)).rejects.toThrow(UnsupportedFormatError);
  });
});

describe('renderReport on sparse sweeps', () => {
  it('renders an empty sweep, a sweep not started and a single-seed sweep in every format', async () => {
    const pending = syntheticSweepRows({
      sweep: 'p',
      ns: [8, 16, 32],
      widths: [64],
      seeds: 2,
      pendingRate: 1,
    });
    const single = syntheticSweepRows({
      sweep: 's',
      ns: [8, 32, 128, 512],
      widths: [16, 64],
      seeds: 1,
    });
    for (const rows of [[], pending, single]) {
      const model = buildReport({ sweep: 'sparse', rows, bootstrapResamples: 50 });
      for (const format of ['html', 'md', 'json'] as const) {
        const text = await renderReport(model, format);
        expect(text.length).toBeGreaterThan(100);
      }
      expect(formatThresholdTable(model)).toContain(model.progress.text);
    }
    const started = buildReport({ sweep: 'p', rows: pending });
    expect(started.progress.text).toBe('0 of 6 trials done');
    expect(started.groups[0]?.threshold.verdict).toBe('too-few-points');
    const one = buildReport({ sweep: 's', rows: single });
    expect(one.groups[0]?.threshold.nStar).not.toBeNull();
    expect(one.groups[0]?.threshold.ci).toBeNull();
  });
});
