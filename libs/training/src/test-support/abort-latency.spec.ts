import { describe, expect, it } from 'vitest';
import { measureAbortLatency } from './abort-latency';

/** Blocks the event loop for `ms` (as a long native call would), then honours the signal. */
async function blockThenCheck(signal: AbortSignal, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: nothing else on this thread runs, timers included
  }
  // A timer yield: the abort timer, due long ago, runs first.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

// The engines' cancellation tests bound measureAbortLatency by 1 s: these check that the
// measurement itself can fail such a bound.
describe('measureAbortLatency', () => {
  it('counts a blocking call of 2 s that outlasts the abort (a 1 s bound fails)', async () => {
    const { latencyMs, error } = await measureAbortLatency((s) => blockThenCheck(s, 2000), 100);
    expect(error).toBeInstanceOf(DOMException);
    expect(latencyMs).toBeGreaterThan(1000);
  });

  it('reports a run that ends soon after the abort as prompt', async () => {
    const run = (signal: AbortSignal) =>
      new Promise<void>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason as Error)),
      );
    const { latencyMs, error } = await measureAbortLatency(run, 50);
    expect(error).toBeDefined();
    expect(latencyMs).toBeLessThan(1000);
  });
});
