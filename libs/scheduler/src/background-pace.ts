import type { LoopBusy } from './loop-busy';

/** Busy fraction of the event loop past which background chunks give way to working workers. */
export const BACKGROUND_BUSY_TARGET = 0.6;
/** While they give way, chunks wait this many times their own duration (a third of the loop meanwhile). */
export const BACKGROUND_GIVE_WAY_FACTOR = 2;
/** How long after a worker's working call the walks still give way (LoopBusy's window). */
const WORK_WINDOW_MS = 200;

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What the coordinator's background walks (a large sweep's insert, cancel and retry, each in
 * chunks of one transaction) do between two chunks. On SQLite a chunk holds the event loop
 * (better-sqlite3 does not yield), so chunks run back to back take the whole loop and every
 * call waits behind one. While workers are at work (a bundle handed out or held back, a result
 * or a failure reported, a heartbeat for running trials, in the last ~200 ms) and the loop is
 * more than 60% busy, each chunk is followed by a pause of twice its duration.
 * Otherwise (an idle coordinator, idle workers polling) the walk goes on at once. What the calls
 * *take* of the loop would not do as the signal: chunks back to back leave them only the gaps.
 * SQLite only: on PostgreSQL a chunk mostly waits for the database with the loop free, and the
 * scheduler does not pace its walks.
 */
export class BackgroundPace {
  private lastWorkAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly busy: LoopBusy) {}

  /** A worker's call that carried work: a bundle handed out or held back, results, a busy heartbeat. */
  noteWork(): void {
    this.lastWorkAt = performance.now();
  }

  /** Resolves when the next chunk may start, after one that took `chunkMs`. */
  after(chunkMs: number): Promise<void> {
    const working = performance.now() - this.lastWorkAt <= WORK_WINDOW_MS;
    if (working && this.busy.current() > BACKGROUND_BUSY_TARGET) {
      return sleep(Math.ceil(BACKGROUND_GIVE_WAY_FACTOR * chunkMs));
    }
    return immediate();
  }
}
