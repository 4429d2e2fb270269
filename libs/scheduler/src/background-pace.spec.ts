import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_BUSY_TARGET,
  BACKGROUND_GIVE_WAY_FACTOR,
  BackgroundPace,
} from './background-pace';
import { LoopBusy } from './loop-busy';
import { block, holdLoop, nextTimers } from './test-support/hold-loop';

/** Resolves when `busy` passes `check`, the deadline only a backstop. */
async function until(busy: LoopBusy, check: (v: number) => boolean): Promise<number> {
  const deadline = Date.now() + 30_000;
  while (!check(busy.current()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return busy.current();
}

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

describe('LoopBusy', () => {
  it('is 0 until started, near 1 while the loop is held, and falls once it idles', async () => {
    const busy = new LoopBusy();
    block(30);
    expect(busy.current()).toBe(0);
    busy.start();
    try {
      // Held in stretches of 60 ms with a turn of the timers between: the samples see the
      // loop running callbacks nearly all the time (spinning counts whatever the CPU load).
      await holdLoop(8, 60);
      expect(busy.current()).toBeGreaterThan(0.8);
      // Idle: waits for the samples to say so.
      expect(await until(busy, (v) => v < 0.2)).toBeLessThan(0.2);
    } finally {
      busy.stop();
    }
    expect(busy.current()).toBe(0);
  });
});

describe('BackgroundPace', () => {
  it(`gives way (${BACKGROUND_GIVE_WAY_FACTOR}x the chunk) only while workers work and the loop is past ${BACKGROUND_BUSY_TARGET} busy`, async () => {
    const busy = new LoopBusy();
    busy.start();
    const pace = new BackgroundPace(busy);
    try {
      // An idle loop: the next chunk starts at the loop's next turn, before any timer of the
      // chunk's length, with or without work reported.
      await until(busy, (v) => v < BACKGROUND_BUSY_TARGET);
      expect(await firstOf(pace.after(40), 40)).toBe('pace');
      pace.noteWork();
      expect(await firstOf(pace.after(40), 40)).toBe('pace');

      // A busy loop but no worker at work (a cancel walked with the workers idle): no pause.
      // (Holding the loop 480 ms also ages the work noted above out of its 200 ms window.)
      await holdLoop(8, 60);
      expect(busy.current()).toBeGreaterThan(BACKGROUND_BUSY_TARGET);
      expect(await firstOf(pace.after(40), 40)).toBe('pace');

      // A busy loop while workers report work: the chunk waits twice its time.
      await holdLoop(8, 60);
      pace.noteWork();
      const t0 = performance.now();
      const paced = pace.after(40);
      expect(await firstOf(paced, 40)).toBe('timer');
      await paced;
      // Timers may fire up to a millisecond early (Node rounds their due time).
      expect(performance.now() - t0).toBeGreaterThanOrEqual(BACKGROUND_GIVE_WAY_FACTOR * 40 - 1);
    } finally {
      busy.stop();
    }
    await nextTimers();
  });
});
