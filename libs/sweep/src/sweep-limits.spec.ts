import { describe, expect, it } from 'vitest';
import { SweepTooLargeError, SweepValidationError } from './errors';
import { parseSweepText } from './sweep-file';
import { SWEEP_LIMITS } from './sweep-limits';
import { validateSweepSpec } from './sweep-spec';
import { errorCode } from './thresher-error';

const load = (text: string, maxTrials?: number) =>
  validateSweepSpec(parseSweepText(text, 't.yaml'), 't.yaml', { maxTrials });

function failure(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('sweep limits', () => {
  it('counts a huge range without expanding it', () => {
    const start = performance.now();
    const err = failure(() =>
      load('name: b\ngrid: {seed: {range: [0, 300000000]}}\nfixed: {width: 8, n: 16}'),
    );
    expect(performance.now() - start).toBeLessThan(1000);
    expect(err).toBeInstanceOf(SweepValidationError);
    expect(err.message).toContain('grid.seed: 300000001 values on one axis, more than the limit');
  });

  it('refuses a product of axes above maxTrials with the count, before expanding', () => {
    const text = `name: big
grid:
  seed: {range: [0, 99999]}
  n: {from: 1, to: 100000, num: 100000}
fixed: {width: 4}`;
    const err = failure(() => load(text, 1_000_000));
    expect(err).toBeInstanceOf(SweepTooLargeError);
    expect(errorCode(err)).toBe('SWEEP_TOO_LARGE');
    expect(err.message).toContain(
      '10000000000 trials, more than 1000000 (limit: trials per sweep)',
    );
  });

  it('refuses generators with too many values', () => {
    const err = failure(() =>
      load('name: g\ngrid: {lr: {from: 0.1, to: 1, num: 1e9}}\nfixed: {n: 8, width: 4}'),
    );
    expect(err.message).toContain('grid.lr: 1000000000 values on one axis');
  });

  it('refuses steps: 0 when the sweep is submitted', () => {
    const err = failure(() => load('name: s\ngrid: {n: [8]}\nfixed: {width: 4, steps: 0}'));
    expect(err.message).toContain(
      'fixed.steps: expected an integer between 1 and 100000000, got 0',
    );
  });

  it('refuses trials no worker could hold in memory, naming the shape', () => {
    const err = failure(() => load('name: m\ngrid: {n: [8, 1000000]}\nfixed: {width: 100000}'));
    expect(err).toBeInstanceOf(SweepValidationError);
    expect(err.message).toMatch(
      /grid\.n: a trial of n=1000000, width=100000.* GiB to train, more than the 8\.0 GiB limit/,
    );
  });

  it('refuses loss curves with too many points', () => {
    const err = failure(() =>
      load('name: c\ngrid: {n: [8]}\nfixed: {width: 4, steps: 100000, record_every: 1}'),
    );
    expect(err.message).toContain(
      'fixed.record_every: steps / record_every = 100000 curve points, more than 10000',
    );
  });

  it('defuses YAML alias bombs', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
    ].join('\n');
    const err = failure(() => load(bomb));
    expect(err).toBeInstanceOf(SweepValidationError);
    expect(err.message).toContain('too many YAML aliases');
  });

  it('refuses deep nesting, in YAML and in parsed JSON', () => {
    const deep = `name: d\ngrid: {n: ${'['.repeat(5000)}8${']'.repeat(5000)}}\nfixed: {width: 4}`;
    const yaml = failure(() => load(deep));
    expect(yaml.message).toMatch(/nest/);
    let value: unknown = 8;
    for (let i = 0; i < 100_000; i++) value = [value];
    const json = failure(() =>
      validateSweepSpec({ name: 'd', grid: { n: value }, fixed: { width: 4 } }),
    );
    expect(json).toBeInstanceOf(SweepTooLargeError);
    expect(json.message).toContain(
      `nesting depth: 17 is more than the limit of ${SWEEP_LIMITS.maxDepth}`,
    );
  });

  it('refuses oversized text, long strings, binary and empty files', () => {
    expect(failure(() => parseSweepText('#'.repeat(SWEEP_LIMITS.maxBytes + 1))).message).toContain(
      'sweep file bytes',
    );
    expect(
      failure(() => load(`name: s\ndescription: ${'x'.repeat(20_000)}\ngrid: {n: [8], width: [4]}`))
        .message,
    ).toContain('string length: 20000 is more than the limit of 10000');
    expect(failure(() => parseSweepText('\u0000\u0001\u0002binary')).message).toContain('binary');
    expect(failure(() => parseSweepText('   \n')).message).toContain('the file is empty');
  });
});
