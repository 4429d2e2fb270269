/** While workers are at work, chunks wait this many times their own duration (a third of the time). */
export const BACKGROUND_GIVE_WAY_FACTOR = 2;
/** How long after a worker's working call the walks still give way. */
export const WORK_WINDOW_MS = 200;

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What the coordinator's background walks (a large sweep's insert, cancel and retry, each in
 * chunks of one transaction) do between two chunks. On SQLite a chunk holds the database's one
 * writer lock, and an insert's chunk the event loop too (better-sqlite3 does not yield; cancel
 * and retry chunks run on the store's walk thread), so chunks run back to back take the whole
 * of them and every call waits behind one. While workers are at work (a bundle handed out or
 * held back, a result or a failure reported, a heartbeat for running trials, in the last
 * ~200 ms), each chunk is followed by a pause of twice its duration: the walk takes at most a
 * third of the lock (and of the loop), and a call waits behind one chunk at most. Otherwise (an
 * idle coordinator, idle workers polling) the walk goes on at once.
 * Why not the loop's busy fraction as well: it counts the walk itself, so pausing lowered it,
 * the pauses stopped, and chunks ran back to back until its window caught up (runs of ~200 ms
 * that calls waited behind); less the walk's own chunks it undercounts the calls, a chunk's
 * time including its wait for the connection that a call's transaction held.
 * SQLite only: on PostgreSQL a chunk mostly waits for the database with the loop free, and the
 * scheduler does not pace its walks.
 */
export class BackgroundPace {
  private lastWorkAt = Number.NEGATIVE_INFINITY;

  /** A worker's call that carried work: a bundle handed out or held back, results, a busy heartbeat. */
  noteWork(): void {
    this.lastWorkAt = performance.now();
  }

  /** Resolves when the next chunk may start, after one that took `chunkMs`. */
  after(chunkMs: number): Promise<void> {
    if (performance.now() - this.lastWorkAt <= WORK_WINDOW_MS) {
      return sleep(Math.ceil(BACKGROUND_GIVE_WAY_FACTOR * chunkMs));
    }
    return immediate();
  }
}
