import type { MetricStat, NSummary, OlsMetric, SummaryMetric, TrialCounts } from './report-model';
import { OLS_OF, SUMMARY_METRICS } from './report-model';
import type { ReportRow } from './report-row';
import { bootstrapMeanInterval } from './bootstrap-mean';

const OLS_METRICS = Object.values(OLS_OF) as OlsMetric[];

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

export function countTrials(rows: readonly ReportRow[]): TrialCounts {
  const counts: TrialCounts = {
    total: 0,
    done: 0,
    failed: 0,
    cancelled: 0,
    running: 0,
    unconverged: 0,
  };
  for (const row of rows) {
    counts.total++;
    switch (row.status) {
      case 'done':
        counts.done++;
        if (isUnconverged(row)) counts.unconverged++;
        break;
      case 'failed':
        counts.failed++;
        break;
      case 'cancelled':
        counts.cancelled++;
        break;
      default:
        counts.running++;
    }
  }
  return counts;
}

function stat(values: number[]): MetricStat | null {
  return bootstrapMeanInterval(values);
}

/**
 * Per-n counts and mean [95% bootstrap interval, inside the values' range] over seeds of the
 * summary and OLS metrics.
 */
export function summarizeByN(rows: readonly ReportRow[]): NSummary[] {
  const byN = new Map<number, ReportRow[]>();
  for (const row of rows) {
    const list = byN.get(row.n);
    if (list) list.push(row);
    else byN.set(row.n, [row]);
  }
  return [...byN.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([n, list]) => {
      const done = list.filter((r) => r.status === 'done');
      const collect = (name: SummaryMetric | OlsMetric): MetricStat | null => {
        const values: number[] = [];
        for (const row of done) {
          const v = metricValue(row, name);
          if (v !== null) values.push(v);
        }
        return stat(values);
      };
      const metrics = {} as Record<SummaryMetric, MetricStat | null>;
      for (const m of SUMMARY_METRICS) metrics[m] = collect(m);
      const ols = {} as Record<OlsMetric, MetricStat | null>;
      for (const m of OLS_METRICS) ols[m] = collect(m);
      return { n, ...countTrials(list), metrics, ols };
    });
}
