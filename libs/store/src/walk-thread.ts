import { Worker } from 'node:worker_threads';
import { builtModule } from './built-module';
import type { WalkStep, WalkStepResult } from './walk-chunk';
import type { WalkReply, WalkRequest } from './walk-thread-protocol';

/** The walk thread could not run a chunk (it ended, or the chunk failed there). */
export class WalkThreadError extends Error {
  override readonly name = 'WalkThreadError';
}

interface Waiting {
  resolve: (result: WalkStepResult | undefined) => void;
  reject: (error: WalkThreadError) => void;
}

/**
 * Cancel and retry walks of a SQLite store on a thread of their own. better-sqlite3 runs a
 * statement on the calling thread: each chunk of a walk (20 ms) held the coordinator's event
 * loop, and while a retry requeued 10^6 trials beside a training fleet the walk took a third of
 * the loop, so every call waited longer (p99 over 100 ms, docs/scale.md). Here a chunk runs on
 * the thread's own connection while the loop serves calls; the caller holds the file's
 * in-process write lock meanwhile (`withFileLock`), so the coordinator's own transactions wait
 * for the chunk as they did before, but nothing else does.
 */
export class WalkThread {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private ended: string | undefined;
  /** Chunks the thread has run (tests, benches). */
  chunksRun = 0;

  constructor(path: string) {
    this.worker = new Worker(builtModule('walk-thread-main'), {
      workerData: { path },
      execArgv: withoutConditions(process.execArgv),
    });
    this.worker.on('message', (m: WalkReply) => this.receive(m));
    this.worker.on('error', (error) => this.end(error.message));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.end('the walk thread ended');
        resolve();
      }),
    );
    // Kept alive by the chunks in flight only (run refs it), never by itself.
    this.worker.unref();
  }

  /** Whether the thread still takes chunks. */
  get alive(): boolean {
    return this.ended === undefined;
  }

  /** Runs one chunk on the thread: its result, or undefined when the walk is over. */
  run(step: WalkStep): Promise<WalkStepResult | undefined> {
    if (this.ended !== undefined) return Promise.reject(new WalkThreadError(this.ended));
    const id = this.nextId++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, step } satisfies WalkRequest);
    });
  }

  /** Stops the thread once its chunk in flight is done (idempotent). */
  async close(): Promise<void> {
    if (this.ended === undefined) {
      this.worker.ref();
      this.worker.postMessage('stop' satisfies WalkRequest);
    }
    await this.exited;
  }

  private receive(m: WalkReply): void {
    if ('fatal' in m) return this.end(m.fatal);
    const waiting = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    if (this.waiting.size === 0) this.worker.unref();
    if ('error' in m) return waiting?.reject(new WalkThreadError(m.error));
    this.chunksRun++;
    waiting?.resolve(m.result ?? undefined);
  }

  private end(reason: string): void {
    this.ended ??= reason;
    for (const w of this.waiting.values()) w.reject(new WalkThreadError(this.ended));
    this.waiting.clear();
  }
}

/**
 * The process's flags less its resolution conditions: the thread runs the built modules, and a
 * test runner's `--conditions @thresher/source` would have it load the workspace packages'
 * TypeScript sources, which plain Node cannot parse.
 */
export function withoutConditions(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    if (flag === '--conditions' || flag === '-C') i++;
    else if (!flag.startsWith('--conditions=') && !flag.startsWith('-C=')) out.push(flag);
  }
  return out;
}
