import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeSweep } from './run-cli';

const VALID_GRID = 'grid: {n: [8, 16], width: [4]}';

/** Nine levels of nine aliases each: 9^9 nodes once expanded (the "billion laughs"). */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return `name: bomb\n${VALID_GRID}\n${lines.map((l) => `x${l}`).join('\n')}`;
}

function binary(): Buffer {
  const bytes = Buffer.alloc(512);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  return bytes;
}

// Each case: file name, contents, fragments the error must contain (one line per problem).
const CASES: [string, string | Buffer, string[]][] = [
  [
    'unknown-param.yaml',
    `name: x\ngrid: {n: [8], width: [4], depth: [3]}`,
    ['grid.depth: unknown parameter "depth"'],
  ],
  [
    'both.yaml',
    `name: x\n${VALID_GRID}\nfixed: {width: 4}`,
    ['grid.width: "width" is in both grid and fixed'],
  ],
  [
    'wrong-type.yaml',
    `name: x\ngrid: {n: [eight], width: [4]}`,
    ['grid.n[0]: expected an integer between 1 and 10000000, got "eight"'],
  ],
  [
    'out-of-range.yaml',
    `name: x\n${VALID_GRID}\nfixed: {lr: -0.1}`,
    ['fixed.lr: expected a number > 0 and <= 1000000, got -0.1'],
  ],
  ['empty-grid.yaml', `name: x\ngrid: {n: [], width: [4]}`, ['grid.n: empty grid axis']],
  [
    'bad-enum.yaml',
    `name: x\n${VALID_GRID}\nfixed: {optimizer: sgd}`,
    ['fixed.optimizer: expected one of "gd", "adam", got "sgd"'],
  ],
  ['no-name.yaml', VALID_GRID, ['name: expected a string']],
  ['typo-field.yaml', `name: x\n${VALID_GRID}\nfixd: {lr: 1}`, ['unknown field "fixd"']],
  ['syntax.yaml', `name: x\ngrid: {n: [8, width: [4]`, ['line 2']],
  ['bad-json.json', `{"name": "x", "grid": {"n": [8], "width": [4]}`, ['bad-json.json']],
  [
    'bad-generator.yaml',
    `name: x\ngrid: {n: {from: 8, to: 64}, width: [4]}`,
    ['grid.n: expected {from, to, num, scale: log|linear}'],
  ],
  [
    'negative-steps.yaml',
    `name: x\n${VALID_GRID}\nfixed: {steps: -5}`,
    ['fixed.steps: expected an integer between 1 and 100000000, got -5'],
  ],
  [
    'zero-steps.yaml',
    `name: x\n${VALID_GRID}\nfixed: {steps: 0}`,
    ['fixed.steps: expected an integer between 1 and 100000000, got 0'],
  ],
  [
    'huge.yaml',
    `name: x\ngrid: {n: {range: [1, 2000]}, width: {range: [1, 1000]}}`,
    ['expands to 2000000 trials, more than 1000000', 'pass --yes'],
  ],
  ['alias-bomb.yaml', aliasBomb(), ['too many YAML aliases']],
  [
    'deep-flow.yaml',
    `name: x\ngrid: {n: ${'['.repeat(20_000)}8${']'.repeat(20_000)}, width: [4]}`,
    ['nested too deeply'],
  ],
  [
    'deep-block.yaml',
    `name: x\n${VALID_GRID}\nfixed:\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1`,
    ['nesting depth: 17 is more than the limit of 16'],
  ],
  [
    'huge-number.yaml',
    `name: x\ngrid: {n: [1e400], width: [4]}`,
    ['grid.n[0]: expected an integer between 1 and 10000000, got Infinity'],
  ],
  [
    'huge-range.yaml',
    `name: x\ngrid: {seed: {range: [0, 300000000]}}\nfixed: {width: 8, n: 16}`,
    ['grid.seed: 300000001 values on one axis, more than the limit of 100000'],
  ],
  [
    'huge-generator.yaml',
    `name: x\ngrid: {lr: {from: 0.1, to: 1, num: 1000000000}}\nfixed: {n: 8, width: 4}`,
    ['grid.lr: 1000000000 values on one axis'],
  ],
  [
    'too-much-memory.yaml',
    `name: x\ngrid: {n: [1000000]}\nfixed: {width: 100000}`,
    ['grid.n: a trial of n=1000000, width=100000', 'more than the 8.0 GiB limit'],
  ],
  [
    'too-many-curve-points.yaml',
    `name: x\n${VALID_GRID}\nfixed: {steps: 1000000, record_every: 1}`,
    ['fixed.record_every: steps / record_every = 1000000 curve points'],
  ],
  ['binary.yaml', binary(), ['not a text file']],
  ['empty.yaml', '', ['the file is empty']],
  ['comments-only.yaml', '# nothing here\n', ['expected a mapping with name, grid and fixed']],
  ['scalar.yaml', 'just a sentence', ['expected a mapping with name, grid and fixed']],
  ['top-level-list.json', '[1, 2, 3]', ['expected a mapping with name, grid and fixed']],
  ['grid-list.yaml', 'name: x\ngrid: [8, 16]', ['grid: expected a mapping of parameter to values']],
  ['number-name.yaml', `name: 42\n${VALID_GRID}`, ['name: expected a string']],
  ['duplicate-keys.yaml', `name: x\nname: y\n${VALID_GRID}`, ['Map keys must be unique']],
  [
    'duplicate-keys.json',
    `{"name": "x", "grid": {"n": [8], "n": [16], "width": [4]}}`,
    ['Map keys must be unique'],
  ],
  [
    'two-documents.yaml',
    `name: x\n${VALID_GRID}\n---\nname: y\n${VALID_GRID}`,
    ['multiple documents'],
  ],
  [
    'string-bool.yaml',
    `name: x\n${VALID_GRID}\nfixed: {bias: "yes"}`,
    ['fixed.bias: expected true or false, got "yes"'],
  ],
  [
    'nan.yaml',
    `name: x\n${VALID_GRID}\nfixed: {noise: .nan}`,
    ['fixed.noise: expected a number >= 0 and <= 1000000, got NaN'],
  ],
  [
    'null-value.yaml',
    `name: x\n${VALID_GRID}\nfixed: {lr: null}`,
    ['fixed.lr: expected a number > 0 and <= 1000000, got null'],
  ],
  [
    'range-for-real.yaml',
    `name: x\ngrid: {lr: {range: [1, 3]}}\nfixed: {n: 8, width: 4}`,
    ['grid.lr: {range} is for integer parameters'],
  ],
  [
    'log-from-zero.yaml',
    `name: x\ngrid: {n: {from: 0, to: 64, num: 4, scale: log}, width: [4]}`,
    ['grid.n: a log scale needs from > 0'],
  ],
  [
    'long-string.yaml',
    `name: x\ndescription: ${'x'.repeat(20_000)}\n${VALID_GRID}`,
    ['string length: 20000 is more than the limit of 10000'],
  ],
  [
    'too-big.yaml',
    `name: x\n${VALID_GRID}\n${'# padding\n'.repeat(120_000)}`,
    ['sweep file bytes: 1200', 'is more than the limit of 1048576'],
  ],
  [
    'many-problems.yaml',
    `name: x\ngrid: {n: [0], width: [0], depth: [1]}\nfixed: {lr: 0}`,
    ['4 problems', 'grid.n[0]:', 'grid.width[0]:', 'grid.depth:', 'fixed.lr:'],
  ],
];

describe('bad sweep files', () => {
  it.each(CASES)(
    '%s is rejected with exit 2, a clear message, no stack trace and nothing stored',
    async (file, contents, expected) => {
      const dir = tempDir();
      const db = path.join(dir, 'results.db');
      const sweep =
        typeof contents === 'string' ? writeSweep(dir, file, contents) : path.join(dir, file);
      if (typeof contents !== 'string') writeFileSync(sweep, contents);
      const result = await runCli(['run', sweep, '--db', db, '--no-progress']);
      expect(result.code).toBe(2);
      for (const fragment of expected) expect(result.stderr).toContain(fragment);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stderr).not.toContain('unexpected error');
      // One line per problem: a header and the problems, nothing else.
      const lines = result.stderr.trim().split('\n');
      const problems = /\((\d+) problems\)/.exec(result.stderr)?.[1];
      expect(lines.length).toBe(problems === undefined ? 1 : Number(problems) + 1);
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

  it('rejects the same files on submit, before any coordinator is contacted', async () => {
    const dir = tempDir();
    const sweep = writeSweep(
      dir,
      'huge-range.yaml',
      `name: x\ngrid: {seed: {range: [0, 300000000]}}\nfixed: {width: 8, n: 16}`,
    );
    const result = await runCli(['submit', sweep, '--coordinator', '127.0.0.1:1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('grid.seed: 300000001 values on one axis');
  });
});
