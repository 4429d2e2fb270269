import { Worker } from 'node:worker_threads';
import { builtPriorityModule } from './background-priority';

/** How often the thread checkpoints: a few fsyncs a second at most, each of little WAL. */
export const CHECKPOINT_EVERY_MS = 250;
/**
 * The main connection's own automatic checkpoint while the thread runs (pages, 400 MB of
 * WAL): a safety net only, for a WAL the thread could not empty (a reader holding it).
 */
export const SAFETY_CHECKPOINT_PAGES = 100_000;

/**
 * The thread's code, evaluated (no file of its own to locate from sources or dist): a second
 * connection to the same file running PASSIVE checkpoints, which copy what they can of the WAL
 * into the database without waiting for (or blocking) the main connection's transactions, at a
 * lower priority than the event loop (lowerThreadPriority).
 */
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.priority).lowerThreadPriority();
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const tick = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ frames: r.log, checkpointed: r.checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** What the last checkpoint did: WAL frames, and those copied into the database. */
export interface CheckpointTick {
  frames: number;
  checkpointed: number;
}

/**
 * Checkpoints of a SQLite database on a thread of their own. A checkpoint writes the WAL's pages
 * into the database file and fsyncs it; run by the committing connection (SQLite's automatic
 * checkpoint) it held the coordinator's event loop 30-70 ms at a time, every ~1 000 commits, under
 * a stream of results. Here it runs beside the loop.
 */
export class CheckpointThread {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private closing = false;
  /** The last checkpoint's figures (tests, benches). */
  last: CheckpointTick | undefined;
  lastError: string | undefined;

  /**
   * `onEnded` is called once if the thread ends before `close()` (it could not open the file,
   * it failed): the caller gives its connection its own checkpoints back.
   */
  constructor(path: string, onEnded: (error: string) => void, everyMs = CHECKPOINT_EVERY_MS) {
    this.worker = new Worker(THREAD_CODE, {
      eval: true,
      workerData: {
        path,
        everyMs,
        driver: require.resolve('better-sqlite3'),
        priority: builtPriorityModule(),
      },
    });
    this.worker.on('message', (m: CheckpointTick | { error: string }) => {
      if ('error' in m) this.lastError = m.error;
      else this.last = m;
    });
    this.worker.on('error', (error) => (this.lastError = error.message));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        if (!this.closing) onEnded(this.lastError ?? 'the checkpoint thread ended');
        resolve();
      }),
    );
    // Never what keeps a process alive; close() holds it until the thread has ended.
    this.worker.unref();
  }

  /** Stops the thread (idempotent; at once if it already ended). */
  async close(): Promise<void> {
    this.closing = true;
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
