import { describe, expect, it } from 'vitest';
import { SlotSpeed } from './slot-speed';

describe('SlotSpeed', () => {
  it('starts unknown, takes the first measure, then averages', () => {
    const s = new SlotSpeed();
    expect(s.flopsPerSecond).toBe(0);
    s.record(4e9, 2);
    expect(s.flopsPerSecond).toBe(2e9);
    s.record(4e9, 1);
    expect(s.flopsPerSecond).toBe(3e9);
  });

  it('ignores empty or instant bundles', () => {
    const s = new SlotSpeed();
    s.record(0, 1);
    s.record(1e9, 0);
    s.record(Number.NaN, 1);
    expect(s.flopsPerSecond).toBe(0);
  });
});
