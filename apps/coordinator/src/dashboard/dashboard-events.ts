import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SweepStatusView } from '@thresher/scheduler';
import { DashboardBusyError } from '../errors';
import type { StatusFeed } from '../status-feed';
import type { DashboardData } from './dashboard-data';
import { sweepJson } from './sweep-json';

export interface DashboardEventsOptions {
  maxClients?: number;
  /** Least time between two reads of the workers (default 1 s). */
  workersGapMs?: number;
  log?: (line: string) => void;
}

const KEEPALIVE_MS = 15_000;

/**
 * Server-sent events for the page (`GET /api/events`): `sweeps` (the `/api/sweeps` array)
 * whenever a status changes, pushed from the status feed, and `workers` (the `/api/workers`
 * array) at most every `workersGapMs`. One feed subscription serves every open page.
 */
export class DashboardEvents {
  private readonly clients = new Set<ServerResponse>();
  private readonly maxClients: number;
  private readonly workersGapMs: number;
  private unsubscribe: (() => void) | undefined;
  private keepalive: NodeJS.Timeout | undefined;
  private last: { sweeps?: string; workers?: string } = {};
  private workersAt = 0;
  private workersReading = false;

  constructor(
    private readonly feed: StatusFeed,
    private readonly data: DashboardData,
    private readonly options: DashboardEventsOptions = {},
  ) {
    this.maxClients = options.maxClients ?? 64;
    this.workersGapMs = options.workersGapMs ?? 1_000;
  }

  get size(): number {
    return this.clients.size;
  }

  /** Starts an event stream on `res`; DashboardBusyError when too many are open. */
  open(req: IncomingMessage, res: ServerResponse): void {
    if (this.clients.size >= this.maxClients) throw new DashboardBusyError(this.maxClients);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write('retry: 2000\n\n');
    if (this.last.sweeps !== undefined) res.write(event('sweeps', this.last.sweeps));
    if (this.last.workers !== undefined) res.write(event('workers', this.last.workers));
    this.clients.add(res);
    const drop = () => {
      this.clients.delete(res);
      if (this.clients.size === 0) this.idle();
    };
    req.once('close', drop);
    res.once('close', drop);
    if (!this.unsubscribe) {
      this.unsubscribe = this.feed.subscribe((views) => this.onViews(views));
      this.keepalive = setInterval(() => this.broadcastRaw(': keepalive\n\n'), KEEPALIVE_MS);
      this.keepalive.unref();
    }
    this.refreshWorkers(true);
  }

  /** Ends every stream. */
  close(): void {
    for (const res of [...this.clients]) res.end();
    this.clients.clear();
    this.idle();
  }

  private idle(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.keepalive) clearInterval(this.keepalive);
    this.keepalive = undefined;
    this.last = {};
  }

  private onViews(views: readonly SweepStatusView[]): void {
    const payload = JSON.stringify(views.map(sweepJson));
    if (payload !== this.last.sweeps) {
      this.last.sweeps = payload;
      this.broadcastRaw(event('sweeps', payload));
    }
    this.refreshWorkers(false);
  }

  private refreshWorkers(force: boolean): void {
    if (this.workersReading || this.clients.size === 0) return;
    if (!force && Date.now() - this.workersAt < this.workersGapMs) return;
    this.workersReading = true;
    this.workersAt = Date.now();
    this.data.workers().then(
      (workers) => {
        this.workersReading = false;
        const payload = JSON.stringify(workers);
        if (payload !== this.last.workers && this.clients.size > 0) {
          this.last.workers = payload;
          this.broadcastRaw(event('workers', payload));
        }
      },
      (err: unknown) => {
        this.workersReading = false;
        this.options.log?.(`dashboard: reading workers failed: ${(err as Error)?.message}`);
      },
    );
  }

  private broadcastRaw(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

function event(name: string, json: string): string {
  return `event: ${name}\ndata: ${json}\n\n`;
}
