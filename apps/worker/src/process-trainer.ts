import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TrialParams } from '@thresher/sweep';
import {
  toFailure,
  type BundleResult,
  type BundleTrainer,
  type TrainRequest,
} from './bundle-trainer';
import type { FromSlot, ToSlot } from './slot-messages';
import { SlotStartError, SlotCrashedError } from './errors';

/**
 * Trains in a child process (one per slot) so that slots run on separate cores (the
 * JavaScript backends are single-threaded) and so that a trial that crashes or exhausts
 * its process takes only that process down: the bundle it was training fails as
 * retryable (SlotCrashedError, code WORKER_SLOT_CRASHED) and a fresh child is started
 * at once for the next bundle.
 */
export class ProcessTrainer implements BundleTrainer {
  private child: ChildProcess | undefined;
  /** Settles when `child` can train; rejects when it could not start. */
  private ready: Promise<void> = Promise.resolve();
  private closed = false;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (r: BundleResult[]) => void; request: TrainRequest; size: number }
  >();
  backend = 'unknown';

  private constructor(
    private readonly requested: string,
    private readonly coresEach: number,
  ) {}

  /** `coresEach`: the cores this slot may use; TensorFlow's thread pools are sized to it. */
  static async start(requested: string, coresEach = 1): Promise<ProcessTrainer> {
    const trainer = new ProcessTrainer(requested, coresEach);
    trainer.ready = trainer.spawn();
    await trainer.ready;
    return trainer;
  }

  private spawn(): Promise<void> {
    const child = fork(path.join(__dirname, 'slot-process.js'), [], {
      serialization: 'advanced',
      // Slots share the cores: an op split over threads busy with other slots only waits.
      env: {
        TF_NUM_INTRAOP_THREADS: String(Math.max(1, Math.floor(this.coresEach))),
        TF_NUM_INTEROP_THREADS: '1',
        ...process.env,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    let started = false;
    return new Promise((resolve, reject) => {
      // A message sent to a child that is dying fails here; its 'exit' fails the bundle.
      child.on('error', () => undefined);
      child.on('message', (message: FromSlot) => {
        if (message.type === 'ready') {
          this.backend = message.backend;
          started = true;
          resolve();
        } else if (message.type === 'init-failed') {
          reject(new SlotStartError(this.requested, message.error.message));
        } else if (message.type === 'progress') {
          this.pending.get(message.id)?.request.onProgress(message.index, message.point);
        } else if (message.type === 'done') {
          const entry = this.pending.get(message.id);
          this.pending.delete(message.id);
          entry?.resolve(message.results);
        }
      });
      child.on('exit', (code, signal) => {
        if (this.child === child) this.child = undefined;
        reject(new SlotStartError(this.requested, `slot process exited (${signal ?? code})`));
        const error = toFailure(new SlotCrashedError({ signal, code }));
        for (const [id, entry] of this.pending) {
          this.pending.delete(id);
          entry.resolve(Array.from({ length: entry.size }, () => ({ ok: false, error })));
        }
        // A child that had started died (e.g. SIGKILL, OOM): start its replacement now, so
        // that it is ready for the next bundle. One that failed to start is retried lazily.
        if (started && !this.closed) {
          this.ready = this.spawn();
          this.ready.catch(() => undefined);
        }
      });
      child.send({ type: 'init', backend: this.requested } satisfies ToSlot);
    });
  }

  /**
   * Trains one bundle in the slot process. Rejects (SlotStartError) only when no
   * slot process can be started; a process that dies while training fails the bundle.
   */
  async train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]> {
    await this.ready.catch(() => undefined);
    if (!this.child) {
      this.ready = this.spawn();
      await this.ready;
    }
    const child = this.child as ChildProcess;
    const id = this.nextId++;
    const result = new Promise<BundleResult[]>((resolve) =>
      this.pending.set(id, { resolve, request, size: trials.length }),
    );
    const onAbort = () => child.send({ type: 'abort', id } satisfies ToSlot);
    request.signal.addEventListener('abort', onAbort, { once: true });
    child.send({ type: 'train', id, trials } satisfies ToSlot);
    try {
      return await result;
    } finally {
      request.signal.removeEventListener('abort', onAbort);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.ready.catch(() => undefined);
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.disconnect();
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    });
  }
}
