import { describe, expect, it } from 'vitest';
import { BACKGROUND_GIVE_WAY_FACTOR, BackgroundPace, WORK_WINDOW_MS } from './background-pace';
import { nextTimers } from './test-support/hold-loop';

/** Which settles first: the pace, or a timer of `ms`. */
async function firstOf(pace: Promise<void>, ms: number): Promise<'pace' | 'timer'> {
  let timer: NodeJS.Timeout | undefined;
  const timed = new Promise<'timer'>((resolve) => {
    timer = setTimeout(() => resolve('timer'), ms);
  });
  try {
    return await Promise.race([pace.then(() => 'pace' as const), timed]);
  } finally {
    clearTimeout(timer);
  }
}

describe('BackgroundPace', () => {
  it(`gives way (${BACKGROUND_GIVE_WAY_FACTOR}x the chunk) while workers are at work, and only then`, async () => {
    const pace = new BackgroundPace();
    // No worker at work yet (an idle coordinator): the next chunk starts at the loop's next
    // turn, before any timer of the chunk's length.
    expect(await firstOf(pace.after(40), 40)).toBe('pace');

    // A worker's call carried work: the chunk waits twice its time.
    pace.noteWork();
    const t0 = performance.now();
    const paced = pace.after(40);
    expect(await firstOf(paced, 40)).toBe('timer');
    await paced;
    // Timers may fire up to a millisecond early (Node rounds their due time).
    expect(performance.now() - t0).toBeGreaterThanOrEqual(BACKGROUND_GIVE_WAY_FACTOR * 40 - 1);

    // The work has aged out of its window (waited for on the clock the pace reads): no pause.
    const noted = performance.now();
    pace.noteWork();
    while (performance.now() - noted <= WORK_WINDOW_MS) await nextTimers();
    expect(await firstOf(pace.after(40), 40)).toBe('pace');
  });
});
