import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** How often the busy fraction is sampled; the window is the last few samples (~200 ms). */
export const LOOP_BUSY_PERIOD_MS = 50;
const WINDOW_SAMPLES = 4;

/**
 * The fraction of the last ~200 ms that this process's event loop spent running callbacks
 * rather than waiting for I/O (Node's event loop utilization). Unlike `LoopLag`, which only rises
 * once calls queue, it says how much room is left before they do.
 */
export class LoopBusy {
  private timer: NodeJS.Timeout | undefined;
  private last: EventLoopUtilization | undefined;
  private readonly samples: EventLoopUtilization[] = [];

  start(): void {
    if (this.timer) return;
    this.last = performance.eventLoopUtilization();
    this.timer = setInterval(() => this.sample(), LOOP_BUSY_PERIOD_MS);
    // Never what keeps a coordinator alive.
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.samples.length = 0;
  }

  /** Busy fraction of the window, 0 to 1 (0 when not started). */
  current(): number {
    let active = 0;
    let idle = 0;
    for (const s of this.samples) {
      active += s.active;
      idle += s.idle;
    }
    return active + idle > 0 ? active / (active + idle) : 0;
  }

  private sample(): void {
    const now = performance.eventLoopUtilization();
    this.samples.push(performance.eventLoopUtilization(now, this.last));
    this.last = now;
    if (this.samples.length > WINDOW_SAMPLES) this.samples.shift();
  }
}
