import type { Scheduler, SweepStatusView } from '@thresher/scheduler';

export interface StatusFeedOptions {
  /** Least time between two reads of the statuses (default 250 ms). */
  minGapMs?: number;
  /**
   * Most time between two reads while someone listens (default 2 s): changes made by another
   * coordinator on the same database, and rates and ETAs, show up even without a write here.
   */
  maxQuietMs?: number;
  onError?: (error: unknown) => void;
}

export interface SweepWatch {
  send(view: SweepStatusView): void;
  fail(error: unknown): void;
  /** The feed closed (coordinator shutting down). */
  end(): void;
}

const MIN_WATCH_INTERVAL_MS = 250;
const MAX_WATCH_INTERVAL_MS = 60_000;

/** What makes a status worth sending again: counts, trained steps, active or cancelled. */
function signature(v: SweepStatusView): string {
  return [
    v.status,
    v.pending,
    v.leased,
    v.done,
    v.failed,
    v.cancelled,
    v.total,
    v.inserting,
    v.expectedTrials,
    v.stepsDone,
  ].join();
}

/**
 * Every sweep's status, read again after writes (`notify`, from the observed store) at most
 * every `minGapMs`, and at least every `maxQuietMs` while anyone listens; nothing is read while
 * nobody does. One read serves every listener: WatchSweep streams and the dashboard.
 */
export class StatusFeed {
  private readonly listeners = new Set<(views: readonly SweepStatusView[]) => void>();
  private readonly watches = new Set<() => void>();
  private readonly minGapMs: number;
  private readonly maxQuietMs: number;
  private dirty = true;
  private reading: Promise<readonly SweepStatusView[]> | undefined;
  private lastReadAt = 0;
  /** How long the last read took: the gap between reads grows with it (under ~1/3 of the time). */
  private lastReadMs = 0;
  private latest: { at: number; views: readonly SweepStatusView[] } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly options: StatusFeedOptions = {},
  ) {
    this.minGapMs = options.minGapMs ?? 250;
    this.maxQuietMs = options.maxQuietMs ?? 2_000;
  }

  /** Something changed: read again soon (coalesced). */
  notify(): void {
    this.dirty = true;
    this.schedule(true);
  }

  /** Calls `listener` with every sweep's status after each read; returns the unsubscribe. */
  subscribe(listener: (views: readonly SweepStatusView[]) => void): () => void {
    this.listeners.add(listener);
    this.dirty = true;
    this.schedule(true);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * One sweep's status now (UnknownSweepError through `fail` if there is none), then each
   * time it changes, at most once per `minIntervalMs`. Returns the stop function.
   */
  watch(name: string, minIntervalMs: number, watch: SweepWatch): () => void {
    const interval = Math.min(
      MAX_WATCH_INTERVAL_MS,
      Math.max(MIN_WATCH_INTERVAL_MS, minIntervalMs || 0),
    );
    let stopped = false;
    let sentSignature: string | undefined;
    let sentAt = 0;
    let pending: SweepStatusView | undefined;
    let timer: NodeJS.Timeout | undefined;
    let unsubscribe: (() => void) | undefined;
    const flush = () => {
      timer = undefined;
      if (stopped || !pending) return;
      const wait = sentAt + interval - Date.now();
      if (wait > 0) {
        timer = setTimeout(flush, wait);
        return;
      }
      const view = pending;
      pending = undefined;
      sentSignature = signature(view);
      sentAt = Date.now();
      watch.send(view);
    };
    const offer = (view: SweepStatusView) => {
      if (signature(view) === sentSignature) {
        pending = undefined;
        return;
      }
      pending = view;
      if (!timer) flush();
    };
    const stop = () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe?.();
      this.watches.delete(end);
    };
    const end = () => {
      stop();
      watch.end();
    };
    this.watches.add(end);
    this.scheduler.sweepStatus(name).then(
      (view) => {
        if (stopped) return;
        offer(view);
        unsubscribe = this.subscribe((views) => {
          const mine = views.find((v) => v.name === name);
          if (mine) offer(mine);
        });
      },
      (error: unknown) => {
        if (stopped) return;
        stop();
        watch.fail(error);
      },
    );
    return stop;
  }

  /**
   * Every sweep's status: from the last read when nothing was written since and it is younger
   * than `maxAgeMs`; else read now, one read shared by concurrent callers.
   */
  async snapshot(maxAgeMs: number): Promise<readonly SweepStatusView[]> {
    if (this.latest && !this.dirty && Date.now() - this.latest.at <= maxAgeMs) {
      return this.latest.views;
    }
    return this.reading ?? this.readNow();
  }

  /** Ends every watch and stops reading. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const end of [...this.watches]) end();
    this.listeners.clear();
  }

  private schedule(soon: boolean): void {
    if (this.closed || this.listeners.size === 0 || this.reading) return;
    const now = Date.now();
    const gap = Math.max(this.minGapMs, 2 * this.lastReadMs);
    const at = this.lastReadAt + (soon && this.dirty ? gap : Math.max(gap, this.maxQuietMs));
    if (this.timer) {
      if (!soon) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.read(), Math.max(0, at - now));
    this.timer.unref();
  }

  private async read(): Promise<void> {
    this.timer = undefined;
    if (this.closed || this.listeners.size === 0) return;
    try {
      await (this.reading ?? this.readNow());
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** One read of every status, handed to the listeners; the next one is scheduled after it. */
  private readNow(): Promise<readonly SweepStatusView[]> {
    this.dirty = false;
    const started = Date.now();
    this.lastReadAt = started;
    const reading = (async () => {
      try {
        const views = await this.scheduler.listSweeps();
        this.latest = { at: Date.now(), views };
        for (const listener of [...this.listeners]) listener(views);
        return views;
      } finally {
        this.lastReadMs = Date.now() - started;
        this.reading = undefined;
        this.schedule(this.dirty);
      }
    })();
    this.reading = reading;
    return reading;
  }
}
