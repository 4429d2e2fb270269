/**
 * Probes of the scale bench: calls asked at a steady pace, each kind in its own loop (a slow
 * dashboard answer does not delay the gRPC probes), timed into the latency book under the phase
 * they start in. Together with the simulated workers' own LeaseWork, CompleteTrials and
 * Heartbeat calls, they say how the coordinator answers while a sweep is submitted, trained,
 * cancelled or retried.
 */
import http from 'node:http';
import type { CoordinatorClient } from '@thresher/proto';
import type { LatencyBook } from './scale-latency';
import { sleep } from './bench-processes';

export const DASHBOARD_SWEEPS = 'GET /api/sweeps';
export const DASHBOARD_SWEEP = 'GET /api/sweeps/NAME';
/** The answers of DASHBOARD_SWEEP that were 202 "fitting" (also counted in DASHBOARD_SWEEP). */
export const DASHBOARD_FITTING = 'GET /api/sweeps/NAME 202 fitting';
export const WATCH_FIRST = 'WatchSweep first message';
export const WATCH_GAP = 'WatchSweep interval';

class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  readonly code = 'HTTP_STATUS';
  constructor(readonly httpStatus: number) {
    super(`HTTP ${httpStatus}`);
  }
}

/**
 * GET `url`, the body read to its end; resolves with the status, rejects on one not in `ok`
 * (200 only by default; a sweep's fit also answers 202 "fitting" while it is computed).
 */
export function httpGet(
  url: string,
  timeoutMs = 120_000,
  ok: readonly number[] = [200],
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      res.on('data', () => undefined);
      res.on('end', () =>
        ok.includes(status) ? resolve(status) : reject(new HttpStatusError(status)),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

class ProbeTimeoutError extends Error {
  override readonly name = 'ProbeTimeoutError';
  readonly code = 'PROBE_TIMEOUT';
  constructor(method: string) {
    super(`${method}: no answer`);
  }
}

export interface ProbeOptions {
  client: CoordinatorClient;
  /** Dashboard base URL (http://host:port), or undefined for none. */
  dashboard: string | undefined;
  sweep: string;
  /** Pause between two probes of one kind. */
  everyMs: number;
}

/** The probe loops; `stop()` ends them once their calls in flight return. */
export class Probes {
  private running = true;
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private watch: { cancel(): void } | undefined;

  constructor(
    private readonly book: LatencyBook,
    private readonly o: ProbeOptions,
  ) {
    const { client, sweep, dashboard } = o;
    this.every('GetSweepStatus', () => client.getSweepStatus({ name: sweep }));
    this.every(WATCH_FIRST, async () => {
      // Ended by stop() or after a minute without a message (counted as a timeout).
      const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(60_000)]);
      const stream = client.watchSweep({ name: sweep }, { signal });
      for await (const _ of stream) return;
      throw new ProbeTimeoutError(WATCH_FIRST);
    });
    if (dashboard) {
      this.every(DASHBOARD_SWEEPS, () => httpGet(`${dashboard}/api/sweeps`));
      // A 202 (the first fit still computed, answered within the dashboard's fit wait) is a
      // response and is timed; its count is kept apart.
      this.every(DASHBOARD_SWEEP, async () => {
        const t0 = performance.now();
        const url = `${dashboard}/api/sweeps/${encodeURIComponent(sweep)}`;
        const status = await httpGet(url, 120_000, [200, 202]);
        if (status === 202)
          this.book.add(this.book.phase, DASHBOARD_FITTING, performance.now() - t0);
      });
    }
  }

  private every(method: string, call: () => Promise<unknown>): void {
    this.loops.push(
      (async () => {
        while (this.running) {
          await this.book.time(method, call).catch(() => undefined);
          await sleep(this.o.everyMs);
        }
      })(),
    );
  }

  /**
   * One WatchSweep stream held open: the time between its messages. The coordinator sends at
   * most one per 250 ms while the sweep changes, so gaps well above that are delays.
   */
  watchIntervals(): void {
    if (this.watch) return;
    let stream: ReturnType<CoordinatorClient['watchSweep']> | undefined;
    this.watch = { cancel: () => stream?.cancel() };
    this.loops.push(
      (async () => {
        while (this.running) {
          let last: number | undefined;
          stream = this.o.client.watchSweep({ name: this.o.sweep, minIntervalMs: 0 });
          try {
            for await (const _ of stream) {
              const now = performance.now();
              if (last !== undefined) this.book.add(this.book.phase, WATCH_GAP, now - last);
              last = now;
              if (!this.running) break;
            }
          } catch {
            this.book.error(this.book.phase, WATCH_GAP, 'stream error');
          }
          if (this.running) await sleep(200);
        }
      })(),
    );
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.watch?.cancel();
    await Promise.all(this.loops);
  }
}
