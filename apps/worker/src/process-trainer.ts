import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TrialParams } from '@thresher/sweep';
import type { BundleResult, BundleTrainer, TrainRequest } from './bundle-trainer';
import type { FromSlot, ToSlot } from './slot-messages';
import { BackendUnavailableError } from './errors';

/**
 * Trains in a child process (one per slot) so that slots run on separate cores: the
 * JavaScript backends are single-threaded. A crashed child fails its bundle as
 * retryable and is replaced on the next bundle.
 */
export class ProcessTrainer implements BundleTrainer {
  private child: ChildProcess | undefined;
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
    await trainer.spawn();
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
    return new Promise((resolve, reject) => {
      child.on('message', (message: FromSlot) => {
        if (message.type === 'ready') {
          this.backend = message.backend;
          resolve();
        } else if (message.type === 'init-failed') {
          reject(new BackendUnavailableError(this.requested, message.error.message));
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
        reject(
          new BackendUnavailableError(this.requested, `slot process exited (${signal ?? code})`),
        );
        for (const [id, entry] of this.pending) {
          this.pending.delete(id);
          const error = {
            name: 'SlotCrashedError',
            message: `slot process exited (${signal ?? code})`,
            retryable: true,
          };
          entry.resolve(Array.from({ length: entry.size }, () => ({ ok: false, error })));
        }
      });
      child.send({ type: 'init', backend: this.requested } satisfies ToSlot);
    });
  }

  async train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]> {
    if (!this.child) await this.spawn();
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
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.disconnect();
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    });
  }
}
