import type { OlsMetric, SummaryMetric } from './report-model';
import type { ReportRow } from './report-row';

/** A metric as a finite number, or null (SQL drivers may hand back strings or null). */
export function metricValue(row: ReportRow, name: SummaryMetric | OlsMetric): number | null {
  const raw = row[name];
  if (raw === null || raw === undefined || typeof raw === 'boolean') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** `converged` stored as boolean or 0/1; unknown counts as converged. */
export function isUnconverged(row: ReportRow): boolean {
  const c = row.converged;
  return c === false || c === 0;
}
