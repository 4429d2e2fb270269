import type { ReportModel } from './report-model';
import { budgetLines } from './budget-lines';
import {
  alignmentTable,
  overTimeTable,
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
  out.push(
    '',
    '## n* over training: the budget verdict',
    '',
    'n*(t): the same fit and seed bootstrap on interp_ratio(t) = train loss at step t / OLS train loss, ' +
      'at about 20 log-spaced recorded steps; its last value is n* above. Settled: n*(t) stayed inside ' +
      'the final 95% interval over the last half of training (steps T/2 to T) and n*(T) / n*(T/2) is within 5% of 1 or ' +
      'consistent with 1 by the paired seed bootstrap; still moving: it did not.',
    '',
  );
  for (const line of budgetLines(model)) out.push(`- ${line}`);
  for (const g of model.groups) {
    const table = overTimeTable(g);
    if (table) out.push('', `### n*(t): ${g.label || 'all trials'}`, '', markdownTable(table));
  }
  const alignments = model.groups.flatMap((g) => {
    const table = alignmentTable(g);
    return table ? [{ g, table }] : [];
  });
  if (alignments.length > 0) {
    out.push(
      '',
      '## The alignment phase',
      '',
      'The first recorded step at which aligned_fraction (share of the neuron mass within |cos| >= 0.95 ' +
        'of the OLS direction) reaches 1/2, per trial; the median over the seeds that got there.',
    );
    for (const { g, table } of alignments) {
      out.push('', `### Alignment: ${g.label || 'all trials'}`, '', markdownTable(table));
    }
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
    'Mean over seeds [95% bootstrap interval over seeds, inside the range of the values]; OLS on the same training data beside each loss.',
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
