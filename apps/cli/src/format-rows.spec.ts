import { describe, expect, it } from 'vitest';
import { formatRows } from './format-rows';

describe('formatRows', () => {
  const columns = ['n', 'note', 'ratio'];
  const rows = [
    [8, 'plain', 0.0123456789],
    [16, 'has, comma and "quotes"', null],
  ];

  it('writes RFC 4180 CSV', () => {
    expect(formatRows(columns, rows, 'csv')).toBe(
      'n,note,ratio\n8,plain,0.0123456789\n16,"has, comma and ""quotes""",\n',
    );
  });

  it('writes JSON objects keyed by column, nulls kept', () => {
    expect(JSON.parse(formatRows(columns, rows, 'json'))).toEqual([
      { n: 8, note: 'plain', ratio: 0.0123456789 },
      { n: 16, note: 'has, comma and "quotes"', ratio: null },
    ]);
  });

  it('draws a table with six significant digits and a row count', () => {
    const table = formatRows(columns, rows, 'table');
    expect(table).toContain('0.0123457');
    expect(table).toContain('(2 rows)');
  });
});
