import type { SweepSummary, WorkerRecord } from '@thresher/store';
import { describe, expect, it } from 'vitest';
import { activeWorkerCount, fairShare } from './fair-share';

const now = new Date(1_000_000);
const worker = (state: string, seenMsAgo: number) =>
  ({ state, lastSeenAt: new Date(now.getTime() - seenMsAgo) }) as WorkerRecord;
const sweep = (status: 'active' | 'cancelled', pending: number) =>
  ({ status, pending }) as SweepSummary;

describe('fair share', () => {
  it('counts workers seen recently and not drained', () => {
    const workers = [
      worker('busy', 1_000),
      worker('idle', 5_000),
      worker('drained', 10),
      worker('busy', 120_000),
    ];
    expect(activeWorkerCount(workers, now, 2_000)).toBe(2);
    expect(activeWorkerCount(workers, now, 60_000)).toBe(3);
  });
  it('divides the pending trials of active sweeps by the active workers, at least 1', () => {
    expect(fairShare([sweep('active', 10), sweep('cancelled', 100)], 2)).toBe(5);
    expect(fairShare([sweep('active', 11)], 2)).toBe(6);
    expect(fairShare([sweep('active', 0)], 3)).toBe(1);
    expect(fairShare([sweep('active', 7)], 0)).toBe(7);
  });
});
