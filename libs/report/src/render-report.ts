import { UnsupportedFormatError } from './errors';
import { renderHtml } from './render-html';
import { renderJson } from './render-json';
import { renderMarkdown } from './render-markdown';
import type { ReportModel } from './report-model';

export type ReportFormat = 'html' | 'md' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json'];

/** Renders a report model as a self-contained HTML file, Markdown or JSON. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<string> {
  switch (format) {
    case 'html':
      return renderHtml(model);
    case 'md':
      return renderMarkdown(model);
    case 'json':
      return renderJson(model);
    default:
      throw new UnsupportedFormatError(String(format));
  }
}
