import * as grpc from '@grpc/grpc-js';
import {
  HEALTH_CHECKED_SERVICES,
  MAX_MESSAGE_BYTES,
  MAX_REQUEST_BYTES_ANY,
  buildCoordinatorServiceDefinition,
  readPem,
} from '@thresher/proto';
import { Scheduler, type SchedulerOptions } from '@thresher/scheduler';
import type { Store } from '@thresher/store';
import { createTokenCheck } from './auth';
import { createCoordinatorService } from './coordinator-service';
import { startDashboardServer, type DashboardServer } from './dashboard/dashboard-server';
import { addHealthService } from './health';
import { limitRequestBytes } from './request-size';
import { withSearchDriver } from './search-driver';
import { observeWrites } from './observed-store';
import { heavyReadsOn, type HeavyReads } from './read-thread/read-jobs';
import { ReadThread } from './read-thread/read-thread';
import { StatusFeed } from './status-feed';

export interface CoordinatorServerOptions {
  store: Store;
  host: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  /** Server certificate and key (paths or PEM); with `ca`, clients must present a certificate. */
  tls?: { cert: string; key: string; ca?: string };
  scheduler?: Partial<SchedulerOptions>;
  /** Serve the read-only dashboard and JSON API over HTTP here (docs/dashboard.md). */
  http?: { host: string; port: number };
  /**
   * Run the heavy reads (statuses, live fits) on a worker thread with a read-only connection
   * of its own to this database: the location as given by the user, password included
   * (`Store.location` hides it). Without it, or for SQLite in memory, which no other
   * connection can see, they run on the event loop.
   */
  readLocation?: string;
  /**
   * Where sweep statuses are read (GetSweepStatus, WatchSweep, the dashboard); default `store`.
   * On PostgreSQL a pool of their own, so that they do not wait for a connection behind the
   * workers' transactions.
   */
  statusReads?: Pick<Store, 'listSweeps'>;
  /**
   * A connection without a call in flight for this long is closed (GOAWAY; a client simply
   * reconnects): idle or abandoned connections do not pile up. Default 5 minutes.
   */
  idleConnectionMs?: number;
  log?: (line: string) => void;
}

export const DEFAULT_IDLE_CONNECTION_MS = 300_000;

export interface CoordinatorServer {
  /** HOST:PORT actually bound. */
  readonly address: string;
  readonly port: number;
  readonly scheduler: Scheduler;
  /** Every sweep's status, pushed after writes: WatchSweep streams and the dashboard. */
  readonly feed: StatusFeed;
  /** http://HOST:PORT/ of the dashboard, when `http` was given. */
  readonly dashboardUrl: string | undefined;
  /** Stops accepting calls, waits up to graceMs for calls in flight, stops the reaper. */
  close(graceMs?: number): Promise<void>;
}

function serverCredentials(tls: CoordinatorServerOptions['tls']): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  const ca = readPem(tls.ca);
  return grpc.ServerCredentials.createSsl(
    ca ?? null,
    [{ cert_chain: readPem(tls.cert) as Buffer, private_key: readPem(tls.key) as Buffer }],
    ca !== undefined,
  );
}

/** Binds the gRPC server over a store; the caller owns (and closes) the store. */
export async function startCoordinatorServer(
  options: CoordinatorServerOptions,
): Promise<CoordinatorServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Writes through the scheduler announce themselves to the feed (event-driven statuses).
  // (No write happens before statusFeed exists: the scheduler's constructor only reads options.)
  // The search driver sits under the observer: a completion is announced once the next round
  // of a searched sweep is queued.
  const search = withSearchDriver(options.store, {
    log,
    addRound: (name, spec, params, rounds) => scheduler.addSweepTrials(name, spec, params, rounds),
    freeSlots: () => scheduler.freeSlots(),
  });
  const store = observeWrites(search.store, () => statusFeed.notify());
  const readLocation = options.readLocation;
  const reads: HeavyReads =
    readLocation && readLocation !== ':memory:'
      ? new ReadThread(readLocation)
      : heavyReadsOn(store);
  const scheduler = new Scheduler(store, options.scheduler, {
    onReaperError: (err) => log(`lease reaper: ${(err as Error)?.message ?? String(err)}`),
    onInsertError: (err, sweep) =>
      log(`inserting sweep ${sweep}: ${(err as Error)?.message ?? String(err)}`),
    // Statuses are read on the coordinator's own connection(s): they cost O(sweeps) since the
    // counts are kept (docs/scale.md), and on the read thread they queued behind a fit of a
    // 10^6-trial sweep (tens of seconds).
    ...(options.statusReads ? { statusReads: options.statusReads } : {}),
  });
  const statusFeed = new StatusFeed(scheduler, {
    onError: (err) => log(`status feed: ${(err as Error)?.message ?? String(err)}`),
  });
  const server = new grpc.Server({
    // Nothing larger than the largest request is read at all (RESOURCE_EXHAUSTED).
    'grpc.max_receive_message_length': MAX_REQUEST_BYTES_ANY,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    'grpc.keepalive_permit_without_calls': 1,
    // Connections with no call in flight are closed after a while; open ones are pinged so
    // that a vanished peer (no FIN) is dropped after keepalive_time + keepalive_timeout.
    'grpc.max_connection_idle_ms': options.idleConnectionMs ?? DEFAULT_IDLE_CONNECTION_MS,
    'grpc.keepalive_time_ms': 60_000,
    'grpc.keepalive_timeout_ms': 20_000,
    'grpc.http2.min_ping_interval_without_data_ms': 10_000,
  });
  server.addService(
    limitRequestBytes(buildCoordinatorServiceDefinition({ tolerant: true })),
    createCoordinatorService({
      scheduler,
      feed: statusFeed,
      checkToken: createTokenCheck(options.token),
      log,
    }),
  );
  // grpc.health.v1 for readiness probes: no token (it reveals nothing), same TLS as the API.
  const health = addHealthService(server, HEALTH_CHECKED_SERVICES);
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${hostPart}:${options.port}`, serverCredentials(options.tls), (err, bound) =>
      err
        ? reject(
            /EADDRINUSE/.test(err.message)
              ? new Error(`cannot listen on ${hostPart}:${options.port}: EADDRINUSE, port taken`, {
                  cause: err,
                })
              : err,
          )
        : resolve(bound),
    ),
  );
  let dashboard: DashboardServer | undefined;
  if (options.http) {
    try {
      dashboard = await startDashboardServer({
        ...options.http,
        token: options.token,
        scheduler,
        reads,
        feed: statusFeed,
        log,
      });
    } catch (err) {
      server.forceShutdown();
      await reads.close();
      throw err;
    }
  }
  // Leases that expired while the coordinator was down go back to the queue at once.
  await scheduler.reapExpired().catch(() => undefined);
  // A search whose round finished while no coordinator ran gets its next round now.
  await search.resume();
  scheduler.start();
  health.setAll('SERVING');
  let closing: Promise<void> | undefined;
  return {
    address: `${options.host}:${port}`,
    port,
    scheduler,
    feed: statusFeed,
    dashboardUrl: dashboard?.url,
    close(graceMs = 5_000) {
      closing ??= (async () => {
        // Probes see the drain first; open Watch streams end so they cannot hold it up.
        health.setAll('NOT_SERVING');
        health.endWatches();
        statusFeed.close();
        await dashboard?.close();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            server.forceShutdown();
            resolve();
          }, graceMs);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        await scheduler.stop();
        await reads.close();
      })();
      return closing;
    },
  };
}
