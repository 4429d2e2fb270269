import type { GroupReport } from '../report-model';
import { nAxis, type VlSpec } from './plot-theme';

/** aligned_fraction against n, one line per group of the family (usually per width). */
export function alignedPlot(groups: readonly GroupReport[], title: string): VlSpec {
  const rows = groups.flatMap((g) =>
    g.byN
      .filter((s) => s.metrics.aligned_fraction !== null)
      .map((s) => {
        const m = s.metrics.aligned_fraction as NonNullable<typeof s.metrics.aligned_fraction>;
        return { n: s.n, group: g.label, mean: m.mean, lo: m.lo ?? m.mean, hi: m.hi ?? m.mean };
      }),
  );
  const ns = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);
  const x = { field: 'n', type: 'quantitative', ...nAxis(ns) };
  const color = {
    field: 'group',
    type: 'nominal',
    title: null,
    sort: groups.map((g) => g.label),
    legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5 },
  };
  return {
    title: {
      text: title,
      subtitle:
        'share of neuron mass aligned with the OLS direction (|cos| ≥ 0.95); mean with 95% interval',
    },
    width: 520,
    height: 240,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.55 },
        encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color },
      },
      {
        mark: { type: 'line', point: { filled: true, size: 36 }, strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: 'mean',
            type: 'quantitative',
            title: 'aligned_fraction',
            scale: { domain: [0, 1] },
          },
          color,
        },
      },
    ],
  };
}
