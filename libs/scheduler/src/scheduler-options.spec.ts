import { describe, expect, it } from 'vitest';
import { bundleSize, compileSchedulerOptions, heartbeatIntervalMs } from './scheduler-options';

describe('scheduler options', () => {
  it('fill defaults and derive the reaper interval from the lease', () => {
    expect(compileSchedulerOptions()).toMatchObject({
      leaseMs: 30_000,
      maxAttempts: 3,
      reapIntervalMs: 1_000,
    });
    expect(compileSchedulerOptions({ leaseMs: 2_000, maxAttempts: undefined }).reapIntervalMs).toBe(
      500,
    );
    expect(() => compileSchedulerOptions({ maxAttempts: 0 })).toThrow(/maxAttempts/);
  });
  it('size bundles to capacity within [0, maxBundle] and heartbeat thrice per lease', () => {
    expect([
      bundleSize(0, 8),
      bundleSize(3, 8),
      bundleSize(100, 8),
      bundleSize(Number.NaN, 8),
    ]).toEqual([0, 3, 8, 0]);
    expect(heartbeatIntervalMs(3_000)).toBe(1_000);
  });
});
