import { expandSweepSlice, findThresherError, trialId, type SweepSpec } from '@thresher/sweep';
import { nextChunkSize, type Store, type SweepInsertProgress } from '@thresher/store';

/**
 * Time one chunk may take (expansion, hashing and its transaction). SQLite's transaction holds
 * the event loop, so other calls wait for it: 20 ms. PostgreSQL's does not (only the expansion
 * and hashing do, ~10 us a trial), and per-commit costs favour larger chunks: 50 ms.
 */
const CHUNK_TARGET_MS = { sqlite: 20, postgres: 50 } as const;
const MIN_CHUNK = 100;
const MAX_CHUNK = 20_000;
const FIRST_CHUNK = 500;
/** Waits before retrying a chunk the database was too busy for (STORE_BUSY, unreachable). */
const RETRY_MS = [100, 500, 2_000, 5_000];

export interface SweepInsertJob {
  readonly sweepId: number;
  readonly name: string;
  readonly total: number;
  /** Trials stored by this job: new ones, and ones already known (linked). */
  inserted: number;
  existing: number;
  /** Settles when the insert is over (complete, cancelled) or this job stopped. */
  readonly finished: Promise<void>;
  done: boolean;
}

export interface SweepInserterHooks {
  /** A chunk was stored (status views may change). */
  onChunk?: () => void;
  onError?: (error: unknown, job: SweepInsertJob) => void;
  /**
   * Resolves when the next chunk may start, after one that took `chunkMs` (the coordinator's
   * `BackgroundPace`); without it, after the event loop's turn.
   */
  pace?: (chunkMs: number) => Promise<void>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the chunked inserts of large sweeps in the background of the coordinator: each chunk is
 * expanded from the grid (expandSweepSlice), hashed and stored in its own transaction, sized so
 * that one takes about CHUNK_TARGET_MS, and the event loop serves other calls between chunks.
 * One job per sweep: a second submission of the same grid joins the running job.
 */
export class SweepInserter {
  private readonly jobs = new Map<number, SweepInsertJob>();
  private stopping = false;

  constructor(
    private readonly store: Store,
    private readonly hooks: SweepInserterHooks = {},
  ) {}

  /** The job inserting `progress`'s sweep: the running one, or a new one started here. */
  run(progress: SweepInsertProgress, spec: SweepSpec): SweepInsertJob {
    const running = this.jobs.get(progress.sweepId);
    if (running && !running.done) return running;
    const job = {
      sweepId: progress.sweepId,
      name: progress.name,
      total: progress.total,
      inserted: 0,
      existing: 0,
      done: false,
    } as SweepInsertJob & { finished: Promise<void> };
    (job as { finished: Promise<void> }).finished = this.insert(
      job,
      progress.nextIndex,
      spec,
    ).finally(() => {
      job.done = true;
      if (this.jobs.get(job.sweepId) === job) this.jobs.delete(job.sweepId);
    });
    this.jobs.set(job.sweepId, job);
    return job;
  }

  /** Resumes the inserts a stopped coordinator left (its own or another's on the database). */
  async resumeAll(): Promise<SweepInsertJob[]> {
    const pending = await this.store.pendingSweepInserts();
    return pending.map((p) => this.run(p, p.spec as SweepSpec));
  }

  /** Settles when the jobs running now have ended. */
  async settled(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((j) => j.finished));
  }

  /** Stops every job after its current chunk; the database keeps where each one was. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.jobs.values()].map((j) => j.finished));
  }

  private async insert(job: SweepInsertJob, from: number, spec: SweepSpec): Promise<void> {
    let next = from;
    let size = FIRST_CHUNK;
    let failures = 0;
    while (!this.stopping) {
      const started = performance.now();
      const to = Math.min(job.total, next + size);
      const trials = expandSweepSlice(spec, next, to).map((params) => ({
        trialId: trialId(params),
        params,
      }));
      let stored: Awaited<ReturnType<Store['insertSweepChunk']>>;
      try {
        stored = await this.store.insertSweepChunk({
          sweepId: job.sweepId,
          fromIndex: next,
          trials,
        });
        failures = 0;
      } catch (error) {
        this.hooks.onError?.(error, job);
        const wait = RETRY_MS[failures++];
        // A refused chunk would be refused again; the insert stays where it is for a restart.
        if (findThresherError(error)?.retryable !== true || wait === undefined) return;
        await sleep(wait);
        continue;
      }
      job.inserted += stored.inserted;
      job.existing += stored.existing;
      this.hooks.onChunk?.();
      if (stored.done) return;
      next = stored.nextIndex;
      const ms = Math.max(1, performance.now() - started);
      size = nextChunkSize(size, ms, CHUNK_TARGET_MS[this.store.dialect], {
        min: MIN_CHUNK,
        max: MAX_CHUNK,
      });
      await (this.hooks.pace ?? yieldToEventLoop)(ms);
    }
  }
}
