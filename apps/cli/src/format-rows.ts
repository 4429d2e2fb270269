import Table from 'cli-table3';
import { csvField } from '@thresher/store';
import { escapeControl } from '@thresher/sweep';

export type RowFormat = 'table' | 'csv' | 'json';

/** Renders query results for the terminal or for other programs. */
export function formatRows(columns: string[], rows: unknown[][], format: RowFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        rows.map((row) => jsonRecord(columns, row)),
        null,
        2,
      )}\n`;
    case 'csv':
      return [columns, ...rows].map(csvRow).join('\n') + '\n';
    case 'table': {
      // Colours only on a terminal: piped output stays plain text.
      const style = process.stdout.isTTY
        ? { head: ['cyan'], border: ['grey'] }
        : { head: [], border: [] };
      const table = new Table({ head: columns.map((c) => escapeControl(c)), style });
      for (const row of rows) table.push(row.map(displayCell));
      return `${table.toString()}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
    }
  }
}

/** One CSV line (no line break); fields keep their line breaks (quoted), no other control character. */
export function csvRow(row: unknown[]): string {
  return row
    .map((v) => csvField(typeof v === 'string' ? escapeControl(v, { keepLines: true }) : v))
    .join(',');
}

/** One row as a JSON object keyed by column, nulls kept. */
export function jsonRecord(columns: string[], row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]));
}

function displayCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toPrecision(6);
  // Strings may come from the network (a worker's host): no control character is printed.
  return escapeControl(String(value));
}
