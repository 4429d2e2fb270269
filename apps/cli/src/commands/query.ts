import type { Command } from 'commander';
import { runReadOnlyQuery } from '@thresher/store';
import { formatRows, type RowFormat } from '../format-rows';
import { dbOption, formatOption } from '../options';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description(
      'run a read-only SQL query against the results (views trial_results, trial_curves)',
    )
    .argument(
      '<sql>',
      'one SQL statement, e.g. "SELECT n, avg(interp_ratio) FROM trial_results GROUP BY n"',
    )
    .addOption(dbOption())
    .addOption(formatOption(['table', 'csv', 'json'] as const, 'table'))
    .action(async (sql: string, options: { db: string; format: RowFormat }) => {
      const result = await runReadOnlyQuery(options.db, sql);
      process.stdout.write(formatRows(result.columns, result.rows, options.format));
    });
}
