import type { ReportModel } from './report-model';
import {
  paramsLine,
  powerLawTable,
  summaryTable,
  thresholdTable,
  intervalWarningLines,
  type Table,
} from './report-tables';
import { searchLines } from './search-report';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownTable(table: Table): string {
  const head = `| ${table.head.map(cell).join(' | ')} |`;
  const rule = `| ${table.numeric.map((n) => (n ? '---:' : ':---')).join(' | ')} |`;
  const rows = table.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

/** The report as Markdown: the same tables (same numbers) as the HTML, without plots. */
export function renderMarkdown(model: ReportModel): string {
  const p = model.progress;
  const out: string[] = [];
  out.push(`# Thresher report: ${model.sweep}`, '');
  out.push(
    `Generated ${model.generatedAt}. **${p.text}**${p.complete ? '' : ' (sweep still running)'}.`,
  );
  out.push(
    '',
    `Failed: ${p.failed}. Unconverged: ${p.unconverged}. Pending or running: ${p.running}. Cancelled: ${p.cancelled}.`,
  );
  out.push('', '## Optimization threshold n*', '', markdownTable(thresholdTable(model)));
  for (const line of intervalWarningLines(model)) out.push('', `- (!) ${line}.`);
  if (model.search) {
    out.push(
      '',
      `## Search of n in ${model.search.range.from}..${model.search.range.to} (target_ci ${model.search.targetCi})`,
      '',
    );
    for (const line of searchLines(model.search)) out.push(`- ${line}`);
  }
  for (const g of model.groups) {
    if (g.threshold.nStar === null) out.push('', `- ${g.label}: ${g.threshold.verdictText}.`);
  }
  if (model.powerLaws.length > 0) {
    out.push(
      '',
      '## Scaling of n* (power law n* = c p^alpha)',
      '',
      markdownTable(powerLawTable(model)),
    );
  }
  out.push(
    '',
    '## Summary by group and n',
    '',
    'Mean over seeds [95% interval]; OLS on the same training data beside each loss.',
  );
  for (const g of model.groups) {
    out.push('', `### ${g.label}`, '', `Parameters: ${paramsLine(g)}.`);
    if (g.noiseFloor !== null) out.push(`Noise level sigma²/2 = ${g.noiseFloor}.`);
    out.push('', markdownTable(summaryTable(g)));
  }
  if (p.topErrors.length > 0) {
    out.push(
      '',
      '## Failures',
      '',
      ...p.topErrors.map((e) => `- ${e.count} × \`${e.error.replace(/`/g, "'")}\``),
    );
  }
  out.push('', '## Method', '', model.settings.intervals, '');
  return out.join('\n');
}
