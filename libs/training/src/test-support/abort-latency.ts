/** How long a run went on past the moment its abort was due, and how it ended. */
export interface AbortLatency {
  latencyMs: number;
  error: unknown;
}

/**
 * Runs `run`, aborts its signal `afterMs` from now, and measures from the moment the abort was
 * *scheduled*, not from the moment the timer's callback ran: a callback can only run once a
 * blocking call returns, so measuring from it would let a call that blocks for seconds pass.
 */
export async function measureAbortLatency(
  run: (signal: AbortSignal) => Promise<unknown>,
  afterMs: number,
): Promise<AbortLatency> {
  const controller = new AbortController();
  const dueAt = performance.now() + afterMs;
  const timer = setTimeout(() => controller.abort(), afterMs);
  let error: unknown;
  try {
    await run(controller.signal);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  return { latencyMs: performance.now() - dueAt, error };
}
