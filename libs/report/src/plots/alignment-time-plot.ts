import type { GroupReport } from '../report-model';
import { logTicks, nAxis, type VlSpec } from './plot-theme';

/** One point of aligned_fraction(t) for one n. */
export interface AlignedRow {
  step: number;
  n: string;
  aligned: number;
}

/** The median step at which half the neuron mass is aligned, for one n. */
export interface HalfStepRow {
  n: number;
  step: number;
  reached: string;
}

export function alignedRows(group: GroupReport): AlignedRow[] {
  const over = group.overTime;
  if (!over?.alignment) return [];
  return over.alignment.byN.flatMap((b) =>
    b.aligned.flatMap((aligned, i) =>
      aligned === null ? [] : [{ step: over.steps[i] as number, n: String(b.n), aligned }],
    ),
  );
}

export function halfStepRows(group: GroupReport): HalfStepRow[] {
  return (group.overTime?.alignment?.halfStep ?? []).flatMap((h) =>
    h.step === null ? [] : [{ n: h.n, step: h.step, reached: `${h.reached} of ${h.trials}` }],
  );
}

/**
 * The alignment phase of one group: left, mean aligned_fraction(t) over seeds per n (log step);
 * right, the step at which half of the neuron mass is aligned against n (log-log; the median over
 * the seeds that got there, n without any left out).
 */
export function alignmentTimePlot(group: GroupReport): VlSpec {
  const over = group.overTime as NonNullable<GroupReport['overTime']>;
  const alignment = over.alignment as NonNullable<typeof over.alignment>;
  const halves = halfStepRows(group);
  const left: VlSpec = {
    title: { text: 'aligned_fraction(t) per n', subtitle: 'mean over seeds' },
    width: 300,
    height: 220,
    data: { values: alignedRows(group) },
    mark: { type: 'line', strokeWidth: 1.8, point: { filled: true, size: 18 } },
    encoding: {
      x: {
        field: 'step',
        type: 'quantitative',
        scale: { type: 'log', nice: false, padding: 10 },
        axis: { title: 'step (log)', values: logTicks(over.steps), format: '~s', grid: true },
      },
      y: {
        field: 'aligned',
        type: 'quantitative',
        title: 'aligned_fraction',
        scale: { domain: [0, 1] },
      },
      color: {
        field: 'n',
        type: 'ordinal',
        title: 'n',
        sort: alignment.byN.map((b) => String(b.n)),
        scale: { scheme: 'viridis' },
      },
    },
  };
  const right: VlSpec = {
    title: {
      text: 'step at which half the mass is aligned',
      subtitle: 'median over the seeds that got there',
    },
    width: 260,
    height: 220,
    data: { values: halves },
    mark: {
      type: 'line',
      color: '#0f172a',
      strokeWidth: 1.5,
      point: { filled: true, size: 40, color: '#0f172a' },
    },
    encoding: {
      x: { field: 'n', type: 'quantitative', ...nAxis(alignment.halfStep.map((h) => h.n)) },
      y: {
        field: 'step',
        type: 'quantitative',
        scale: { type: 'log', nice: false, padding: 8 },
        axis: {
          title: 'step (log)',
          values: logTicks(halves.map((h) => h.step)),
          format: '~s',
          grid: true,
        },
      },
      tooltip: [{ field: 'reached', title: 'seeds aligned' }],
    },
  };
  return {
    title: { text: `Alignment over training (${group.label || 'all trials'})` },
    hconcat: [left, right],
  };
}
