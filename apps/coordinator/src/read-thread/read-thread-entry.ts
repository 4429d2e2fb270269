/**
 * The read thread (a worker_threads Worker started by ReadThread): opens the database
 * read-only and answers ReadJobs, so that a 2 s fit or a 0.5 s SQLite aggregate never holds
 * up the coordinator's gRPC calls (better-sqlite3 blocks the thread it runs on).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findThresherError } from '@thresher/sweep';
import { lowerThreadPriority, openStore } from '@thresher/store';
import {
  heavyReadsOn,
  type HeavyReads,
  type ReadFailure,
  type ReadJob,
  type ReadReply,
} from './read-jobs';

function failure(err: unknown): ReadFailure {
  const typed = findThresherError(err);
  const fields: Record<string, unknown> = {};
  if (typed) {
    for (const [key, value] of Object.entries(typed)) {
      if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
    }
  }
  return {
    code: typed?.code ?? 'READ_FAILED',
    retryable: typed?.retryable ?? true,
    message: (err as Error)?.message ?? String(err),
    fields,
  };
}

// Fits and plots are background work: the event loop serving the workers comes first.
lowerThreadPriority();

const port = parentPort;
if (!port) throw new Error('read-thread-entry runs as a worker thread (see read-thread.ts)');
const { location } = workerData as { location: string };
let reads: Promise<HeavyReads> | undefined;

port.on('message', (job: ReadJob) => {
  reads ??= openStore(location, { readonly: true }).then((store) => heavyReadsOn(store, true));
  const run = async (): Promise<unknown> => {
    const r = await reads!;
    switch (job.method) {
      case 'listSweeps':
        return r.listSweeps(...job.args);
      case 'thresholdFit':
        return r.thresholdFit(...job.args);
      case 'thresholdPlots':
        return r.thresholdPlots(...job.args);
      case 'workerThroughput':
        return r.workerThroughput(...job.args);
    }
  };
  run().then(
    (value) => port.postMessage({ id: job.id, ok: true, value } satisfies ReadReply),
    (err: unknown) => {
      // A store that failed to open is tried again with the next job.
      if (reads) reads.catch(() => (reads = undefined));
      port.postMessage({ id: job.id, ok: false, error: failure(err) } satisfies ReadReply);
    },
  );
});
