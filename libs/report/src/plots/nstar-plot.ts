import { fmtInterval, fmtNum } from '../format';
import type { PowerLawReport } from '../report-model';
import { COLORS, logAxis, logSpace, type VlSpec } from './plot-theme';

/** n* against the scaling parameter on log-log axes, with the power-law fit. */
export function nStarPlot(law: PowerLawReport): VlSpec {
  const points = law.groups
    .filter((g) => g.nStar !== null && g.p > 0)
    .map((g) => ({ p: g.p, nStar: g.nStar, lo: g.ci?.lo ?? g.nStar, hi: g.ci?.hi ?? g.nStar }));
  const ps = law.groups.map((g) => g.p).filter((p) => p > 0);
  const x = {
    field: 'p',
    type: 'quantitative',
    scale: { type: 'log' },
    axis: { title: law.param, values: ps.length <= 10 ? ps : undefined },
  };
  const extent = points.flatMap((q) => [q.lo ?? Number.NaN, q.hi ?? Number.NaN]);
  const y = {
    field: 'nStar',
    type: 'quantitative',
    scale: { type: 'log' },
    axis: logAxis(extent, 'n* (threshold)'),
  };
  const layers: VlSpec[] = [
    {
      data: { values: points },
      mark: { type: 'rule', color: COLORS.ink, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    },
    {
      data: { values: points },
      mark: { type: 'point', filled: true, size: 60, color: COLORS.ink },
      encoding: { x, y },
    },
  ];
  let subtitle = law.note ?? '';
  const fit = law.fit;
  if (fit && ps.length > 0) {
    const curve = logSpace(Math.min(...ps), Math.max(...ps), 30).map((p) => ({
      p,
      nStar: fit.c * p ** fit.alpha,
    }));
    layers.push({
      data: { values: curve },
      mark: { type: 'line', color: COLORS.fit, strokeWidth: 2.5, strokeDash: [6, 3] },
      encoding: { x, y },
    });
    subtitle = `power law n* = ${fmtNum(fit.c)} · ${law.param}^α, α = ${fmtNum(fit.alpha)}${
      fit.ci ? ` ${fmtInterval(fit.ci.lo, fit.ci.hi)}` : ''
    } (95% bootstrap)`;
  }
  return {
    title: { text: `n* against ${law.param}${law.label ? ` (${law.label})` : ''}`, subtitle },
    width: 420,
    height: 260,
    layer: layers,
  };
}
