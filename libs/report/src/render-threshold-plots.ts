import type { LiveThresholdModel } from './live-threshold';
import { familyGroups } from './plots/family-groups';
import { interpPlot } from './plots/interp-plot';
import { overTimePlot } from './plots/over-time-plot';
import { renderSvg } from './plots/render-svg';

export interface RenderedPlot {
  id: string;
  title: string;
  /** Inline SVG: nothing to load at view time. */
  svg: string;
}

/**
 * The report's interp_ratio-against-n plot (fit, n* and its interval) of every family of
 * groups, then n*(t) beside interp_ratio(t) of every group with curves, rendered to SVG. `idPrefix` keeps the ids unique among several sweeps on one page.
 */
export async function renderThresholdPlots(
  model: Pick<LiveThresholdModel, 'groups'>,
  idPrefix = 'interp',
): Promise<RenderedPlot[]> {
  const families = familyGroups({ groups: model.groups }).filter((f) =>
    f.groups.some((g) => g.byN.length > 0),
  );
  const plots: RenderedPlot[] = [];
  for (const [i, f] of families.entries()) {
    const title = `interp_ratio against n${f.family ? ` (${f.family})` : ''}`;
    const id = `${idPrefix}-${i + 1}`;
    plots.push({ id, title, svg: await renderSvg(id, interpPlot(f.groups, title)) });
  }
  // n*(t) beside interp_ratio(t), per group that has curves.
  for (const g of model.groups) {
    if (!g.overTime || g.overTime.steps.length === 0) continue;
    const id = `${idPrefix}-time-${g.id}`;
    const title = `n* over training (${g.label || 'all trials'})`;
    plots.push({ id, title, svg: await renderSvg(id, overTimePlot(g)) });
  }
  return plots;
}
