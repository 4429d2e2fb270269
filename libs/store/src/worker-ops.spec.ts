import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import type { Store } from './store';
import { DIALECTS, freshLocation } from './test-support/databases';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(DIALECTS)('workers: live, retired, paged, with credentials on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
    // w0..w4 seen at 0, 1000, ..., 4000 ms.
    for (let i = 0; i < 5; i++) {
      await store.upsertWorker(
        {
          workerId: `w${i}`,
          host: 'h',
          cores: 1,
          backend: 'cpu',
          version: 'v',
          secretHash: 'ab'.repeat(32),
        },
        at(i * 1000),
      );
    }
  });
  afterEach(async () => {
    await store.close();
  });

  const ids = async (query: Parameters<Store['listWorkers']>[0]) =>
    (await store.listWorkers(query)).map((w) => w.workerId);

  it('lists the live ones, a page at a time, and keeps the retired as history', async () => {
    expect(await store.countWorkers(at(2000))).toBe(3);
    expect(await ids({ seenSince: at(2000) })).toEqual(['w2', 'w3', 'w4']);
    expect(await ids({ seenSince: at(0), limit: 2 })).toEqual(['w0', 'w1']);
    expect(await ids({ seenSince: at(0), limit: 2, after: 'w1' })).toEqual(['w2', 'w3']);
    expect(await ids({ seenSince: at(0), limit: 2, after: 'w3' })).toEqual(['w4']);
    // Everything is still there.
    expect(await ids({})).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
    // A retired worker that is seen again is live again.
    await store.touchWorker('w0', at(9000));
    expect(await ids({ seenSince: at(5000) })).toEqual(['w0']);
  });

  it('keeps only the hash of a secret, and tells an unknown id from one without', async () => {
    expect(await store.workerSecretHash('w1')).toBe('ab'.repeat(32));
    expect(await store.workerSecretHash('nobody')).toBeUndefined();
    await store.upsertWorker(
      { workerId: 'old', host: 'h', cores: 1, backend: 'cpu', version: 'v' },
      at(0),
    );
    expect(await store.workerSecretHash('old')).toBeNull();
    expect(JSON.stringify(await store.listWorkers())).not.toContain('ab'.repeat(32));
  });
});
