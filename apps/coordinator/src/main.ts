#!/usr/bin/env node
import { CommanderError } from 'commander';
import { openStore } from '@thresher/store';
import { parseCoordinatorArgs, type CoordinatorOptions } from './coordinator-options';
import { startCoordinatorServer } from './server';
import { escapeControl } from '@thresher/sweep';

// Log lines carry text from the network (names, hosts, errors): no control character is printed.
const log = (line: string) => process.stderr.write(`${escapeControl(line, { keepLines: true })}\n`);

async function main(): Promise<number> {
  let options: CoordinatorOptions;
  try {
    options = parseCoordinatorArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    log(`thresher coordinator: ${(err as Error).message}`);
    return 2;
  }
  // The coordinator writes for hours: SQLite's checkpoints run beside its event loop.
  const store = await openStore(options.db, { backgroundCheckpoints: true, backgroundWalks: true });
  // PostgreSQL: statuses on two connections of their own, not queued behind the workers'
  // transactions for one of the pool's (SQLite's reads do not queue: the driver is synchronous).
  const statusStore =
    store.dialect === 'postgres'
      ? await openStore(options.db, { readonly: true, poolSize: 2 })
      : undefined;
  const server = await startCoordinatorServer({
    store,
    ...(statusStore ? { statusReads: statusStore } : {}),
    readLocation: options.db,
    host: options.host,
    port: options.port,
    token: options.token,
    tls: options.tls,
    scheduler: {
      leaseMs: options.leaseMs,
      maxAttempts: options.maxAttempts,
      maxBundle: options.maxBundle,
      maxTrialsPerSweep: options.maxTrialsPerSweep,
      bundleSeconds: options.bundleSeconds,
      maxPadding: options.maxPadding,
      retireAfterMs: options.retireAfterMs,
      maxWorkers: options.maxWorkers,
      submitWaitMs: options.submitWaitMs,
      leaseLagTargetMs: options.leaseLagTargetMs,
    },
    ...(options.http ? { http: options.http } : {}),
    ...(options.idleConnectionMs !== undefined
      ? { idleConnectionMs: options.idleConnectionMs }
      : {}),
    log,
  });
  // The one line on stdout, for people: programs wait for readiness through grpc.health.v1.
  process.stdout.write(`thresher coordinator listening on ${server.address}\n`);
  if (server.dashboardUrl) process.stdout.write(`dashboard: ${server.dashboardUrl}\n`);
  log(
    `database ${store.location} (${store.dialect}), lease ${server.scheduler.options.leaseMs} ms, ` +
      `max attempts ${server.scheduler.options.maxAttempts}${options.token ? ', token required' : ''}` +
      `${options.tls ? ', TLS' : ''}`,
  );
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: shutting down`);
      void server
        .close(5_000)
        .then(() => statusStore?.close())
        .then(() => store.close())
        .then(
          () => resolve(0),
          (err: unknown) => {
            log(`shutdown: ${(err as Error).message}`);
            resolve(1);
          },
        );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    // Started by `thresher run` with an IPC channel: stop with the parent, even if it was killed.
    if (process.send) process.once('disconnect', () => stop('parent exited'));
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`thresher coordinator: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  },
);
