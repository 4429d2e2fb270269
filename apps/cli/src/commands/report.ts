import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openStore, type Store } from '@thresher/store';
import {
  ReportAccumulator,
  buildSearchReport,
  curveTrialIds,
  overTimeSteps,
  renderReport,
  withCurves,
  type ReportFormat,
  type ReportModel,
  type ReportRow,
} from '@thresher/report';
import {
  escapeControl,
  isSearchSweep,
  validateSearchSweep,
  type CurvePoint,
} from '@thresher/sweep';
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
        // A large grid still being inserted is not a complete sweep: say so, never report it
        // as if it were.
        const [summary] = await store.listSweeps(sweep);
        if (summary?.inserting) {
          process.stderr.write(
            `warning: sweep ${escapeControl(sweep)} is still being inserted ` +
              `(${summary.total} of ${summary.expectedTrials} trials stored): this report covers ` +
              'the stored trials only\n',
          );
        }
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

/**
 * Streams a sweep's trials from the store (pages of rows, each curve read at its group's n*(t)
 * steps only) into the report's compact accumulator, fits the report model and attaches the
 * curves worth plotting: memory grows by about 150 bytes a trial and 16 per n*(t) step, not by
 * its row and whole curve.
 * `rows` are the failed trials only (for the caller to list), as minimal rows.
 */
export async function loadReportModel(
  store: Store,
  sweep: string,
): Promise<{ model: ReportModel; rows: ReportRow[] }> {
  const record = await store.getSweep(sweep);
  if (!record) {
    throw new CliError(`no sweep named "${sweep}" in this database`, ExitCode.usage);
  }
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
  // The store's row order is by trial id: `n-seed` orders each group as trial_results by n,
  // width, seed does, so the report equals the one built from the sorted rows.
  const accumulator = new ReportAccumulator({ order: 'n-seed', stepsOf: overTimeStepsOf });
  const failed: ReportRow[] = [];
  for await (const { row, curve } of store.iterateReportTrials(sweep, {
    stepsOf: (r) => accumulator.stepsFor(r),
  })) {
    accumulator.add(
      row,
      curve
        ? {
            at: curve,
            halfAlignedStep: curve.halfAlignedStep,
            aligned: curve.aligned,
          }
        : null,
    );
    if (row.status === 'failed') {
      failed.push({
        trial_id: row.trial_id,
        n: row.n,
        width: row.width,
        seed: row.seed,
        status: row.status,
        error: row.error,
      });
    }
  }
  const model = accumulator.build({ sweep, generatedAt: new Date() });
  if (search)
    model.search = buildSearchReport(search.sweep, accumulator.rows(), search.rounds, model);
  const curves = new Map<string, CurvePoint[]>();
  for (const trial of curveTrialIds(model)) curves.set(trial, await store.trialCurve(trial));
  return {
    rows: failed,
    model: withCurves(model, curves, accumulator.rows(new Set(curves.keys()))),
  };
}

/** The steps n*(t) reads for a group: about 20 log-spaced recorded steps of its parameters. */
function overTimeStepsOf(params: Record<string, unknown>): number[] {
  return overTimeSteps([{ params }]);
}
