import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Option, type Command } from 'commander';
import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore } from '@thresher/store';
import { formatThresholdTable, type ReportFormat } from '@thresher/report';
import { startCoordinator, startWorker, stopProcess } from '../app-process';
import { CliError, ExitCode } from '../errors';
import { followSweep } from '../follow-sweep';
import { loadSweepFile } from '../load-sweep-file';
import { dbOption, formatOption } from '../options';
import { SweepProgressView, countsOf, isSettled } from '../sweep-progress';
import { loadReportModel, writeReport } from './report';

interface RunOptions {
  db: string;
  workers: number;
  backend: string;
  yes?: boolean;
  progress: boolean;
  format: ReportFormat;
  out?: string;
  verbose?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run a sweep on this machine: coordinator, one worker per core, SQLite, report')
    .argument('<sweep-file>', 'YAML or JSON sweep file')
    .addOption(dbOption())
    .addOption(
      new Option('--workers <n>', 'local worker processes')
        .argParser((v) => Number.parseInt(v, 10))
        .default(os.availableParallelism(), 'one per core'),
    )
    .addOption(
      new Option('--backend <name>', 'training backend')
        .choices(['auto', 'tensorflow', 'wasm', 'cpu'])
        .default('auto'),
    )
    .option('--yes', 'accept grids of over a million trials')
    .option('--no-progress', 'print status lines instead of a progress bar')
    .addOption(formatOption(['html', 'md', 'json'] as const, 'html'))
    .option('--out <file>', 'report file (default: <sweep>-report.<format>)')
    .option('--verbose', 'show coordinator and worker logs')
    .action(async (file: string, options: RunOptions) => {
      process.exitCode = await runSweep(file, options);
    });
}

async function runSweep(file: string, options: RunOptions): Promise<number> {
  if (!Number.isInteger(options.workers) || options.workers < 1) {
    throw new CliError('--workers must be an integer >= 1', ExitCode.usage);
  }
  const spec = await loadSweepFile(file, { yes: options.yes ?? false });
  const started = Date.now();
  const logs: string[] = [];
  const log = (who: string) => (line: string) => {
    logs.push(`[${who}] ${line}`);
    if (logs.length > 200) logs.shift();
    if (options.verbose) process.stderr.write(`[${who}] ${line}\n`);
  };

  // A fresh token keeps other local users from talking to this private coordinator.
  const token = randomBytes(16).toString('hex');
  process.env.THRESHER_TOKEN = token; // inherited by the coordinator and the workers
  const {
    child: coordinator,
    address,
    dashboardUrl,
  } = await startCoordinator(['--db', options.db], log('coordinator'), '127.0.0.1', {
    dashboard: true,
  }).catch((error: Error) => {
    throw new CliError(`${error.message}\n${logs.join('\n')}`);
  });
  const client = createCoordinatorClient(address, { token });
  const workers: ChildProcess[] = [];
  let interrupted = false;
  // Stops following the sweep: Ctrl-C, or every worker gone.
  const stopFollowing = new AbortController();
  const onSigint = () => {
    if (interrupted) return;
    interrupted = true;
    stopFollowing.abort();
    process.stderr.write(
      '\ninterrupted: draining workers (run the same command again to resume)\n',
    );
  };
  process.on('SIGINT', onSigint);
  const view = new SweepProgressView(options.progress && process.stderr.isTTY === true);
  try {
    // Workers register before the sweep is submitted, so the first leases are already
    // shared fairly among all of them instead of going to whichever asks first.
    for (let i = 0; i < options.workers; i++) {
      const worker = startWorker(
        [
          ...['--coordinator', address, '--concurrency', '1', '--backend', options.backend],
          // On Ctrl-C, work still running after this grace goes back to the queue for the next run.
          ...['--name', `local-${i + 1}`, '--drain-grace-ms', String(DRAIN_GRACE_MS)],
        ],
        log(`worker ${i + 1}`),
        os.availableParallelism() / options.workers,
      );
      workers.push(worker);
    }
    const allGone = () => workers.every((w) => w.exitCode !== null || w.signalCode !== null);
    for (const w of workers) w.once('exit', () => allGone() && stopFollowing.abort());
    await waitForWorkers(client, workers, logs);
    const submitted = await client.submitSweep(
      { specJson: JSON.stringify(spec), fileName: file },
      { deadlineMs: 300_000 },
    );
    const sweep = submitted.name ?? spec.name;
    const stored =
      submitted.inserting === true
        ? `${submitted.inserted} new and ${submitted.existing} known stored so far, the rest inserting`
        : `${submitted.inserted} new, ${submitted.existing} already known`;
    process.stdout.write(
      `sweep ${sweep}: ${submitted.total} trials (${stored}), ` +
        `${options.workers} worker${options.workers === 1 ? '' : 's'}, database ${path.resolve(options.db)}\n`,
    );
    // The token opens the dashboard once (then a cookie); the coordinator is private to this run.
    if (dashboardUrl) process.stdout.write(`dashboard: ${dashboardUrl}?token=${token}\n`);
    // Statuses are pushed by the coordinator as trials finish (WatchSweep), not polled.
    const last = await followSweep(client, sweep, {
      minIntervalMs: 250,
      signal: stopFollowing.signal,
      onStatus: (status) => view.update(status),
    });
    if (!interrupted && !(last && isSettled(last))) {
      throw new CliError(
        `${allGone() ? 'every worker exited' : 'the coordinator stopped'} before the sweep finished; ` +
          `last log lines:\n${logs.slice(-20).join('\n')}`,
      );
    }
    view.stop();
    await Promise.all(workers.map((w) => stopProcess(w, 'SIGTERM', 30_000)));
    if (interrupted) return ExitCode.interrupted;
    const final = countsOf(await client.getSweepStatus({ name: sweep }));
    client.close();
    await stopProcess(coordinator, 'SIGTERM', 10_000);

    const store = await openStore(options.db, { readonly: true });
    try {
      const { model, rows } = await loadReportModel(store, sweep);
      process.stdout.write(`\n${formatThresholdTable(model)}\n`);
      const failed = rows.filter((row) => row.status === 'failed');
      for (const row of failed.slice(0, 10)) {
        process.stdout.write(
          `failed: trial ${row.trial_id} (n=${row.n}, width=${row.width}, seed=${row.seed}): ${row.error}\n`,
        );
      }
      if (failed.length > 10)
        process.stdout.write(`... and ${failed.length - 10} more failed trials\n`);
      const written = await writeReport(model, sweep, options.format, options.out);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `\n${final.done} done, ${final.failed} failed, ${final.cancelled} cancelled in ${seconds} s\nreport: ${written}\n`,
      );
    } finally {
      await store.close();
    }
    return ExitCode.ok;
  } finally {
    view.stop();
    process.off('SIGINT', onSigint);
    client.close();
    await Promise.all(workers.map((w) => stopProcess(w, 'SIGKILL', 1_000)));
    await stopProcess(coordinator, 'SIGTERM', 10_000);
  }
}

const WORKER_START_TIMEOUT_MS = 60_000;
const DRAIN_GRACE_MS = 2_000;

async function waitForWorkers(
  client: CoordinatorClient,
  workers: ChildProcess[],
  logs: string[],
): Promise<void> {
  const deadline = Date.now() + WORKER_START_TIMEOUT_MS;
  for (;;) {
    const { workers: registered = [] } = await client.listWorkers({});
    if (registered.filter((w) => w.state !== 'drained').length >= workers.length) return;
    if (workers.some((w) => w.exitCode !== null || w.signalCode !== null)) {
      throw new CliError(
        `a worker exited while starting; last log lines:\n${logs.slice(-20).join('\n')}`,
      );
    }
    if (Date.now() > deadline) {
      throw new CliError(
        `workers did not register within ${WORKER_START_TIMEOUT_MS / 1000} s; last log lines:\n${logs.slice(-20).join('\n')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
