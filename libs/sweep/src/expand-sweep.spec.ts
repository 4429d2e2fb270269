import { describe, expect, it } from 'vitest';
import { expandSweep, expandSweepSlice, gridSize } from './expand-sweep';
import { validateSweepSpec } from './sweep-spec';

describe('expandSweepSlice', () => {
  const spec = validateSweepSpec({
    name: 'slices',
    grid: { n: [8, 16, 32], width: [4, 8], seed: { range: [0, 4] }, lr: [0.1, 0.01] },
    fixed: { steps: 10 },
  });

  it('gives every slice of the grid exactly as the whole expansion orders it', () => {
    const whole = expandSweep(spec);
    expect(whole).toHaveLength(gridSize(spec));
    for (const [from, to] of [
      [0, 1],
      [0, whole.length],
      [7, 23],
      [29, 31],
      [whole.length - 3, whole.length + 10],
    ] as const) {
      expect(expandSweepSlice(spec, from, to)).toEqual(whole.slice(from, to));
    }
    // Chunks put together are the grid, in order.
    const chunks = [0, 13, 26, 39, 52].flatMap((from) => expandSweepSlice(spec, from, from + 13));
    expect(chunks).toEqual(whole);
  });
});
