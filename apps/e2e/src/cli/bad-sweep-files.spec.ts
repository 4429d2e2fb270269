import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeSweep } from './run-cli';

const VALID_GRID = 'grid: {n: [8, 16], width: [4]}';

// Each case: file name, contents, a fragment the one-line error must contain.
const CASES: [string, string, string][] = [
  [
    'unknown-param.yaml',
    `name: x\ngrid: {n: [8], width: [4], depth: [3]}`,
    'grid.depth: unknown parameter "depth"',
  ],
  [
    'both.yaml',
    `name: x\n${VALID_GRID}\nfixed: {width: 4}`,
    'grid.width: "width" is in both grid and fixed',
  ],
  [
    'wrong-type.yaml',
    `name: x\ngrid: {n: [eight], width: [4]}`,
    'grid.n[0]: expected an integer >= 1, got "eight"',
  ],
  [
    'out-of-range.yaml',
    `name: x\n${VALID_GRID}\nfixed: {lr: -0.1}`,
    'fixed.lr: expected a number > 0, got -0.1',
  ],
  ['empty-grid.yaml', `name: x\ngrid: {n: [], width: [4]}`, 'grid.n: empty grid axis'],
  [
    'bad-enum.yaml',
    `name: x\n${VALID_GRID}\nfixed: {optimizer: sgd}`,
    'fixed.optimizer: expected one of "gd", "adam", got "sgd"',
  ],
  ['no-name.yaml', VALID_GRID, 'name: expected a string'],
  ['typo-field.yaml', `name: x\n${VALID_GRID}\nfixd: {lr: 1}`, 'unknown field "fixd"'],
  ['syntax.yaml', `name: x\ngrid: {n: [8, width: [4]`, 'line 2'],
  ['bad-json.json', `{"name": "x", "grid": {"n": [8], "width": [4]}`, 'bad-json.json'],
  [
    'bad-generator.yaml',
    `name: x\ngrid: {n: {from: 8, to: 64}, width: [4]}`,
    'grid.n: expected {from, to, num, scale: log|linear}',
  ],
  [
    'negative-steps.yaml',
    `name: x\n${VALID_GRID}\nfixed: {steps: -5}`,
    'fixed.steps: expected an integer >= 0, got -5',
  ],
  [
    'huge.yaml',
    `name: x\ngrid: {n: {range: [1, 2000]}, width: {range: [1, 1000]}}`,
    'expands to 2000000 trials, more than 1000000; pass --yes',
  ],
];

describe('bad sweep files', () => {
  it.each(CASES)(
    '%s is rejected with exit 2, a message naming the field, and nothing stored',
    async (file, text, expected) => {
      const dir = tempDir();
      const db = path.join(dir, 'results.db');
      const sweep = writeSweep(dir, file, text);
      const result = await runCli(['run', sweep, '--db', db, '--no-progress']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(db)).toBe(false);
    },
  );

  it('rejects a missing file with exit 2', async () => {
    const result = await runCli([
      'run',
      '/nonexistent/sweep.yaml',
      '--db',
      path.join(tempDir(), 'x.db'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read sweep file /nonexistent/sweep.yaml');
  });
});
