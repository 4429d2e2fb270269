import { fmtInterval, fmtNum } from '../format';
import type { GroupReport } from '../report-model';
import { COLORS, logTicks, type VlSpec } from './plot-theme';

/** One fitted step of n*(t) as the plot draws it (steps without a threshold are left out). */
export interface NStarRow {
  step: number;
  nStar: number;
  lo: number;
  hi: number;
}

/** One point of interp_ratio(t) for one n. */
export interface RatioRow {
  step: number;
  n: string;
  ratio: number;
}

export function nStarRows(group: GroupReport): NStarRow[] {
  return (group.overTime?.nStar ?? []).flatMap((f) =>
    f.nStar === null
      ? []
      : [{ step: f.step, nStar: f.nStar, lo: f.ci?.lo ?? f.nStar, hi: f.ci?.hi ?? f.nStar }],
  );
}

export function ratioRows(group: GroupReport): RatioRow[] {
  const over = group.overTime;
  if (!over) return [];
  return over.byN.flatMap((b) =>
    b.ratio.flatMap((ratio, i) =>
      ratio === null ? [] : [{ step: over.steps[i] as number, n: String(b.n), ratio }],
    ),
  );
}

function stepAxis(steps: readonly number[]): VlSpec {
  return {
    field: 'step',
    type: 'quantitative',
    scale: { type: 'log', nice: false, padding: 10 },
    axis: { title: 'step (log)', values: logTicks(steps), format: '~s', grid: true },
  };
}

/**
 * Left: n*(t) with its 95% interval at each fitted step (rules), the final interval (band) and
 * the last half of training (shaded), where the budget verdict looks. Right: mean interp_ratio(t)
 * over seeds for each n. Both on a log step axis.
 */
export function overTimePlot(group: GroupReport): VlSpec {
  const over = group.overTime as NonNullable<GroupReport['overTime']>;
  const t = group.threshold;
  const x = stepAxis(over.steps);
  const rows = nStarRows(group);
  const nValues = rows.flatMap((r) => [r.lo, r.hi]);
  if (t.nRange) nValues.push(t.nRange.min, t.nRange.max);
  const y = {
    field: 'nStar',
    type: 'quantitative',
    scale: { type: 'log', nice: false, padding: 8 },
    axis: { title: 'n* (threshold)', values: logTicks(nValues), format: '~g', grid: true },
  };
  const budget = over.budget;
  const layers: VlSpec[] = [];
  if (budget) {
    layers.push({
      data: { values: [{ from: budget.window.from, to: budget.window.to }] },
      mark: { type: 'rect', color: '#e2e8f0', opacity: 0.5 },
      encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } },
    });
  }
  if (t.ci) {
    layers.push({
      data: { values: [{ lo: t.ci.lo, hi: t.ci.hi }] },
      mark: { type: 'rect', color: COLORS.band, opacity: 0.18 },
      encoding: { y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    });
  }
  layers.push(
    {
      data: { values: rows },
      mark: { type: 'rule', color: COLORS.fit, strokeWidth: 1.5, opacity: 0.7 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } },
    },
    {
      data: { values: rows },
      mark: {
        type: 'line',
        color: COLORS.fit,
        strokeWidth: 2,
        point: { filled: true, size: 40, color: COLORS.fit },
      },
      encoding: { x, y },
    },
  );
  const verdict = budget ? `${budget.verdict.replace('-', ' ')}` : 'no verdict';
  const final =
    t.nStar !== null
      ? `n* = ${fmtNum(t.nStar)}${t.ci ? ` ${fmtInterval(t.ci.lo, t.ci.hi)}` : ''}`
      : t.verdictText;
  const left: VlSpec = {
    title: { text: `n*(t): ${verdict}`, subtitle: `${final}; shaded: last half of training` },
    width: 300,
    height: 220,
    layer: layers,
  };
  const ratios = ratioRows(group);
  const right: VlSpec = {
    title: { text: 'interp_ratio(t) per n', subtitle: 'mean over seeds' },
    width: 300,
    height: 220,
    layer: [
      {
        data: { values: [{ y: 0.5 }] },
        mark: { type: 'rule', color: '#cbd5e1', strokeDash: [3, 3] },
        encoding: { y: { field: 'y', type: 'quantitative' } },
      },
      {
        data: { values: ratios },
        mark: { type: 'line', strokeWidth: 1.8, point: { filled: true, size: 18 } },
        encoding: {
          x,
          y: {
            field: 'ratio',
            type: 'quantitative',
            title: 'interp_ratio',
            scale: { domain: [0, 1.2], clamp: true },
          },
          color: {
            field: 'n',
            type: 'ordinal',
            title: 'n',
            sort: over.byN.map((b) => String(b.n)),
            scale: { scheme: 'viridis' },
          },
        },
      },
    ],
  };
  return {
    title: { text: `n* over training (${group.label || 'all trials'})` },
    hconcat: [left, right],
    resolve: { scale: { color: 'independent' } },
  };
}
