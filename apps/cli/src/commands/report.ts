import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openStore, type Store } from '@thresher/store';
import { buildReport, renderReport, type ReportFormat } from '@thresher/report';
import { CliError, ExitCode } from '../errors';
import { dbOption, formatOption } from '../options';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('fit the optimization threshold of a sweep and write a report')
    .argument('<sweep>', 'sweep name')
    .addOption(dbOption())
    .addOption(formatOption(['html', 'md', 'json'] as const, 'html'))
    .option('--out <file>', 'where to write the report (default: <sweep>-report.<ext>; "-" for stdout)')
    .action(async (sweep: string, options: { db: string; format: ReportFormat; out?: string }) => {
      const store = await openStore(options.db, { readonly: true });
      try {
        const written = await writeReport(store, sweep, options.format, options.out);
        if (written) process.stdout.write(`report written to ${written}\n`);
      } finally {
        await store.close();
      }
    });
}

/** Builds and writes a report; returns the file written (undefined for stdout). */
export async function writeReport(
  store: Store,
  sweep: string,
  format: ReportFormat,
  out?: string,
): Promise<string | undefined> {
  const model = await loadReportModel(store, sweep);
  const text = await renderReport(model, format);
  if (out === '-') {
    process.stdout.write(text);
    return undefined;
  }
  const file = path.resolve(out ?? `${sweep}-report.${format}`);
  await writeFile(file, text);
  return file;
}

export async function loadReportModel(store: Store, sweep: string) {
  if (!(await store.getSweep(sweep))) {
    throw new CliError(`no sweep named "${sweep}" in this database`, ExitCode.usage);
  }
  const rows = await store.trialResults(sweep);
  const curves = new Map<string, Awaited<ReturnType<Store['trialCurve']>>>();
  for (const trial of pickCurveTrials(rows)) curves.set(trial, await store.trialCurve(trial));
  return buildReport({ sweep, rows, curves, generatedAt: new Date() });
}

// One finished trial per width, at the median n: enough to show what training looks like.
function pickCurveTrials(rows: Awaited<ReturnType<Store['trialResults']>>): string[] {
  const byWidth = new Map<number, typeof rows>();
  for (const row of rows) {
    if (row.status !== 'done') continue;
    byWidth.set(row.width, [...(byWidth.get(row.width) ?? []), row]);
  }
  return [...byWidth.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.n - b.n || a.seed - b.seed);
    return sorted[Math.floor(sorted.length / 2)]!.trial_id;
  });
}
