/** Vega-Lite specs are built as plain objects: vega-lite is ESM-only, so its types stay out. */
export type VlSpec = Record<string, unknown>;

export const FONT = '"Inter", "Segoe UI", "Helvetica Neue", "Liberation Sans", Arial, sans-serif';

export const COLORS = {
  train: '#2563eb',
  test: '#ea580c',
  fit: '#7c3aed',
  band: '#a78bfa',
  points: '#64748b',
  floor: '#059669',
  ink: '#0f172a',
  muted: '#64748b',
};

/** Colors of categorical series (widths): a calm, readable palette. */
export const PALETTE = [
  '#2563eb',
  '#ea580c',
  '#059669',
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#ca8a04',
  '#4b5563',
  '#dc2626',
  '#65a30d',
];

export const THEME = {
  background: 'white',
  font: FONT,
  padding: 8,
  view: { stroke: '#e2e8f0', strokeWidth: 1 },
  axis: {
    labelColor: '#475569',
    titleColor: '#0f172a',
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 600,
    gridColor: '#eef2f7',
    domainColor: '#94a3b8',
    tickColor: '#94a3b8',
    titlePadding: 8,
  },
  legend: {
    labelFontSize: 11,
    titleFontSize: 11,
    titleColor: '#0f172a',
    labelColor: '#334155',
    symbolSize: 80,
  },
  title: {
    fontSize: 13,
    fontWeight: 600,
    color: '#0f172a',
    anchor: 'start',
    subtitleColor: '#64748b',
    subtitleFontSize: 11,
    offset: 8,
  },
  concat: { spacing: 28 },
  range: { category: PALETTE },
};

/** Panel width for `count` panels laid out `columnsOf(count)` per row. */
export function panelWidth(count: number): number {
  if (count <= 1) return 520;
  if (count === 2) return 360;
  return 260;
}

export function columnsOf(count: number): number {
  return Math.min(Math.max(count, 1), 3);
}

/**
 * Log axis of n: the swept n as ticks when there are few of them (powers of two read better),
 * 1-2-5 or decade ticks otherwise.
 */
export function nAxis(
  ns: readonly number[],
  title = 'n (training samples)',
): { scale: VlSpec; axis: VlSpec } {
  const axis: VlSpec = { title, grid: true, format: '~g' };
  axis['values'] = ns.length > 0 && ns.length <= 10 ? [...ns] : logTicks(ns, true);
  // No "nice" decade rounding: the swept range fills the panel, with a little padding.
  return { scale: { type: 'log', nice: false, padding: 14 }, axis };
}

export function logSpace(lo: number, hi: number, count: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: count }, (_, i) => Math.exp(a + ((b - a) * i) / (count - 1)));
}

/**
 * Tick values for a log axis over the data: 1-2-5 per decade over few decades, powers of ten
 * otherwise (Vega labels every minor tick of a short log axis, which is unreadable).
 */
export function logTicks(values: readonly number[], clip = false): number[] | undefined {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return undefined;
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const lo = Math.floor(Math.log10(Math.min(...positive)) + 1e-9);
  const hi = Math.ceil(Math.log10(Math.max(...positive)) - 1e-9);
  const decades = Math.max(hi - lo, 1);
  const mults = decades <= 1 ? [1, 2, 3, 5] : decades <= 3 ? [1, 2, 5] : [1];
  const every = decades > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) {
    if ((e - lo) % every !== 0) continue;
    for (const m of mults) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v > 10 ** hi * 1.0001) continue;
      if (clip && (v < min / 1.0001 || v > max * 1.0001)) continue;
      ticks.push(v);
    }
  }
  return ticks;
}

/** A log-scaled axis encoding with readable ticks for the given data values. */
export function logAxis(values: readonly number[], title: string): VlSpec {
  return { title, values: logTicks(values), format: '~g', grid: true };
}
