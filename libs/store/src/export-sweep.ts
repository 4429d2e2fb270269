import type { Store, TrialResultRow } from './store';
import { InvalidInputError, UnknownSweepError } from './errors';
import { PARAM_COLUMNS } from './param-columns';

export type ExportFormat = 'csv' | 'jsonl';

/** Where exported text goes: a Node stream (file, stdout) or anything with `write`. */
export interface ExportSink {
  /** May return false (Node stream backpressure: then `drain` is awaited) or a promise. */
  write(chunk: string): boolean | void | Promise<unknown>;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface ExportOptions {
  /** `results`: rows of trial_results (default); `curves`: rows of trial_curves. */
  table?: 'results' | 'curves';
  /** Rows fetched per query. */
  pageSize?: number;
}

/** Columns of `trial_results`, in view order (CSV header). */
export const TRIAL_RESULT_COLUMNS = [
  'sweep', 'trial_id', 'status',
  ...PARAM_COLUMNS,
  'train_loss', 'test_loss', 'excess_risk', 'ols_train_loss', 'ols_test_loss', 'ols_excess_risk',
  'interp_ratio', 'test_ratio', 'aligned_fraction', 'converged',
  'attempts', 'error', 'wall_ms', 'backend', 'worker', 'code_version',
] as const satisfies readonly (keyof TrialResultRow)[]; // prettier-ignore

/** aligned_fraction is empty (CSV) or null (JSONL) in points recorded before it was measured. */
export const TRIAL_CURVE_COLUMNS = [
  'trial_id',
  'step',
  'train_loss',
  'test_loss',
  'aligned_fraction',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

async function put(sink: ExportSink, chunk: string): Promise<void> {
  const written = sink.write(chunk);
  if (written instanceof Promise) await written;
  else if (written === false && sink.once !== undefined) {
    await new Promise<void>((resolve) => sink.once?.('drain', resolve));
  }
}

/**
 * Streams one sweep as CSV (header + one line per row) or JSONL (one JSON object per
 * line), page by page, so memory stays flat for any sweep size. Returns the row count.
 */
export async function exportSweep(
  store: Store,
  sweep: string,
  format: ExportFormat,
  sink: ExportSink,
  options: ExportOptions = {},
): Promise<{ rows: number }> {
  if (format !== 'csv' && format !== 'jsonl') {
    throw new InvalidInputError('format', `must be csv or jsonl (got ${String(format)})`);
  }
  if ((await store.getSweep(sweep)) === undefined) throw new UnknownSweepError(sweep);
  const curves = options.table === 'curves';
  const columns: readonly string[] = curves ? TRIAL_CURVE_COLUMNS : TRIAL_RESULT_COLUMNS;
  const rows: AsyncIterable<object> = curves
    ? store.iterateCurves(sweep, options.pageSize)
    : store.iterateTrialResults(sweep, options.pageSize);
  if (format === 'csv') await put(sink, csvLine(columns));
  let count = 0;
  let buffer = '';
  for await (const row of rows) {
    const record = row as Record<string, unknown>;
    buffer +=
      format === 'csv'
        ? csvLine(columns.map((c) => record[c]))
        : JSON.stringify(Object.fromEntries(columns.map((c) => [c, record[c] ?? null]))) + '\n';
    count++;
    if (buffer.length >= 64 * 1024) {
      await put(sink, buffer);
      buffer = '';
    }
  }
  if (buffer.length > 0) await put(sink, buffer);
  return { rows: count };
}
