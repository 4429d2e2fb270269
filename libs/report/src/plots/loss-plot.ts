import type { GroupReport } from '../report-model';
import { COLORS, columnsOf, logAxis, nAxis, panelWidth, type VlSpec } from './plot-theme';

interface LossRow {
  n: number;
  metric: 'train' | 'test';
  model: 'network' | 'OLS';
  mean: number;
  lo: number;
  hi: number;
}

function lossRows(group: GroupReport): LossRow[] {
  const rows: LossRow[] = [];
  for (const s of group.byN) {
    const pairs = [
      ['train', 'network', s.metrics.train_loss],
      ['test', 'network', s.metrics.test_loss],
      ['train', 'OLS', s.ols.ols_train_loss],
      ['test', 'OLS', s.ols.ols_test_loss],
    ] as const;
    for (const [metric, model, stat] of pairs) {
      // Log axis: non-positive values cannot be drawn; interval ends are kept positive.
      if (!stat || !(stat.mean > 0)) continue;
      const lo = stat.lo !== null && stat.lo > 0 ? stat.lo : stat.mean;
      rows.push({ n: s.n, metric, model, mean: stat.mean, lo, hi: stat.hi ?? stat.mean });
    }
  }
  return rows;
}

/** Train and test loss against n (log-log) for one family, one panel per width. */
export function lossPlot(groups: readonly GroupReport[], title: string): VlSpec {
  const width = panelWidth(groups.length);
  const all = groups.flatMap((g) => lossRows(g).flatMap((r) => [r.lo, r.hi]));
  const floors = groups.map((g) => g.noiseFloor ?? Number.NaN);
  const yAxis = logAxis([...all, ...floors], 'loss');
  const panels = groups.map((group) => {
    const rows = lossRows(group);
    const ns = group.byN.map((s) => s.n);
    const x = { field: 'n', type: 'quantitative', ...nAxis(ns) };
    const y = { field: 'mean', type: 'quantitative', scale: { type: 'log' }, axis: yAxis };
    const color = {
      field: 'metric',
      type: 'nominal',
      title: 'loss',
      scale: { domain: ['train', 'test'], range: [COLORS.train, COLORS.test] },
      legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5 },
    };
    const layers: VlSpec[] = [
      {
        data: { values: rows.filter((r) => r.model === 'network') },
        mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.6 },
        encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color },
      },
      {
        data: { values: rows },
        mark: { type: 'line', point: { filled: true, size: 36 }, strokeWidth: 2 },
        encoding: {
          x,
          y,
          color,
          strokeDash: {
            field: 'model',
            type: 'nominal',
            title: 'model',
            scale: {
              domain: ['network', 'OLS'],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
            legend: {
              symbolType: 'stroke',
              symbolStrokeWidth: 2,
              symbolSize: 220,
              encode: { symbols: { update: { stroke: { value: '#334155' } } } },
            },
          },
        },
      },
    ];
    if (group.noiseFloor !== null && group.noiseFloor > 0) {
      const floor = { values: [{ y: group.noiseFloor, label: 'σ²/2' }] };
      layers.push(
        {
          data: floor,
          mark: { type: 'rule', color: COLORS.floor, strokeDash: [2, 3], strokeWidth: 1.5 },
          encoding: { y: { field: 'y', type: 'quantitative' } },
        },
        {
          data: floor,
          mark: {
            type: 'text',
            color: COLORS.floor,
            align: 'right',
            dy: -7,
            x: width - 4,
            fontSize: 11,
          },
          encoding: { y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } },
        },
      );
    }
    return { title: group.label, width, height: 220, layer: layers };
  });
  return {
    title: {
      text: title,
      subtitle:
        'mean over seeds with 95% interval; dashed: OLS on the same data; green: noise level σ²/2',
    },
    columns: columnsOf(groups.length),
    concat: panels,
    resolve: { scale: { y: 'shared' } },
  };
}
