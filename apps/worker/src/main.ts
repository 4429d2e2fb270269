#!/usr/bin/env node
import os from 'node:os';
import { CommanderError } from 'commander';
import { createCoordinatorClient } from '@thresher/proto';
import type { BundleTrainer } from './bundle-trainer';
import { initBackend } from './backend';
import { InlineTrainer } from './inline-trainer';
import { ProcessTrainer } from './process-trainer';
import { failoverClient } from './failover-client';
import { Worker } from './worker';
import { parseWorkerArgs, type WorkerConfig } from './worker-options';
import { escapeControl } from '@thresher/sweep';

let prefix = 'thresher worker';
// Log lines carry text from the coordinator (error details): no control character is printed.
const log = (line: string) =>
  process.stderr.write(`${prefix}: ${escapeControl(line, { keepLines: true })}\n`);

/** One trainer per slot: child processes (parallel on several cores) or this process. */
async function startTrainers(config: WorkerConfig): Promise<BundleTrainer[]> {
  if (config.slotMode === 'inline') {
    const backend = await initBackend(config.backend);
    return Array.from({ length: config.concurrency }, () => new InlineTrainer(backend));
  }
  const trainers: BundleTrainer[] = [];
  try {
    for (let i = 0; i < config.concurrency; i++)
      trainers.push(
        await ProcessTrainer.start(config.backend, os.availableParallelism() / config.concurrency),
      );
  } catch (err) {
    await Promise.all(trainers.map((t) => t.close()));
    throw err;
  }
  return trainers;
}

async function main(): Promise<number> {
  let config: WorkerConfig;
  try {
    config = parseWorkerArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    log((err as Error).message);
    return 2;
  }
  prefix = `worker ${config.name}`;
  let trainers: BundleTrainer[];
  try {
    trainers = await startTrainers(config);
  } catch (err) {
    // e.g. --backend tensorflow without a loadable native TensorFlow: fail fast, say why.
    log((err as Error).message);
    return 1;
  }
  log(
    `backend ${trainers[0]?.backend}, ${config.concurrency} slot(s) (${config.slotMode}), coordinator ${config.coordinators.join(',')}`,
  );
  const clients = config.coordinators.map((address) =>
    createCoordinatorClient(address, {
      ...(config.token ? { token: config.token } : {}),
      ...(config.tls ? { tls: config.tls } : {}),
      deadlineMs: config.callDeadlineMs,
    }),
  );
  const client = failoverClient(clients, (from, to, err) =>
    log(
      `coordinator ${config.coordinators[from]} unreachable (${(err as Error).message}): switching to ${config.coordinators[to]}`,
    ),
  );
  const worker = new Worker(config, client, trainers, log);
  process.on('SIGTERM', () => worker.drain('SIGTERM'));
  process.on('SIGINT', () => worker.drain('SIGINT'));
  // Started by `thresher run` with an IPC channel: drain when the parent goes, even if killed.
  if (process.send) process.once('disconnect', () => worker.drain('parent exited'));
  try {
    return await worker.run();
  } finally {
    for (const c of clients) c.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log((err as Error)?.stack ?? String(err));
    process.exit(1);
  },
);
