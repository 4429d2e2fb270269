/** Longest Retry-After of a 202: a fit that overruns its estimate is asked about again soon. */
export const MAX_RETRY_AFTER_S = 5;

/**
 * Seconds a client told "still computing" should wait before asking again: what is left of
 * `expectedMs` (what the last such read of the sweep took), or, when that is unknown or already
 * overrun, as long again as it has taken so far (a doubling back-off); rounded up, 1 to
 * MAX_RETRY_AFTER_S.
 */
export function retryAfterSeconds(elapsedMs: number, expectedMs?: number): number {
  const leftMs =
    expectedMs !== undefined && expectedMs > elapsedMs ? expectedMs - elapsedMs : elapsedMs;
  return Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(leftMs / 1000)));
}

/**
 * A read (on the read thread) that a request waits for only so long (`within`): past that, the
 * request is answered "still computing" and the read goes on for the next request. A failure
 * that no waiting request received is kept for the next one (`throwIfUnreported`): a client that
 * was told "still computing" learns of it instead of being told so again and again.
 */
export class PendingRead<T> {
  readonly startedAt = Date.now();
  private outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  private waiting = 0;
  private reported = false;

  constructor(
    readonly promise: Promise<T>,
    /** What it is expected to take (ms), when known. */
    readonly expectedMs?: number,
  ) {
    // Registered first: it runs before any waiter's, so `waiting` counts who receives a failure.
    promise.then(
      (value) => (this.outcome = { ok: true, value }),
      (error: unknown) => {
        this.outcome = { ok: false, error };
        if (this.waiting > 0) this.reported = true;
      },
    );
  }

  get failed(): boolean {
    return this.outcome?.ok === false;
  }

  elapsedMs(now = Date.now()): number {
    return now - this.startedAt;
  }

  retryAfterS(now = Date.now()): number {
    return retryAfterSeconds(this.elapsedMs(now), this.expectedMs);
  }

  /** Its value if it comes within `ms`; undefined while it runs on; its error if it fails. */
  async within(ms: number): Promise<{ value: T } | undefined> {
    const outcome = this.outcome;
    if (outcome?.ok) return { value: outcome.value };
    if (outcome) {
      this.reported = true;
      throw outcome.error;
    }
    this.waiting++;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.promise.then((value) => ({ value })),
        new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms))),
      ]);
    } finally {
      clearTimeout(timer);
      this.waiting--;
    }
  }

  /** Throws its failure if no request has received it yet (once); otherwise does nothing. */
  throwIfUnreported(): void {
    const outcome = this.outcome;
    if (outcome && !outcome.ok && !this.reported) {
      this.reported = true;
      throw outcome.error;
    }
  }
}
