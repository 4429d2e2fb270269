/**
 * Figures of the benchmark: each section's run yields measurements; a section run N times
 * yields one figure per measurement name (median of the N values, with min and max), judged
 * against its target on the median.
 */
import { median, round4 } from './stats';

export type TargetOp = '>=' | '>' | '<=' | '<';

export interface Target {
  op: TargetOp;
  value: number;
}

/** One value from one run of a section. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  target?: Target;
}

export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  /** Every run's value, in run order (NaN where a run did not produce it). */
  runs: number[];
  /** e.g. ">= 1000"; null when the figure has no target. */
  target: string | null;
  /** Target met by the median; null without a target or without a value. */
  met: boolean | null;
}

export function targetText(t: Target | undefined): string | null {
  return t ? `${t.op} ${t.value}` : null;
}

export function meets(value: number, t: Target): boolean {
  switch (t.op) {
    case '>=':
      return value >= t.value;
    case '>':
      return value > t.value;
    case '<=':
      return value <= t.value;
    case '<':
      return value < t.value;
  }
}

/** Groups the measurements of several runs by name (first-seen order) into figures. */
export function summarize(runs: readonly Measurement[][]): Figure[] {
  const order: string[] = [];
  const byName = new Map<string, { unit: string; target?: Target; values: number[] }>();
  runs.forEach((run, r) => {
    for (const m of run) {
      let entry = byName.get(m.name);
      if (!entry) {
        entry = {
          unit: m.unit,
          target: m.target,
          values: Array<number>(runs.length).fill(Number.NaN),
        };
        byName.set(m.name, entry);
        order.push(m.name);
      }
      entry.values[r] = m.value;
    }
  });
  return order.map((name) => {
    const e = byName.get(name)!;
    const ok = e.values.filter((v) => Number.isFinite(v));
    const med = median(ok);
    return {
      name,
      unit: e.unit,
      median: round4(med),
      min: ok.length ? round4(Math.min(...ok)) : Number.NaN,
      max: ok.length ? round4(Math.max(...ok)) : Number.NaN,
      runs: e.values.map(round4),
      target: targetText(e.target),
      met: e.target && Number.isFinite(med) ? meets(med, e.target) : null,
    };
  });
}

function cell(v: number): string {
  return Number.isFinite(v) ? String(v) : '-';
}

/** A plain-text table: name, median, min, max, unit, target, met? */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['name', 'median', 'min', 'max', 'unit', 'target', 'met?'];
  const rows = figures.map((f) => [
    f.name,
    cell(f.median),
    cell(f.min),
    cell(f.max),
    f.unit,
    f.target ?? '',
    f.met === null ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
