import type { CurveReport } from '../report-model';
import { COLORS, columnsOf, logAxis, panelWidth, type VlSpec } from './plot-theme';

/** Train and test loss against optimizer step for the chosen trials (log loss axis). */
export function curvePlot(curves: readonly CurveReport[]): VlSpec {
  const width = panelWidth(curves.length);
  const losses = curves.flatMap((c) => c.points.flatMap((p) => [p.train_loss, p.test_loss]));
  const yAxis = logAxis(losses, 'loss');
  return {
    title: {
      text: 'Loss curves',
      subtitle: 'train and test loss of selected trials during training (log scale)',
    },
    columns: columnsOf(curves.length),
    concat: curves.map((c) => ({
      title: { text: c.label, subtitle: c.trial_id },
      width,
      height: 200,
      data: {
        values: c.points
          .flatMap((p) => [
            { step: p.step, loss: p.train_loss, which: 'train' },
            { step: p.step, loss: p.test_loss, which: 'test' },
          ])
          .filter((r) => Number.isFinite(r.loss) && r.loss > 0),
      },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'step', type: 'quantitative', title: 'step' },
        y: { field: 'loss', type: 'quantitative', scale: { type: 'log' }, axis: yAxis },
        color: {
          field: 'which',
          type: 'nominal',
          title: 'loss',
          scale: { domain: ['train', 'test'], range: [COLORS.train, COLORS.test] },
          legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5 },
        },
      },
    })),
  };
}
