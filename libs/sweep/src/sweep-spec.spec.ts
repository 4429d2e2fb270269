import { describe, expect, it } from 'vitest';
import { SweepValidationError } from './errors';
import { expandSweep, gridSize } from './expand-sweep';
import { parseSweepText } from './sweep-file';
import { validateSweepSpec } from './sweep-spec';
import { trialId } from './trial-identity';

const load = (text: string) => validateSweepSpec(parseSweepText(text, 'test.yaml'), 'test.yaml');

function problems(text: string): string[] {
  try {
    load(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SweepValidationError);
    return (error as SweepValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the sweep to be rejected');
}

describe('sweep files', () => {
  it('reads YAML with lists, log and range generators', () => {
    const spec = load(`
name: demo
grid:
  n: {from: 8, to: 512, num: 7, scale: log}
  width: [64, 256]
  seed: {range: [0, 2]}
fixed:
  steps: 2000
  lr: 0.2
`);
    expect(spec.grid.n).toEqual([8, 16, 32, 64, 128, 256, 512]);
    expect(spec.grid.seed).toEqual([0, 1, 2]);
    expect(gridSize(spec)).toBe(7 * 2 * 3);
    const trials = expandSweep(spec);
    expect(trials).toHaveLength(42);
    expect(trials[0]).toMatchObject({
      n: 8,
      width: 64,
      seed: 0,
      steps: 2000,
      lr: 0.2,
      d: 5,
      record_every: 40,
    });
    expect(new Set(trials.map(trialId)).size).toBe(42);
  });

  it('reads JSON and gives the same trials as equivalent YAML', () => {
    const json = load(
      '{"name": "j", "grid": {"n": [8, 16], "width": [4]}, "fixed": {"steps": 10}}',
    );
    const yaml = load('name: j\ngrid: {n: [8, 16], width: [4]}\nfixed: {steps: 10}');
    expect(expandSweep(json).map(trialId)).toEqual(expandSweep(yaml).map(trialId));
  });

  it('gives a trial the same identity whatever sweep it comes from', () => {
    const a = expandSweep(load('name: a\ngrid: {n: [8, 16]}\nfixed: {width: 4}'));
    const b = expandSweep(load('name: b\ngrid: {n: [16, 32], width: [4]}'));
    expect(trialId(a[1]!)).toBe(trialId(b[0]!));
  });

  it.each([
    [
      'unknown parameter',
      'name: x\ngrid: {n: [8], width: [4], depth: [2]}',
      'grid.depth: unknown parameter "depth"',
    ],
    [
      'both grid and fixed',
      'name: x\ngrid: {n: [8], width: [4]}\nfixed: {n: 8}',
      'grid.n: "n" is in both grid and fixed',
    ],
    [
      'wrong type',
      'name: x\ngrid: {n: ["many"], width: [4]}',
      'grid.n[0]: expected an integer between 1 and 10000000, got "many"',
    ],
    [
      'negative n',
      'name: x\ngrid: {n: [8, -3], width: [4]}',
      'grid.n[1]: expected an integer between 1 and 10000000, got -3',
    ],
    [
      'non-integer width',
      'name: x\ngrid: {n: [8], width: [4.5]}',
      'grid.width[0]: expected an integer between 1 and 1000000, got 4.5',
    ],
    [
      'zero lr',
      'name: x\ngrid: {n: [8], width: [4]}\nfixed: {lr: 0}',
      'fixed.lr: expected a number > 0 and <= 1000000, got 0',
    ],
    [
      'negative noise',
      'name: x\ngrid: {n: [8], width: [4]}\nfixed: {noise: -1}',
      'fixed.noise: expected a number >= 0 and <= 1000000, got -1',
    ],
    [
      'unknown activation',
      'name: x\ngrid: {n: [8], width: [4]}\nfixed: {activation: tanh}',
      'fixed.activation: expected one of "relu", "gelu", got "tanh"',
    ],
    ['empty grid axis', 'name: x\ngrid: {n: [], width: [4]}', 'grid.n: empty grid axis'],
    ['missing name', 'grid: {n: [8], width: [4]}', 'name: expected a string'],
    [
      'unknown top-level field',
      'name: x\ngrid: {n: [8], width: [4]}\nfixd: {}',
      'unknown field "fixd"',
    ],
    ['missing width', 'name: x\ngrid: {n: [8]}', 'grid: "width" is required'],
    [
      'bad range',
      'name: x\ngrid: {n: {range: [10, 2]}, width: [4]}',
      'grid.n: range end 2 is below its start 10',
    ],
    [
      'log from zero',
      'name: x\ngrid: {n: {from: 0, to: 8, num: 3, scale: log}, width: [4]}',
      'grid.n: a log scale needs from > 0',
    ],
    [
      'range on a real parameter',
      'name: x\ngrid: {lr: {range: [1, 2]}, n: [8], width: [4]}',
      'grid.lr: {range} is for integer parameters',
    ],
    ['YAML syntax', 'name: x\ngrid: {n: [8, width: [4]', 'line'],
    ['duplicate key', 'name: x\nname: y\ngrid: {n: [8], width: [4]}', 'Map keys must be unique'],
    ['not a mapping', '- 1\n- 2', 'expected a mapping with name, grid and fixed'],
  ])('rejects %s with a message naming the field', (_case, text, expected) => {
    const found = problems(text);
    expect(found.join('\n')).toContain(expected);
  });

  it('reports every problem at once', () => {
    const found = problems('name: x\ngrid: {n: [0], width: [0], depth: [1]}\nfixed: {lr: -1}');
    expect(found.length).toBe(4);
  });

  it('refuses grids larger than the allowed size', () => {
    const spec = load('name: x\ngrid: {n: {range: [1, 1000]}, width: {range: [1, 1001]}}');
    expect(gridSize(spec)).toBe(1_001_000);
    expect(() => expandSweep(spec, { maxTrials: 1_000_000 })).toThrow(/1001000 trials/);
  });
});
