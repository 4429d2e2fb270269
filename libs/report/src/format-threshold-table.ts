import { budgetLines, budgetShort, unconvergedText } from './budget-lines';
import { fmtInterval, fmtNum, shortVerdict } from './format';
import type { GroupReport, ReportModel } from './report-model';
import { intervalWarningLines } from './report-tables';
import { searchLines } from './search-report';

function pad(text: string, width: number, right = true): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * Compact plain-text table for the terminal: mean interp_ratio by n (rows) and group (columns,
 * usually width), then the fitted n* and its 95% interval per column.
 */
export function formatThresholdTable(model: ReportModel): string {
  const groups: GroupReport[] = model.groups;
  const lines = [`${model.sweep}: ${model.progress.text}`];
  if (groups.length === 0) return lines.concat('no trials').join('\n');
  const ns = [...new Set(groups.flatMap((g) => g.byN.map((s) => s.n)))].sort((a, b) => a - b);
  const head = ['n', ...groups.map((g) => g.label)];
  const body = ns.map((n) => [
    String(n),
    ...groups.map((g) => {
      const mean = g.byN.find((s) => s.n === n)?.metrics.interp_ratio?.mean;
      return mean === undefined ? '·' : mean.toFixed(2);
    }),
  ]);
  const nStar = [
    'n*',
    ...groups.map((g) =>
      g.threshold.nStar === null ? shortVerdict(g.threshold) : fmtNum(g.threshold.nStar),
    ),
  ];
  const ci = [
    '95% CI',
    ...groups.map((g) =>
      g.threshold.ci
        ? `${fmtInterval(g.threshold.ci.lo, g.threshold.ci.hi)}${g.threshold.ciWarnings.length > 0 ? ' (!)' : ''}`
        : '',
    ),
  ];
  const budget = ['budget', ...groups.map(budgetShort)];
  const unconverged = ['unconv.', ...groups.map(unconvergedText)];
  const rows = [head, ...body, nStar, ci, budget, unconverged];
  const widths = head.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const render = (r: string[]) => r.map((cell, c) => pad(cell, widths[c] ?? 0, c > 0)).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  lines.push('mean interp_ratio (train loss / OLS train loss) by n');
  lines.push(render(head), rule, ...body.map(render), rule, render(nStar), render(ci));
  lines.push(render(budget), render(unconverged));
  for (const line of intervalWarningLines(model)) lines.push(`(!) ${line}`);
  lines.push(
    'n* over training (settled: inside the final interval over the last half of the steps, no common drift above 5%):',
  );
  for (const line of budgetLines(model)) lines.push(`  ${line}`);
  if (model.search) {
    lines.push(
      `search of n in ${model.search.range.from}..${model.search.range.to}, target_ci ${model.search.targetCi}:`,
    );
    for (const line of searchLines(model.search)) lines.push(`  ${line}`);
  }
  for (const law of model.powerLaws) {
    if (!law.fit) continue;
    const interval = law.fit.ci ? ` ${fmtInterval(law.fit.ci.lo, law.fit.ci.hi)}` : '';
    const where = law.label ? ` (${law.label})` : '';
    lines.push(`n* ~ ${law.param}^alpha${where}: alpha = ${fmtNum(law.fit.alpha)}${interval}`);
  }
  return lines.join('\n');
}
