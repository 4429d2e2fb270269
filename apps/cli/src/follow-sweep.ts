import type { CoordinatorClient, thresher } from '@thresher/proto';
import { isSettled } from './sweep-progress';

type SweepStatus = thresher.v1.ISweepStatus;

export interface FollowOptions {
  /** Least time between two statuses (the coordinator clamps it to 250 ms - 60 s). */
  minIntervalMs?: number;
  /** Stops following (Ctrl-C, every worker gone). */
  signal?: AbortSignal;
  onStatus: (status: SweepStatus) => void;
}

/**
 * Follows a sweep over the coordinator's WatchSweep stream (pushed as trials finish, no
 * polling) until nothing is pending or running. Returns the last status seen: not settled
 * when `signal` stopped it or the coordinator ended the stream (shutting down).
 */
export async function followSweep(
  client: CoordinatorClient,
  sweep: string,
  options: FollowOptions,
): Promise<SweepStatus | undefined> {
  let last: SweepStatus | undefined;
  const stream = client.watchSweep(
    { name: sweep, minIntervalMs: options.minIntervalMs ?? 250 },
    { signal: options.signal },
  );
  for await (const status of stream) {
    last = status;
    options.onStatus(status);
    if (isSettled(status)) break;
  }
  return last;
}

/**
 * Follows a sweep until its insert is complete (a large grid is stored in chunks after
 * SubmitSweep answers). Returns the first status with `inserting` false; undefined when the
 * coordinator ended the stream first.
 */
export async function followInsert(
  client: CoordinatorClient,
  sweep: string,
  onStatus: (status: SweepStatus) => void,
): Promise<SweepStatus | undefined> {
  const stream = client.watchSweep({ name: sweep, minIntervalMs: 1000 });
  for await (const status of stream) {
    onStatus(status);
    // Leaving the loop cancels the stream.
    if (status.inserting !== true) return status;
  }
  return undefined;
}
