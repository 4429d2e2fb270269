import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_S, PendingRead, retryAfterSeconds } from './pending-read';

describe('retryAfterSeconds', () => {
  it('is what is left of the expected time, rounded up, 1 s to MAX_RETRY_AFTER_S', () => {
    expect(retryAfterSeconds(1_000, 3_500)).toBe(3);
    expect(retryAfterSeconds(3_400, 3_500)).toBe(1);
    expect(retryAfterSeconds(500, 17_000)).toBe(MAX_RETRY_AFTER_S);
  });

  it('without an estimate, or past it, is as long again as it has taken so far', () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(2_051)).toBe(3);
    expect(retryAfterSeconds(4_000, 3_000)).toBe(4);
    expect(retryAfterSeconds(60_000)).toBe(MAX_RETRY_AFTER_S);
  });
});

describe('PendingRead', () => {
  it('gives its value within the wait, or nothing while it runs on', async () => {
    let finish!: (v: number) => void;
    const read = new PendingRead(new Promise<number>((resolve) => (finish = resolve)));
    expect(await read.within(1)).toBeUndefined();
    const waiting = read.within(60_000);
    finish(7);
    expect(await waiting).toEqual({ value: 7 });
    expect(await read.within(0)).toEqual({ value: 7 });
  });

  it('keeps a failure no waiter received for the next request, once', async () => {
    let fail!: (e: Error) => void;
    const read = new PendingRead(new Promise<number>((_, reject) => (fail = reject)));
    expect(await read.within(1)).toBeUndefined();
    const error = new Error('read failed');
    fail(error);
    await read.promise.catch(() => undefined);
    expect(read.failed).toBe(true);
    expect(() => read.throwIfUnreported()).toThrow(error);
    expect(() => read.throwIfUnreported()).not.toThrow();
  });

  it('counts a failure a waiter received as reported', async () => {
    let fail!: (e: Error) => void;
    const read = new PendingRead(new Promise<number>((_, reject) => (fail = reject)));
    const waiting = read.within(60_000);
    fail(new Error('read failed'));
    await expect(waiting).rejects.toThrow('read failed');
    expect(() => read.throwIfUnreported()).not.toThrow();
  });
});
