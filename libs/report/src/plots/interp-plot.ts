import { fmtInterval, fmtNum, shortVerdict } from '../format';
import { logistic } from '../logistic-fitter';
import type { GroupReport } from '../report-model';
import { COLORS, columnsOf, logSpace, nAxis, panelWidth, type VlSpec } from './plot-theme';

function panel(group: GroupReport, width: number): VlSpec {
  const t = group.threshold;
  const ns = group.byN.map((s) => s.n);
  const x = { field: 'n', type: 'quantitative', ...nAxis(ns) };
  const y = {
    field: 'y',
    type: 'quantitative',
    title: 'interp_ratio',
    scale: { domain: [0, 1.2], clamp: true },
    axis: { values: [0, 0.25, 0.5, 0.75, 1], format: '.2~f' },
  };
  const layers: VlSpec[] = [];
  if (t.ci && t.nStar !== null) {
    layers.push({
      data: { values: [{ lo: t.ci.lo, hi: t.ci.hi }] },
      mark: { type: 'rect', color: COLORS.band, opacity: 0.18 },
      encoding: { x: { ...x, field: 'lo' }, x2: { field: 'hi' } },
    });
  }
  layers.push({
    data: { values: [{ y: 0.5 }] },
    mark: { type: 'rule', color: '#cbd5e1', strokeDash: [3, 3] },
    encoding: { y: { field: 'y', type: 'quantitative' } },
  });
  if (group.points) {
    layers.push({
      data: { values: group.points.map((p) => ({ n: p.n, y: p.interp_ratio })) },
      mark: { type: 'circle', size: 18, color: COLORS.points, opacity: 0.35 },
      encoding: { x, y },
    });
  }
  const means = group.byN
    .filter((s) => s.metrics.interp_ratio !== null)
    .map((s) => {
      const m = s.metrics.interp_ratio as NonNullable<typeof s.metrics.interp_ratio>;
      return { n: s.n, y: m.mean, lo: m.lo ?? m.mean, hi: m.hi ?? m.mean };
    });
  layers.push(
    {
      data: { values: means },
      mark: { type: 'rule', color: COLORS.ink, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    },
    {
      data: { values: means },
      mark: { type: 'point', filled: true, size: 46, color: COLORS.ink },
      encoding: { x, y },
    },
  );
  if (t.nStar !== null && t.k !== null && t.nRange) {
    const m = Math.log(t.nStar);
    const k = t.k;
    const curve = logSpace(t.nRange.min, t.nRange.max, 90).map((n) => ({
      n,
      y: logistic(Math.log(n), m, k),
    }));
    const rightHalf = m > (Math.log(t.nRange.min) + Math.log(t.nRange.max)) / 2;
    const label = `n* = ${fmtNum(t.nStar)}${t.ci ? ` ${fmtInterval(t.ci.lo, t.ci.hi)}` : ''}`;
    layers.push(
      {
        data: { values: curve },
        mark: { type: 'line', color: COLORS.fit, strokeWidth: 2.5 },
        encoding: { x, y },
      },
      {
        data: { values: [{ n: t.nStar, label }] },
        mark: { type: 'rule', color: COLORS.fit, strokeDash: [5, 3], strokeWidth: 1.5 },
        encoding: { x },
      },
      {
        data: { values: [{ n: t.nStar, y: 1.13, label }] },
        // Beside the rule, on the side with more room.
        mark: {
          type: 'text',
          color: COLORS.fit,
          fontWeight: 600,
          fontSize: 11,
          align: rightHalf ? 'right' : 'left',
          dx: rightHalf ? -5 : 5,
        },
        encoding: { x, y, text: { field: 'label' } },
      },
    );
  }
  const subtitle =
    t.nStar !== null
      ? `k = ${fmtNum(t.k)}, RMS residual ${fmtNum(t.rms)}, ${t.seeds} seeds`
      : `no threshold: ${shortVerdict(t)}`;
  return { title: { text: group.label, subtitle }, width, height: 220, layer: layers };
}

/** interp_ratio against n with the fitted logistic, n* (dashed rule) and its 95% interval (band). */
export function interpPlot(groups: readonly GroupReport[], title: string): VlSpec {
  const width = panelWidth(groups.length);
  return {
    title: {
      text: title,
      subtitle:
        'dots: trials; black: mean over seeds with 95% interval; purple: logistic fit, n* and its 95% bootstrap interval',
    },
    columns: columnsOf(groups.length),
    concat: groups.map((g) => panel(g, width)),
  };
}
