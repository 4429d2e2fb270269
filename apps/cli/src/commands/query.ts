import { once } from 'node:events';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_QUERY_TIMEOUT_MS, streamReadOnlyQuery, type QueryChunk } from '@thresher/store';
import { csvRow, formatRows, jsonRecord, type RowFormat } from '../format-rows';
import { dbOption, formatOption } from '../options';

/** Rows the table format shows by default; csv and json stream every row. */
export const DEFAULT_TABLE_LIMIT = 1000;
/** A table is built in memory: past this, csv or json is the way. */
const MAX_TABLE_LIMIT = 100_000;

interface QueryOptions {
  db: string;
  format: RowFormat;
  timeout: number;
  limit: number;
}

export function registerQuery(program: Command): void {
  const command = program
    .command('query')
    .description(
      'run a read-only SQL query against the results (views trial_results, trial_curves)',
    )
    .argument(
      '<sql>',
      'one SQL statement, e.g. "SELECT n, avg(interp_ratio) FROM trial_results GROUP BY n"; ' +
        'one that starts with a -- comment goes after --: thresher query -- "-- note\\nSELECT 1"',
    )
    .addOption(dbOption())
    .addOption(formatOption(['table', 'csv', 'json'] as const, 'table'))
    .addOption(
      new Option('--timeout <seconds>', 'stop the query after this many seconds')
        .argParser(parseSeconds)
        .default(DEFAULT_QUERY_TIMEOUT_MS / 1000),
    )
    .addOption(
      new Option('--limit <rows>', 'most rows the table format shows (csv and json show all)')
        .argParser(parseLimit)
        .default(DEFAULT_TABLE_LIMIT),
    )
    .action(async (sql: string, options: QueryOptions) => {
      const chunks = streamReadOnlyQuery(options.db, sql, { timeoutMs: options.timeout * 1000 });
      if (options.format === 'table') await writeTable(chunks, options.limit);
      else await writeStream(chunks, options.format);
    });
  hintDoubleDash(command);
}

/**
 * An SQL comment (`-- ...`) looks like an option to the parser: the error for an unknown
 * option says how to pass such a query.
 */
function hintDoubleDash(command: Command): void {
  const withHook = command as unknown as { unknownOption(flag: string): void };
  withHook.unknownOption = (flag: string) => {
    const shown = flag.split('\n')[0]?.slice(0, 40) ?? flag;
    command.error(
      `error: unknown option '${shown}'; a query that starts with "-" (such as a -- comment) ` +
        `goes after --: thresher query [options] -- "SQL"`,
      { code: 'commander.unknownOption' },
    );
  };
}

function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new InvalidArgumentError('a number of seconds, above 0 and at most 86400');
  }
  return seconds;
}

function parseLimit(text: string): number {
  const rows = Number(text);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_TABLE_LIMIT) {
    throw new InvalidArgumentError(
      `a whole number of rows from 1 to ${MAX_TABLE_LIMIT} (for more, use --format csv)`,
    );
  }
  return rows;
}

/** Writes, waiting while the reader of stdout is behind: memory stays bounded. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** csv and json: each chunk is written before the next is read. */
async function writeStream(chunks: AsyncIterable<QueryChunk>, format: 'csv' | 'json') {
  let rows = 0;
  let header = false;
  for await (const { columns, rows: chunk } of chunks) {
    if (format === 'csv') {
      const lines = chunk.map(csvRow);
      if (!header) lines.unshift(csvRow(columns));
      header = true;
      if (lines.length > 0) await write(`${lines.join('\n')}\n`);
    } else if (chunk.length > 0) {
      // The same text as JSON.stringify(allRows, null, 2), one record at a time.
      const records = chunk.map(
        (row) => `  ${JSON.stringify(jsonRecord(columns, row), null, 2).replace(/\n/g, '\n  ')}`,
      );
      await write(`${rows === 0 ? '[\n' : ',\n'}${records.join(',\n')}`);
    }
    rows += chunk.length;
  }
  if (format === 'json') await write(rows === 0 ? '[]\n' : '\n]\n');
}

/** The table is drawn in memory, so it shows at most `limit` rows and says when there were more. */
async function writeTable(chunks: AsyncIterable<QueryChunk>, limit: number) {
  let columns: string[] = [];
  const rows: unknown[][] = [];
  let more = false;
  for await (const chunk of chunks) {
    columns = chunk.columns;
    for (const row of chunk.rows) {
      if (rows.length === limit) more = true;
      else rows.push(row);
    }
    // Leaving the loop stops the query.
    if (more) break;
  }
  await write(formatRows(columns, rows, 'table'));
  if (more) {
    await write(
      `(only the first ${limit} rows are shown; the query returns more: ` +
        `raise --limit, or use --format csv or --format json for every row)\n`,
    );
  }
}
