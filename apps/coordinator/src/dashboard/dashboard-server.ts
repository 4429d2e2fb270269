import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_WORKERS_PAGE, type Scheduler } from '@thresher/scheduler';
import type { HeavyReads } from '../read-thread/read-jobs';
import {
  AuthenticationError,
  BadRequestError,
  MethodNotAllowedError,
  RequestTooLargeError,
  UnknownRouteError,
} from '../errors';
import type { StatusFeed } from '../status-feed';
import { DashboardData, type DashboardDataOptions } from './dashboard-data';
import { DashboardEvents } from './dashboard-events';
import { dashboardPage } from './dashboard-page';
import { createHttpAccess } from './http-access';
import { toHttpError } from './http-status';

export interface DashboardServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  scheduler: Scheduler;
  /** The statuses, fits and speeds (on the read thread, in the coordinator). */
  reads: HeavyReads;
  feed: StatusFeed;
  data?: DashboardDataOptions;
  maxEventStreams?: number;
  log?: (line: string) => void;
}

export interface DashboardServer {
  /** http://HOST:PORT/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Longest request target accepted (a sweep name is at most 200 characters). */
export const MAX_URL_LENGTH = 2048;
const MAX_NAME_LENGTH = 200;

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * The read-only dashboard and JSON API over node:http (docs/dashboard.md): `GET /`,
 * `/api/sweeps`, `/api/sweeps/NAME`, `/api/sweeps/NAME/plots`, `/api/workers`, `/api/events`.
 * Only GET and HEAD; with a token, every request is authenticated (http-access.ts). A sweep's
 * fit or plots not ready within `data.fitWaitMs` are answered 202 with Retry-After.
 */
export async function startDashboardServer(
  options: DashboardServerOptions,
): Promise<DashboardServer> {
  const log = options.log ?? (() => undefined);
  const data = new DashboardData(options.scheduler, options.reads, options.feed, options.data);
  const events = new DashboardEvents(options.feed, data, {
    maxClients: options.maxEventStreams,
    log,
  });
  let access: ReturnType<typeof createHttpAccess> = () => ({ kind: 'allowed' });

  const server = http.createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16 * 1024 },
    (req, res) => {
      handle(req, res).catch((err: unknown) => sendError(res, err));
    },
  );
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  function sendError(res: ServerResponse, err: unknown): void {
    const e = toHttpError(err);
    if (e.status >= 500 && e.status !== 503) log(`dashboard: ${(err as Error)?.stack ?? err}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    if (e.status === 401) headers['www-authenticate'] = 'Bearer realm="thresher"';
    if (e.status === 405) headers['allow'] = 'GET, HEAD';
    sendJson(res, e.status, e.body, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    if (target.length > MAX_URL_LENGTH) {
      throw new RequestTooLargeError('url', 'characters of a URL', target.length, MAX_URL_LENGTH);
    }
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') throw new MethodNotAllowedError(method);
    let url: URL;
    try {
      url = new URL(target, 'http://dashboard.invalid');
    } catch (cause) {
      throw new BadRequestError('url', 'not a valid request target', { cause });
    }
    const verdict = access(req, url);
    if (verdict.kind === 'denied') throw new AuthenticationError(verdict.reason);
    if (verdict.kind === 'login') {
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        location: verdict.location,
        'set-cookie': verdict.cookie,
      });
      res.end();
      return;
    }
    const path = url.pathname;
    if (path === '/' || path === '/index.html') {
      const nonce = randomBytes(16).toString('base64');
      const body = dashboardPage(nonce);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'content-security-policy':
          `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; ` +
          "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      });
      res.end(body);
      return;
    }
    if (path === '/api/events') {
      if (method === 'HEAD') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream' });
        res.end();
        return;
      }
      events.open(req, res);
      return;
    }
    if (path === '/api/sweeps') return sendJson(res, 200, await data.sweeps());
    if (path === '/api/workers') return sendJson(res, 200, await data.workers(workersPage(url)));
    const m = /^\/api\/sweeps\/([^/]+)(\/plots)?$/.exec(path);
    if (m) {
      const name = sweepName(m[1] as string);
      const answer = m[2] ? await data.plots(name) : await data.sweep(name);
      // A fit still computing past fitWaitMs: 202 now, and it goes on for the next request.
      if (answer.fitting) {
        return sendJson(res, 202, answer.body, { 'retry-after': String(answer.retryAfterS) });
      }
      return sendJson(res, 200, answer.body);
    }
    throw new UnknownRouteError(path);
  }

  const port = await new Promise<number>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `cannot serve the dashboard on ${options.host}:${options.port}: EADDRINUSE, port taken`,
              { cause: err },
            )
          : err,
      );
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
  access = createHttpAccess(options.token, port);
  server.on('error', (err) => log(`dashboard: ${err.message}`));
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostPart}:${port}/`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function sweepName(segment: string): string {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch (cause) {
    throw new BadRequestError('sweep name', 'not valid percent-encoding', { cause });
  }
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new BadRequestError('sweep name', `must be 1 to ${MAX_NAME_LENGTH} characters`);
  }
  return name;
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** `?after=ID&limit=N` of /api/workers: live workers by id, at most 1000 a page. */
function workersPage(url: URL): { after?: string; limit: number } {
  const after = url.searchParams.get('after') ?? '';
  const raw = url.searchParams.get('limit');
  const limit = raw === null ? MAX_WORKERS_PAGE : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_WORKERS_PAGE) {
    throw new BadRequestError('limit', `must be an integer in [1, ${MAX_WORKERS_PAGE}]`);
  }
  if (after.length > 256) throw new BadRequestError('after', 'longer than 256 characters');
  return { limit, ...(after ? { after } : {}) };
}
