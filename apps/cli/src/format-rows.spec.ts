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

  it('never prints a control character from the data (a hostile worker host)', () => {
    const hostile = [['evil\u001b]0;pwned\u0007\u001b[2Jhost', 'line\nbreak']];
    const table = formatRows(['host', 'note'], hostile, 'table');
    // cli-table3 only draws with plain characters when stdout is not a terminal.
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(table).toContain('evil\\x1b]0;pwned\\x07\\x1b[2Jhost');
    expect(table).toContain('line\\nbreak');
    const csv = formatRows(['host', 'note'], hostile, 'csv');
    expect(csv).toBe('host,note\nevil\\x1b]0;pwned\\x07\\x1b[2Jhost,"line\nbreak"\n');
    expect(formatRows(['host'], [[hostile[0]![0]]], 'json')).toContain('\\u001b');
  });
});
