/** How often the lag is sampled: often enough to follow bursts of calls, cheap when idle. */
export const LOOP_LAG_PERIOD_MS = 10;
/** Weight of the newest sample in the moving mean (about the last 50-100 ms count). */
const SAMPLE_WEIGHT = 0.2;

/**
 * How late this process's event loop runs: a timer due every 10 ms, its lateness averaged over
 * the last 50-100 ms. In the coordinator every call is served on the loop (better-sqlite3 runs
 * each transaction without yielding), so calls do not queue in any line of ours but in the
 * loop's backlog of received requests: its lateness is about what a call arriving now waits
 * before it is read. An average, not the last sample: one long stretch (a module loaded, a store
 * opened) is not a backlog, a loop late sample after sample is.
 */
export class LoopLag {
  private timer: NodeJS.Timeout | undefined;
  private due = 0;
  private meanMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  start(): void {
    if (this.timer) return;
    this.meanMs = 0;
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The loop's recent lateness (ms): 0 when not started. */
  current(): number {
    return this.timer ? this.meanMs : 0;
  }

  private schedule(): void {
    this.due = this.now() + LOOP_LAG_PERIOD_MS;
    this.timer = setTimeout(() => {
      const late = Math.max(0, this.now() - this.due);
      this.meanMs += SAMPLE_WEIGHT * (late - this.meanMs);
      this.schedule();
    }, LOOP_LAG_PERIOD_MS);
    // A coordinator with nothing else to do may exit; the lag never keeps it alive.
    this.timer.unref();
  }
}
