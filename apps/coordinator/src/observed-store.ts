import type { Store } from '@thresher/store';

/** Store methods that change what a status shows. */
const WRITES = new Set<string>([
  'insertSweep',
  'beginSweepInsert',
  'insertSweepChunk',
  'cancelSweep',
  'retryFailed',
  'upsertWorker',
  'touchWorker',
  'leaseTrials',
  'heartbeat',
  'completeAttempt',
  'completeAttempts',
  'failAttempt',
  'expireLeases',
  'releaseWorker',
]);

/** A write that changed nothing: no lease handed out, no lease expired. */
const changedNothing = (result: unknown) =>
  result === 0 || (Array.isArray(result) && result.length === 0);

/**
 * The same store, calling `onWrite` after each write that may have changed a sweep's or a
 * worker's status: the event source of live views (the status feed, the dashboard).
 */
export function observeWrites(store: Store, onWrite: () => void): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (typeof property !== 'string' || !WRITES.has(property)) return fn.bind(target);
      return async (...args: unknown[]) => {
        const result = await fn.apply(target, args);
        if (!changedNothing(result)) onWrite();
        return result;
      };
    },
  });
}
