import { fmtNum } from './format';
import { HTML_STYLE } from './html-style';
import { reportPlots, type ReportPlot } from './plots/report-plots';
import { renderSvg } from './plots/render-svg';
import type { ReportModel } from './report-model';
import { budgetLines } from './budget-lines';
import {
  paramsLine,
  powerLawTable,
  summaryTable,
  thresholdTable,
  intervalWarningLines,
  type Table,
} from './report-tables';
import { searchLines } from './search-report';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlTable(
  table: Table,
  cellHtml?: (row: number, col: number, text: string) => string | undefined,
): string {
  const head = table.head
    .map((h, c) => `<th${table.numeric[c] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (r, i) =>
        `<tr>${r
          .map(
            (text, c) =>
              `<td${table.numeric[c] ? ' class="num"' : ''}>${cellHtml?.(i, c, text) ?? escapeHtml(text)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** "mean [lo, hi]" as the mean with the interval in small print beneath. */
function statCell(_row: number, _col: number, text: string): string | undefined {
  const match = /^(\S+) (\[.*\])$/.exec(text);
  if (!match) return undefined;
  return `${escapeHtml(match[1] ?? '')}<span class="ci">${escapeHtml(match[2] ?? '')}</span>`;
}

function header(model: ReportModel): string {
  const p = model.progress;
  const pct = (x: number) => (p.total > 0 ? (100 * x) / p.total : 0).toFixed(2);
  const pills = [
    `<span class="pill">${escapeHtml(p.text)}</span>`,
    p.failed > 0 ? `<span class="pill">${p.failed} failed</span>` : '',
    p.unconverged > 0 ? `<span class="pill">${p.unconverged} unconverged</span>` : '',
    p.running > 0 ? `<span class="pill">${p.running} pending or running</span>` : '',
    p.cancelled > 0 ? `<span class="pill">${p.cancelled} cancelled</span>` : '',
  ].join('');
  return `<header class="top"><div class="inner">
<h1>Optimization threshold · ${escapeHtml(model.sweep)}</h1>
<div class="sub">Thresher report, generated ${escapeHtml(model.generatedAt)}${p.complete ? '' : ' while the sweep is still running'}</div>
<div class="progress"><div class="bar" title="${escapeHtml(p.text)}"><span class="done" style="width:${pct(p.done)}%"></span><span class="failed" style="width:${pct(p.failed)}%"></span></div>${pills}</div>
<nav class="toc"><a href="#threshold">Threshold</a><a href="#budget">Budget</a><a href="#scaling">Scaling</a><a href="#loss">Losses</a><a href="#alignment">Alignment</a>${
    model.curves.length > 0 ? '<a href="#curves">Loss curves</a>' : ''
  }<a href="#tables">Tables</a></nav>
</div></header>`;
}

function figures(
  plots: readonly ReportPlot[],
  svgs: ReadonlyMap<string, string>,
  section: ReportPlot['section'],
): string {
  return plots
    .filter((p) => p.section === section)
    .map(
      (p) =>
        `<div class="card"><figure class="plot" id="${p.id}">${svgs.get(p.id) ?? ''}</figure></div>`,
    )
    .join('\n');
}

/**
 * One self-contained HTML file: inline CSS, plots rendered to SVG in Node and inlined; no script,
 * font, image or stylesheet is fetched when the file is opened.
 */
export async function renderHtml(model: ReportModel): Promise<string> {
  const plots = reportPlots(model);
  const svgs = new Map<string, string>();
  for (const plot of plots) svgs.set(plot.id, await renderSvg(plot.id, plot.spec));

  const threshold = htmlTable(thresholdTable(model), (row, col, text) => {
    const group = model.groups[row];
    if (col === 1 && group)
      return `<span class="verdict ${group.threshold.verdict}">${escapeHtml(text)}</span>`;
    if (col === 2 && group?.threshold.nStar !== null)
      return `<span class="nstar">${escapeHtml(text)}</span>`;
    return undefined;
  });
  const noThreshold = [
    ...model.groups
      .filter((g) => g.threshold.nStar === null)
      .map((g) => `<li>${escapeHtml(g.label)}: ${escapeHtml(g.threshold.verdictText)}</li>`),
    ...intervalWarningLines(model).map((w) => `<li class="warning">(!) ${escapeHtml(w)}</li>`),
    ...(model.search
      ? searchLines(model.search).map((l) => `<li class="search">search: ${escapeHtml(l)}</li>`)
      : []),
  ].join('');
  const scaling =
    model.powerLaws.length > 0
      ? `<div class="card">${htmlTable(powerLawTable(model))}</div>\n${figures(plots, svgs, 'scaling')}`
      : `<div class="card note">n* against width (and d, noise, init_scale) needs groups that differ in that parameter; this sweep has none.</div>`;
  const tables = model.groups
    .map(
      (g, i) =>
        `<details${i === 0 ? ' open' : ''}><summary>${escapeHtml(g.label)} <span class="params">${escapeHtml(
          paramsLine(g),
        )}${g.noiseFloor !== null ? ` · σ²/2 = ${fmtNum(g.noiseFloor)}` : ''}</span></summary>${htmlTable(summaryTable(g), statCell)}</details>`,
    )
    .join('\n');
  const errors =
    model.progress.topErrors.length > 0
      ? `<section id="failures"><h2>Failures</h2><div class="card"><ul class="errors">${model.progress.topErrors
          .map((e) => `<li>${e.count} × <code>${escapeHtml(e.error)}</code></li>`)
          .join('')}</ul></div></section>`
      : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="thresher report, schemaVersion ${model.schemaVersion}">
<title>Thresher report · ${escapeHtml(model.sweep)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${header(model)}
<main>
<section id="threshold">
<h2>Optimization threshold n*</h2>
<p class="lead">For each group of trials sharing every parameter but n and seed, interp_ratio(n) = train loss / OLS train loss is fitted by 1 / (1 + exp(−k (ln n − ln n*))) over all trials, with n* inside the swept range. The interval is a 95% bootstrap over seeds.</p>
<div class="card">${threshold}${noThreshold ? `<ul class="note">${noThreshold}</ul>` : ''}</div>
${figures(plots, svgs, 'threshold')}
</section>
<section id="budget">
<h2>n* over training: is the budget long enough?</h2>
<p class="lead">n*(t) is the same fit and seed bootstrap on interp_ratio(t) = train loss at step t / OLS train loss, at about 20 log-spaced recorded steps; its last value is n* above. <b>Settled</b>: n*(t) stayed inside the final 95% interval over the last half of training (steps T/2 to T, shaded), with no drift n*(T) / n*(T/2) above 5% common to the seeds (paired seed bootstrap); <b>still moving</b>: it did not, and a longer run may move n*.</p>
<div class="card"><ul class="note">${budgetLines(model)
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join('')}</ul></div>
${figures(plots, svgs, 'time')}
</section>
<section id="scaling">
<h2>Scaling of n*</h2>
<p class="lead">Power law n* = c · p<sup>α</sup> fitted on log-log axes across groups that differ in one parameter p.</p>
${scaling}
</section>
<section id="loss">
<h2>Train and test loss</h2>
<p class="lead">Below the threshold the network interpolates (train loss far below OLS) and its test loss exceeds OLS; above it, both approach the OLS values.</p>
${figures(plots, svgs, 'loss')}
</section>
<section id="alignment">
<h2>Early alignment</h2>
<p class="lead">aligned_fraction: the share of the neuron mass |a<sub>j</sub>| ‖w<sub>j</sub>‖ on neurons within |cos| ≥ 0.95 of the OLS direction. Against n at the end of training; per group, when the curves recorded it at every step, aligned_fraction(t) per n and the step at which half of the mass is aligned.</p>
${figures(plots, svgs, 'alignment')}
</section>
${model.curves.length > 0 ? `<section id="curves"><h2>Loss curves</h2>${figures(plots, svgs, 'curves')}</section>` : ''}
<section id="tables">
<h2>Summary by group and n</h2>
<p class="lead">Mean over seeds [95% bootstrap interval over seeds, inside the range of the values]; the OLS fit on the same training data beside each loss.</p>
<div class="card">${tables}</div>
</section>
${errors}
<footer><p>${escapeHtml(model.settings.intervals)}</p><p>Bootstrap: ${model.settings.bootstrapResamples} resamples, PRNG seed ${model.settings.rngSeed}. The same numbers are available as Markdown and JSON (schemaVersion ${model.schemaVersion}).</p></footer>
</main>
</body>
</html>
`;
}
