import type { ReportModel } from '../report-model';
import { alignedPlot } from './aligned-plot';
import { alignmentTimePlot } from './alignment-time-plot';
import { curvePlot } from './curve-plot';
import { familyGroups } from './family-groups';
import { interpPlot } from './interp-plot';
import { lossPlot } from './loss-plot';
import { nStarPlot } from './nstar-plot';
import { overTimePlot } from './over-time-plot';
import type { VlSpec } from './plot-theme';

export interface ReportPlot {
  /** Stable id, used as the HTML anchor. */
  id: string;
  section: 'threshold' | 'time' | 'scaling' | 'loss' | 'alignment' | 'curves';
  spec: VlSpec;
}

/** Every plot of the report, as Vega-Lite specs (data inlined, aggregated: small at any sweep size). */
export function reportPlots(model: ReportModel): ReportPlot[] {
  const plots: ReportPlot[] = [];
  const families = familyGroups(model).filter((f) => f.groups.some((g) => g.byN.length > 0));
  families.forEach((f, i) => {
    const suffix = f.family ? ` (${f.family})` : '';
    plots.push({
      id: `interp-${i + 1}`,
      section: 'threshold',
      spec: interpPlot(f.groups, `interp_ratio against n${suffix}`),
    });
  });
  for (const g of model.groups) {
    if (g.overTime && g.overTime.steps.length > 0) {
      plots.push({ id: `time-${g.id}`, section: 'time', spec: overTimePlot(g) });
    }
  }
  const params = [...new Set(model.powerLaws.map((law) => law.param))];
  for (const param of params) {
    const laws = model.powerLaws.filter((law) => law.param === param);
    plots.push({ id: `nstar-${param}`, section: 'scaling', spec: nStarPlot(laws) });
  }
  families.forEach((f, i) => {
    const suffix = f.family ? ` (${f.family})` : '';
    plots.push({
      id: `loss-${i + 1}`,
      section: 'loss',
      spec: lossPlot(f.groups, `Train and test loss against n${suffix}`),
    });
  });
  families.forEach((f, i) => {
    const suffix = f.family ? ` (${f.family})` : '';
    plots.push({
      id: `aligned-${i + 1}`,
      section: 'alignment',
      spec: alignedPlot(f.groups, `aligned_fraction against n${suffix}`),
    });
  });
  for (const g of model.groups) {
    if (g.overTime?.alignment) {
      plots.push({ id: `aligned-time-${g.id}`, section: 'alignment', spec: alignmentTimePlot(g) });
    }
  }
  const curves = model.curves.filter((c) => c.points.length > 0);
  if (curves.length > 0) plots.push({ id: 'curves', section: 'curves', spec: curvePlot(curves) });
  return plots;
}
