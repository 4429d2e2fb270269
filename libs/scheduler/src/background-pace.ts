import type { LoopBusy } from './loop-busy';
import { RecentEvents } from './recent-events';

/** Busy fraction of the event loop past which background chunks give way to working workers. */
export const BACKGROUND_BUSY_TARGET = 0.6;
/** While they give way, chunks wait this many times their own duration: a third of the loop. */
export const BACKGROUND_GIVE_WAY_FACTOR = 2;
/** The window over which the workers' work is counted (that of LoopBusy, ~200 ms). */
const WORK_WINDOW_MS = 200;

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What the coordinator's background walks (a large sweep's insert, cancel and retry, each in
 * chunks of one transaction) do between two chunks. On SQLite a chunk holds the event loop
 * (better-sqlite3 does not yield), so chunks run back to back take the whole loop and every
 * call waits behind one. While workers are at work (a bundle handed out, a result or a failure
 * reported, a heartbeat for running trials in the last ~200 ms) and the loop is busy, each chunk
 * is followed by a pause of twice its duration: the walks get at most a third of the loop.
 * Otherwise (an idle coordinator, idle workers polling, or PostgreSQL, where a chunk mostly
 * waits for the database and the loop stays free) the walk goes on at once. What the calls
 * *take* of the loop would not do as the signal: chunks back to back leave them only the gaps.
 */
export class BackgroundPace {
  private readonly work: RecentEvents;

  constructor(
    private readonly busy: LoopBusy,
    now: () => number = () => performance.now(),
  ) {
    this.work = new RecentEvents(WORK_WINDOW_MS, now);
  }

  /** A worker's call that carried work: a bundle handed out, results, a busy heartbeat. */
  noteWork(): void {
    this.work.note();
  }

  /** Resolves when the next chunk may start, after one that took `chunkMs`. */
  after(chunkMs: number): Promise<void> {
    if (this.work.count() > 0 && this.busy.current() > BACKGROUND_BUSY_TARGET) {
      return sleep(Math.ceil(BACKGROUND_GIVE_WAY_FACTOR * chunkMs));
    }
    return immediate();
  }
}
