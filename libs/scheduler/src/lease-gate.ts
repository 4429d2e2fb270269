import { leaseDeferralMs } from './lease-deferral';
import { LoopLag } from './loop-lag';

/** The window over which the workers' calls are counted. */
export const GATE_WINDOW_MS = 200;
/**
 * Fewer worker calls than this in the window (50 a second): a late loop is not the workers'
 * doing (a store opening, a fit, a loaded machine), and holding their bundles back would not
 * shorten it.
 */
export const GATE_MIN_CALLS = 10;
/**
 * Held-back asks a window may bring back (250 a second): past it the retry delays grow in
 * proportion, so that a large fleet held back does not poll the late loop faster than it served
 * them.
 */
export const GATE_MAX_HELD_BACK = 50;

/**
 * Whether LeaseWork hands a bundle out now: not while the event loop runs later than the target
 * (`LoopLag`) because of the workers' own calls (LeaseWork, CompleteTrials, Heartbeat), which
 * each bundle handed out brings more of. On SQLite every call is served on the loop
 * (better-sqlite3 does not yield), so the loop's backlog is where calls wait. On PostgreSQL the
 * driver is asynchronous: calls wait inside the database (commits, locks, its CPU), the loop stays
 * on time and the gate rarely closes; holding bundles back on the calls' own time was tried and
 * cut throughput by two thirds without making them faster (docs/scale.md). See
 * `leaseDeferralMs` for how long a held-back worker waits.
 */
export class LeaseGate {
  private readonly lag: LoopLag;
  private readonly calls: number[] = [];
  private readonly heldBack: number[] = [];

  constructor(
    private readonly targetMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly random: () => number = Math.random,
  ) {
    this.lag = new LoopLag(now);
  }

  start(): void {
    if (this.targetMs > 0) this.lag.start();
  }

  stop(): void {
    this.lag.stop();
  }

  /** A worker's call was served (a held-back ask is not one). */
  noteCall(): void {
    this.calls.push(this.now());
    this.trim();
  }

  /** How late the loop runs (ms; 0 when the gate is off or stopped). */
  lagMs(): number {
    return this.lag.current();
  }

  /** Worker calls served in the last window. */
  recentCalls(): number {
    this.trim();
    return this.calls.length;
  }

  /** 0: hand a bundle out; otherwise when the worker should ask again (ms). */
  deferMs(): number {
    if (this.recentCalls() < GATE_MIN_CALLS) return 0;
    const ms = leaseDeferralMs(this.lagMs(), this.targetMs, this.random);
    if (ms === 0) return 0;
    this.heldBack.push(this.now());
    this.trim();
    return Math.round(ms * Math.max(1, this.heldBack.length / GATE_MAX_HELD_BACK));
  }

  private trim(): void {
    const since = this.now() - GATE_WINDOW_MS;
    for (const times of [this.calls, this.heldBack]) {
      let stale = 0;
      while (stale < times.length && (times[stale] as number) < since) stale++;
      if (stale > 0) times.splice(0, stale);
    }
  }
}
