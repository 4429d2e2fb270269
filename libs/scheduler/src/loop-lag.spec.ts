import { describe, expect, it } from 'vitest';
import { LoopLag } from './loop-lag';
import { leaseDeferralMs, MAX_LEASE_DEFERRAL_MS } from './lease-deferral';
import { block, holdLoop, nextTimers } from './test-support/hold-loop';

describe('LoopLag', () => {
  it('is 0 until started and after stop', async () => {
    const lag = new LoopLag();
    block(50);
    expect(lag.current()).toBe(0);
    lag.start();
    lag.stop();
    expect(lag.current()).toBe(0);
  });

  it('follows a loop held up sample after sample, and forgets it once the loop runs freely', async () => {
    const lag = new LoopLag();
    lag.start();
    try {
      // Four stretches of 80 ms: each tick about 70 ms late; the mean (weight 0.2 a sample)
      // rises past 70 * (1 - 0.8^4) = 41 ms whatever the machine's own lateness adds.
      await holdLoop(4, 80);
      const held = lag.current();
      expect(held).toBeGreaterThan(40);
      // One stretch alone moves it by a fifth of its length: not a backlog.
      const calm = new LoopLag();
      calm.start();
      block(80);
      await nextTimers();
      expect(calm.current()).toBeLessThan(held);
      calm.stop();
      // Waits for the event (ticks on time again), the deadline only a backstop.
      const deadline = Date.now() + 30_000;
      while (lag.current() > held / 2 && Date.now() < deadline) await nextTimers();
      expect(lag.current()).toBeLessThanOrEqual(held / 2);
    } finally {
      lag.stop();
    }
  });
});

describe('leaseDeferralMs', () => {
  it('hands a bundle out (0) at or under the target, and always with the gate off', () => {
    expect(leaseDeferralMs(10, 25)).toBe(0);
    expect(leaseDeferralMs(25, 25)).toBe(0);
    expect(leaseDeferralMs(500, 0)).toBe(0);
    expect(leaseDeferralMs(Number.NaN, 25)).toBe(0);
  });

  it('past the target, about twice the lag, jittered by a quarter, at most a second', () => {
    expect(leaseDeferralMs(30, 25, () => 0.5)).toBe(60);
    expect(leaseDeferralMs(30, 25, () => 0)).toBe(45);
    expect(leaseDeferralMs(30, 25, () => 1)).toBe(75);
    // Never less than twice the target: a lag just over it still drains first.
    expect(leaseDeferralMs(26, 100, () => 0.5)).toBe(0);
    expect(leaseDeferralMs(101, 100, () => 0.5)).toBe(202);
    expect(leaseDeferralMs(10_000, 25, () => 0.5)).toBe(MAX_LEASE_DEFERRAL_MS);
    expect(leaseDeferralMs(10_000, 25, () => 1)).toBe(1.25 * MAX_LEASE_DEFERRAL_MS);
  });
});
