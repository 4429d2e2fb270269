import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import { exportSweep, openStore } from '@thresher/store';
import { dbOption, formatOption } from '../options';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the trial_results rows and curves of a sweep')
    .argument('<sweep>', 'sweep name')
    .addOption(dbOption())
    .addOption(formatOption(['csv', 'jsonl'] as const, 'csv'))
    .addOption(
      new Option('--table <table>', 'rows of trial_results or of trial_curves')
        .choices(['results', 'curves'])
        .default('results'),
    )
    .option('--out <file>', 'output file (default: stdout)')
    .action(
      async (
        sweep: string,
        options: { db: string; format: 'csv' | 'jsonl'; table: 'results' | 'curves'; out?: string },
      ) => {
        const store = await openStore(options.db, { readonly: true });
        const sink: Writable = options.out ? createWriteStream(options.out) : process.stdout;
        try {
          await exportSweep(store, sweep, options.format, sink, { table: options.table });
        } finally {
          await store.close();
          if (options.out) await new Promise<void>((resolve) => sink.end(resolve));
        }
      },
    );
}
