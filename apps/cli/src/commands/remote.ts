import type { Command } from 'commander';
import type { CoordinatorClient } from '@thresher/proto';
import { withClient, type ConnectionOptions } from '../coordinator-connection';
import { CliError } from '../errors';
import { followInsert, followSweep } from '../follow-sweep';
import { formatRows } from '../format-rows';
import { loadSweepFile } from '../load-sweep-file';
import {
  coordinatorOption,
  tlsCaOption,
  tlsCertOption,
  tlsKeyOption,
  tokenOption,
} from '../options';
import {
  SweepProgressView,
  countsOf,
  describeStatus,
  insertingText,
  isSettled,
} from '../sweep-progress';
import { escapeControl } from '@thresher/sweep';

const SUBMIT_DEADLINE_MS = 300_000;
/**
 * Cancel and retry walk a sweep's trials in chunks (the coordinator serves other calls
 * between them): at 10^6 trials that is tens of seconds, more than a status call's deadline.
 */
const WALK_DEADLINE_MS = 600_000;

/** Commands that talk to a running coordinator over gRPC. */
export function registerRemoteCommands(program: Command): void {
  const remote = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .addOption(coordinatorOption())
      .addOption(tokenOption())
      .addOption(tlsCaOption())
      .addOption(tlsCertOption())
      .addOption(tlsKeyOption());

  remote('submit', 'validate a sweep file and submit it to a coordinator')
    .argument('<sweep-file>', 'YAML or JSON sweep file')
    .option('--yes', 'accept grids of over a million trials')
    .action(async (file: string, options: ConnectionOptions & { yes?: boolean }) => {
      const spec = await loadSweepFile(file, { yes: options.yes ?? false });
      await withClient(options, async (client) => {
        const result = await client.submitSweep(
          { specJson: JSON.stringify(spec), fileName: file },
          { deadlineMs: SUBMIT_DEADLINE_MS },
        );
        const name = escapeControl(result.name ?? spec.name);
        if (result.inserting !== true) {
          process.stdout.write(
            `submitted sweep ${name}: ${result.total} trials (${result.inserted} new, ${result.existing} already known)\n`,
          );
          return;
        }
        // A large grid is stored in chunks while the coordinator serves other calls: show how far
        // it is, and exit 0 only once the sweep is complete in the store.
        const done = await followInsert(client, result.name ?? spec.name, (status) => {
          if (status.inserting === true) process.stderr.write(`${insertingText(status)}\n`);
        });
        if (!done) {
          throw new CliError(
            `the coordinator ended the status stream before sweep ${name} was stored; ` +
              'submit the same file again to resume (nothing is stored twice)',
          );
        }
        process.stdout.write(
          `submitted sweep ${name}: ${countsOf(done).total} trials, stored in chunks\n`,
        );
      });
    });

  remote('status', 'show the progress of one sweep, or of all sweeps')
    .argument('[sweep]', 'sweep name (all sweeps when omitted)')
    .option('--watch', 'follow the sweep (a stream from the coordinator) until it is finished')
    .option(
      '--interval <ms>',
      'with --watch, least time between two updates (250 at least)',
      (v) => Number.parseInt(v, 10),
      1000,
    )
    .action(
      async (
        sweep: string | undefined,
        options: ConnectionOptions & { watch?: boolean; interval: number },
      ) => {
        await withClient(options, async (client) => {
          if (!options.watch) {
            const statuses = sweep
              ? [await client.getSweepStatus({ name: sweep })]
              : ((await client.listSweeps({})).sweeps ?? []);
            if (statuses.length === 0) process.stdout.write('no sweeps\n');
            for (const status of statuses) process.stdout.write(`${describeStatus(status)}\n`);
            return;
          }
          if (!sweep) throw new Error('--watch needs a sweep name');
          await watchSweep(client, sweep, options.interval);
        });
      },
    );

  remote('cancel', 'cancel a sweep: pending trials are dropped, running ones stopped')
    .argument('<sweep>', 'sweep name')
    .action(async (sweep: string, options: ConnectionOptions) => {
      const result = await withClient(options, (client) =>
        client.cancelSweep({ name: sweep }, { deadlineMs: WALK_DEADLINE_MS }),
      );
      process.stdout.write(
        `cancelled sweep ${sweep}: ${result.cancelled ?? 0} trials stopped or dropped\n`,
      );
    });

  remote('retry', 'put the failed trials of a sweep back in the queue')
    .argument('<sweep>', 'sweep name')
    .action(async (sweep: string, options: ConnectionOptions) => {
      const result = await withClient(options, (client) =>
        client.retrySweep({ name: sweep }, { deadlineMs: WALK_DEADLINE_MS }),
      );
      process.stdout.write(`requeued ${result.requeued ?? 0} trials of sweep ${sweep}\n`);
    });

  remote('workers', 'list the live workers of the coordinator')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options: ConnectionOptions & { format: 'table' | 'csv' | 'json' }) => {
      // Live workers only (the coordinator retires unseen ones), a page of 1000 at a time.
      const workers = await withClient(options, async (client) => {
        const all: Awaited<ReturnType<typeof client.listWorkers>>['workers'] = [];
        let pageToken = '';
        do {
          const page = await client.listWorkers({ pageSize: 1000, pageToken });
          all.push(...page.workers);
          pageToken = page.nextPageToken ?? '';
        } while (pageToken);
        return all;
      });
      const columns = [
        'worker_id',
        'host',
        'slots',
        'cores',
        'backend',
        'state',
        'leased',
        'completed',
        'last_seen',
      ];
      const rows = workers.map((w) => [
        w.workerId,
        w.host,
        w.slots || 1,
        w.cores,
        w.backend,
        w.state,
        w.leased ?? 0,
        w.completed ?? 0,
        w.lastSeenAtMs ? new Date(w.lastSeenAtMs).toISOString() : '',
      ]);
      process.stdout.write(formatRows(columns, rows, options.format));
    });
}

/**
 * Shows the sweep's progress as the coordinator pushes it (WatchSweep), until nothing is
 * pending or running.
 */
export async function watchSweep(
  client: CoordinatorClient,
  sweep: string,
  intervalMs: number,
): Promise<void> {
  const view = new SweepProgressView(process.stderr.isTTY === true);
  try {
    const last = await followSweep(client, sweep, {
      minIntervalMs: intervalMs,
      onStatus: (status) => view.update(status),
    });
    if (!last || !isSettled(last)) {
      throw new CliError(`the coordinator ended the status stream of ${sweep} before it finished`);
    }
  } finally {
    view.stop();
  }
}
