import Table from 'cli-table3';
import { csvField } from '@thresher/store';

export type RowFormat = 'table' | 'csv' | 'json';

/** Renders query results for the terminal or for other programs. */
export function formatRows(columns: string[], rows: unknown[][], format: RowFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]))),
        null,
        2,
      )}\n`;
    case 'csv':
      return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
    case 'table': {
      const table = new Table({ head: columns, style: { head: ['cyan'], border: ['grey'] } });
      for (const row of rows) table.push(row.map(displayCell));
      return `${table.toString()}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
    }
  }
}

function displayCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toPrecision(6);
  return String(value);
}
