import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openStore, type Store } from '@thresher/store';
import {
  buildReport,
  curveTrialIds,
  renderReport,
  withCurves,
  type ReportFormat,
  type ReportModel,
  type StepLoss,
} from '@thresher/report';
import { isSearchSweep, validateSearchSweep, type CurvePoint } from '@thresher/sweep';
import { CliError, ExitCode } from '../errors';
import { dbOption, formatOption } from '../options';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('fit the optimization threshold of a sweep and write a report')
    .argument('<sweep>', 'sweep name')
    .addOption(dbOption())
    .addOption(formatOption(['html', 'md', 'json'] as const, 'html'))
    .option(
      '--out <file>',
      'where to write the report (default: <sweep>-report.<ext>; "-" for stdout)',
    )
    .action(async (sweep: string, options: { db: string; format: ReportFormat; out?: string }) => {
      const store = await openStore(options.db, { readonly: true });
      try {
        const { model } = await loadReportModel(store, sweep);
        const written = await writeReport(model, sweep, options.format, options.out);
        if (written) process.stdout.write(`report written to ${written}\n`);
      } finally {
        await store.close();
      }
    });
}

/** Builds and writes a report; returns the file written (undefined for stdout). */
export async function writeReport(
  model: ReportModel,
  sweep: string,
  format: ReportFormat,
  out?: string,
): Promise<string | undefined> {
  const text = await renderReport(model, format);
  if (out === '-') {
    process.stdout.write(text);
    return undefined;
  }
  const file = path.resolve(out ?? `${sweep}-report.${format}`);
  await writeFile(file, text);
  return file;
}

/** Reads a sweep's rows, fits the report model and attaches the curves worth plotting. */
export async function loadReportModel(store: Store, sweep: string) {
  const record = await store.getSweep(sweep);
  if (!record) {
    throw new CliError(`no sweep named "${sweep}" in this database`, ExitCode.usage);
  }
  const rows = await store.trialResults(sweep);
  // A searched sweep's rounds and verdicts are replayed from its rows and opened rounds.
  const search = isSearchSweep(record.spec)
    ? {
        sweep: validateSearchSweep(record.spec),
        rounds: (await store.searchRounds(sweep)).map(({ groupKey, ...r }) => ({
          key: groupKey,
          ...r,
        })),
      }
    : undefined;
  // Every stored train-loss curve of the sweep: each group's n*(t) and budget verdict.
  const trainCurves = new Map<string, StepLoss[]>();
  for await (const point of store.iterateCurves(sweep)) {
    const curve = trainCurves.get(point.trial_id);
    const p: StepLoss = { step: point.step, train_loss: point.train_loss };
    if (point.aligned_fraction !== undefined) p.aligned_fraction = point.aligned_fraction;
    if (curve) curve.push(p);
    else trainCurves.set(point.trial_id, [p]);
  }
  const model = buildReport({
    sweep,
    rows,
    trainCurves,
    generatedAt: new Date(),
    ...(search ? { search } : {}),
  });
  const curves = new Map<string, CurvePoint[]>();
  for (const trial of curveTrialIds(model)) curves.set(trial, await store.trialCurve(trial));
  return { rows, model: withCurves(model, curves, rows) };
}
