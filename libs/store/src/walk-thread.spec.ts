import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Connection } from './connect';
import { migrate } from './migrate';
import { openStore } from './open-store';
import type { Store } from './store';
import { StoreContext } from './store-context';
import { cancelSweep, retryFailed } from './sweep-cancel-ops';
import { freshLocation } from './test-support/databases';
import { grid } from './test-support/fixtures';
import { expectCountsMatchRecount } from './test-support/recount';
import { WalkThread, WalkThreadError } from './walk-thread';
import { join } from 'node:path';

const T0 = new Date('2026-01-01T00:00:00Z');

describe('cancel and retry walks on a thread of their own (SQLite)', () => {
  let location: string;
  let conn: Connection;
  let store: Store;
  let c: StoreContext;
  beforeEach(async () => {
    location = freshLocation('sqlite');
    conn = await connect(location, { backgroundWalks: true });
    await migrate(conn);
    c = new StoreContext(conn.db, conn.dialect, conn.location, conn.walks);
    store = await openStore(location);
    // More trials than a first chunk holds, some leased.
    const trials = grid(
      Array.from({ length: 30 }, (_, i) => 8 + i),
      Array.from({ length: 100 }, (_, i) => i),
    );
    await store.insertSweep({ name: 'wide', spec: {}, trials });
    await store.leaseTrials({ workerId: 'w', max: 10, leaseMs: 60_000, now: T0 });
  });
  afterEach(async () => {
    await store.close();
    await conn.close();
  });

  it('runs every chunk on the thread, counted as the loop counts them', async () => {
    const walks = conn.walks;
    expect(walks?.alive).toBe(true);
    expect(await cancelSweep(c, 'wide')).toBe(3000);
    const cancelChunks = walks?.chunksRun ?? 0;
    // A first chunk of 500 links, then larger ones: several chunks, and one that found the end.
    expect(cancelChunks).toBeGreaterThan(1);
    expect(await store.sweepCounts('wide')).toMatchObject({ cancelled: 3000, total: 3000 });
    expect(await retryFailed(c, 'wide')).toBe(3000);
    expect(walks?.chunksRun).toBeGreaterThan(cancelChunks + 1);
    expect(await store.sweepCounts('wide')).toMatchObject({ pending: 3000, total: 3000 });
    await expectCountsMatchRecount(store);
  });

  it('walks on the event loop when the thread has ended, and says so', async () => {
    // A thread whose file cannot be opened ends at once (a missing folder).
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    const broken = new WalkThread(join(location, 'missing', 'none.db'), 1000);
    const warning = await warned;
    expect(warning).toMatchObject({ code: 'THRESHER_WALK_THREAD' });
    expect(broken.alive).toBe(false);
    const onLoop = new StoreContext(conn.db, conn.dialect, conn.location, broken);
    expect(await cancelSweep(onLoop, 'wide')).toBe(3000);
    expect(broken.chunksRun).toBe(0);
    await expectCountsMatchRecount(store);
    await broken.close();
  });

  it('ends a walk when its store is closing, instead of walking on', async () => {
    const walks = conn.walks as WalkThread;
    await walks.close();
    const error = await cancelSweep(c, 'wide').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WalkThreadError);
    expect(error).toMatchObject({ closing: true });
    expect(walks.chunksRun).toBe(0);
  });
});
