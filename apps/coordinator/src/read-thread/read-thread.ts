import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UnknownSweepError, withoutConditions } from '@thresher/store';
import { ReadThreadError } from '../errors';
import type { HeavyReads, ReadFailure, ReadJob, ReadReply } from './read-jobs';

/**
 * The built entry next to this file; the specs run the sources, whose `test` target builds
 * the app first, so they use the one in dist.
 */
function entryPath(): string {
  const beside = path.join(__dirname, 'read-thread-entry.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '../../dist/read-thread/read-thread-entry.js');
}

function rebuild(error: ReadFailure): Error {
  if (error.code === 'UNKNOWN_SWEEP' && typeof error.fields['sweep'] === 'string') {
    return new UnknownSweepError(error.fields['sweep']);
  }
  return new ReadThreadError(error.code, error.retryable, error.message);
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
type JobOf<M extends ReadJob['method']> = Extract<ReadJob, { method: M }>;

/**
 * HeavyReads answered by a worker thread with its own read-only connection to `location`.
 * Jobs run one at a time there, in order. A thread that dies fails its pending jobs
 * (retryable) and is started again by the next job.
 */
export class ReadThread implements HeavyReads {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly location: string) {}

  listSweeps(only?: string) {
    return this.call('listSweeps', [only]);
  }

  thresholdFit(sweep: string, bootstrapResamples: number) {
    return this.call('thresholdFit', [sweep, bootstrapResamples]);
  }

  thresholdPlots(...args: Parameters<HeavyReads['thresholdPlots']>) {
    return this.call('thresholdPlots', args);
  }

  workerThroughput(since: Date) {
    return this.call('workerThroughput', [since]);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new ReadThreadError('READ_THREAD_CLOSED', false, 'the coordinator is stopping'));
    if (worker) await worker.terminate();
  }

  private call<M extends ReadJob['method']>(
    method: M,
    args: JobOf<M>['args'],
  ): ReturnType<HeavyReads[M]> {
    type T = Awaited<ReturnType<HeavyReads[M]>>;
    if (this.closed) {
      return Promise.reject(
        new ReadThreadError('READ_THREAD_CLOSED', false, 'the coordinator is stopping'),
      ) as ReturnType<HeavyReads[M]>;
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.thread().postMessage({ id, method, args } as ReadJob);
    }) as ReturnType<HeavyReads[M]>;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(entryPath(), {
      workerData: { location: this.location },
      execArgv: withoutConditions(process.execArgv),
    });
    // The thread holds no work of its own: it must not keep a stopping coordinator alive.
    worker.unref();
    worker.on('message', (reply: ReadReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(rebuild(reply.error));
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(new ReadThreadError('READ_THREAD_EXITED', true, reason));
    };
    worker.on('error', (err) => lost(`the read thread failed: ${err.message}`));
    worker.on('exit', (code) => lost(`the read thread exited with ${code}`));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
