import { describe, expect, it } from 'vitest';
import { countsOf, describeStatus, formatEta, isSettled } from './sweep-progress';

describe('sweep progress', () => {
  it('formats an ETA for people', () => {
    expect(formatEta(undefined)).toBe('--');
    expect(formatEta(42.4)).toBe('42s');
    expect(formatEta(185)).toBe('3m05s');
    expect(formatEta(7322)).toBe('2h02m');
  });

  it('fills proto3 defaults and tells when nothing is left to run', () => {
    const status = { name: 's', status: 'active', counts: { done: 3, failed: 1, total: 4 } };
    expect(countsOf(status)).toEqual({
      pending: 0,
      leased: 0,
      done: 3,
      failed: 1,
      cancelled: 0,
      total: 4,
    });
    expect(isSettled(status)).toBe(true);
    expect(isSettled({ counts: { pending: 1, total: 1 } })).toBe(false);
    // Between two chunks of a large insert nothing may be pending: not settled until it is all in.
    expect(isSettled({ ...status, inserting: true, expectedTrials: 9 })).toBe(false);
  });

  it('says how far the insert of a large sweep is', () => {
    const line = describeStatus({
      name: 'million',
      status: 'active',
      counts: { pending: 120_000, total: 120_000 },
      inserting: true,
      expectedTrials: 1_000_000,
    });
    expect(line).toMatch(
      /^million \[active\] inserting 120000\/1000000 trials \| 0\/120000 settled/,
    );
  });

  it('describes a sweep on one line', () => {
    const line = describeStatus({
      name: 'quick',
      status: 'active',
      counts: { done: 10, leased: 2, pending: 8, total: 20 },
      trialStepsPerSecond: 12_345,
      etaSeconds: 90,
    });
    expect(line).toBe(
      'quick [active] 10/20 settled: 10 done, 2 running, 8 pending, 0 failed, 0 cancelled | 12.3k trial-steps/s | ETA 1m30s',
    );
  });
});
