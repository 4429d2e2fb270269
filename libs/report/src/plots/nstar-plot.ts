import { fmtInterval, fmtNum } from '../format';
import type { PowerLawReport } from '../report-model';
import { COLORS, logAxis, logSpace, logTicks, type VlSpec } from './plot-theme';

/**
 * n* against one scaling parameter on log-log axes with the power-law fit, one series per family
 * (groups equal in everything but that parameter).
 */
export function nStarPlot(laws: readonly PowerLawReport[]): VlSpec {
  const param = laws[0]?.param ?? 'width';
  const name = (law: PowerLawReport) => law.label || 'all';
  const points = laws.flatMap((law) =>
    law.groups
      .filter((g) => g.nStar !== null && g.p > 0)
      .map((g) => ({
        family: name(law),
        p: g.p,
        nStar: g.nStar,
        lo: g.ci?.lo ?? g.nStar,
        hi: g.ci?.hi ?? g.nStar,
      })),
  );
  const ps = [
    ...new Set(laws.flatMap((law) => law.groups.map((g) => g.p)).filter((p) => p > 0)),
  ].sort((a, b) => a - b);
  const curves = laws.flatMap((law) => {
    const fit = law.fit;
    const own = law.groups.filter((g) => g.nStar !== null).map((g) => g.p);
    if (!fit || own.length < 2) return [];
    return logSpace(Math.min(...own), Math.max(...own), 30).map((p) => ({
      family: name(law),
      p,
      nStar: fit.c * p ** fit.alpha,
    }));
  });
  const single = laws.length === 1;
  const color = single
    ? { value: COLORS.ink }
    : {
        field: 'family',
        type: 'nominal',
        title: null,
        sort: laws.map(name),
        legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5 },
      };
  const x = {
    field: 'p',
    type: 'quantitative',
    scale: { type: 'log', nice: false, padding: 20 },
    axis: { title: param, values: ps.length <= 10 ? ps : logTicks(ps, true), format: '~g' },
  };
  const extent = points.flatMap((q) => [q.lo ?? Number.NaN, q.hi ?? Number.NaN]);
  const y = {
    field: 'nStar',
    type: 'quantitative',
    scale: { type: 'log' },
    axis: logAxis(extent, 'n* (threshold)'),
  };
  const fits = laws
    .filter((law) => law.fit)
    .map((law) => {
      const f = law.fit as NonNullable<PowerLawReport['fit']>;
      const ci = f.ci ? ` ${fmtInterval(f.ci.lo, f.ci.hi)}` : '';
      return `${single ? '' : `${name(law)}: `}α = ${fmtNum(f.alpha)}${ci}`;
    });
  // Long subtitles widen the SVG (and shrink the plot): several families refer to the table.
  const subtitle =
    fits.length === 0
      ? (laws[0]?.note ?? 'no power-law fit')
      : fits.length === 1
        ? `power law n* = c · ${param}^α (dashed), ${fits[0]} (95% bootstrap)`
        : `power law n* = c · ${param}^α per family (dashed); α and intervals in the table above`;
  return {
    title: { text: `n* against ${param}`, subtitle },
    width: 460,
    height: 280,
    layer: [
      {
        data: { values: points },
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color },
      },
      {
        data: { values: points },
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: { x, y, color },
      },
      {
        data: { values: curves },
        mark: { type: 'line', strokeWidth: 2, strokeDash: [6, 3] },
        encoding: { x, y, color, detail: { field: 'family' } },
      },
    ],
  };
}
