import type { ReportModel } from './report-model';

/** The model as JSON (schemaVersion 1, see REPORT_JSON.md); non-finite numbers become null. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
