import { Worker } from 'node:worker_threads';
import { builtModule } from './built-module';
import { StoreBusyError } from './errors';
import type { WalkStep, WalkStepResult } from './walk-chunk';
import type { WalkFailure, WalkReply, WalkRequest } from './walk-thread-protocol';

/**
 * The walk thread could not run a chunk: it has ended (`closing` when the store is being
 * closed), or the chunk failed there in a way the store has no error for.
 */
export class WalkThreadError extends Error {
  override readonly name = 'WalkThreadError';
  constructor(
    message: string,
    readonly closing = false,
  ) {
    super(message);
  }
}

interface Waiting {
  resolve: (result: WalkStepResult | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Cancel and retry walks of a SQLite store on a thread of their own. better-sqlite3 runs a
 * statement on the calling thread: each chunk of a walk held the coordinator's event loop, and
 * while a retry requeued 10^6 trials beside a training fleet the walk took a third of the loop,
 * so every call waited longer (docs/scale.md). Here a chunk runs on the thread's own connection
 * while the loop serves calls; the caller holds the file's in-process write lock meanwhile
 * (`withFileLock`), so the coordinator's own transactions wait for the chunk as they did
 * before, but nothing else does.
 */
export class WalkThread {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private ended: string | undefined;
  private closing = false;
  /** Chunks the thread has run (tests, benches). */
  chunksRun = 0;

  /**
   * `checkpointPages`: the coordinator connection's `wal_autocheckpoint`, which the thread's
   * takes too. A thread that ends before `close()` (it could not open the file, it failed) is
   * reported as a process warning; its chunks then run on the event loop.
   */
  constructor(path: string, checkpointPages: number) {
    this.worker = new Worker(builtModule('walk-thread-main'), {
      workerData: { path, checkpointPages },
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
    return this.ended === undefined && !this.closing;
  }

  /**
   * Runs one chunk on the thread: its result, or undefined when the walk is over. Rejects with
   * the store's StoreBusyError when the database stayed locked (the thread waited out the busy
   * timeout already), else with WalkThreadError.
   */
  run(step: WalkStep): Promise<WalkStepResult | undefined> {
    if (this.closing) return Promise.reject(new WalkThreadError('the store is closing', true));
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
    if (!this.closing && this.ended === undefined) {
      this.worker.postMessage('stop' satisfies WalkRequest);
    }
    this.closing = true;
    // Held until the thread has ended, whatever a reply in flight does meanwhile.
    this.worker.ref();
    await this.exited;
  }

  private receive(m: WalkReply): void {
    if ('fatal' in m) return this.end(m.fatal);
    const waiting = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    if (this.waiting.size === 0 && !this.closing) this.worker.unref();
    if ('failure' in m) return waiting?.reject(rebuild(m.failure));
    this.chunksRun++;
    waiting?.resolve(m.result ?? undefined);
  }

  private end(reason: string): void {
    if (this.ended === undefined && !this.closing) {
      process.emitWarning(`${reason}; cancel and retry run on the event loop`, {
        code: 'THRESHER_WALK_THREAD',
      });
    }
    this.ended ??= reason;
    for (const w of this.waiting.values()) w.reject(new WalkThreadError(this.ended, this.closing));
    this.waiting.clear();
  }
}

/**
 * A chunk's failure on this side: busy stays busy (running the chunk again on the event loop
 * would wait out the busy timeout there, holding every call); anything else is the thread's.
 */
function rebuild(failure: WalkFailure): Error {
  if (failure.code === 'STORE_BUSY') return new StoreBusyError(failure.message);
  return new WalkThreadError(failure.message);
}

/**
 * The process's flags less its resolution conditions, for a thread that runs built modules (the
 * walk thread, the coordinator's read thread): a test runner's `--conditions @thresher/source`
 * would have it load the workspace packages' TypeScript sources, which plain Node cannot parse.
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
