import type { Store } from '@thresher/store';

export interface ReaperOptions {
  intervalMs: number;
  maxAttempts: number;
  now?: () => Date;
  /** Called with each failure (store busy...); the loop keeps going. */
  onError?: (error: unknown) => void;
  /** Called when leases were put back in the queue. */
  onExpired?: (count: number) => void;
}

/**
 * Periodically returns expired leases to the queue (or fails them after max attempts).
 * Runs never overlap; the timer does not keep the process alive.
 */
export class LeaseReaper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: ReaperOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(
      () => void this.reapOnce().catch(() => undefined),
      this.options.intervalMs,
    );
    this.timer.unref();
  }

  /** One pass; concurrent calls share the pass in progress. */
  reapOnce(): Promise<number> {
    if (this.running) return this.running;
    const now = (this.options.now ?? (() => new Date()))();
    this.running = this.store
      .expireLeases(now, this.options.maxAttempts)
      .then(
        (count) => {
          if (count > 0) this.options.onExpired?.(count);
          return count;
        },
        (error: unknown) => {
          this.options.onError?.(error);
          throw error;
        },
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
