import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@thresher/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeWrites } from './observed-store';

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-observed-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(path.join(dir, 'o.db'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('observeWrites', () => {
  it('announces writes that change something, not reads or writes that changed nothing', async () => {
    let writes = 0;
    const observed = observeWrites(store, () => writes++);
    expect(observed.dialect).toBe('sqlite');
    await observed.listSweeps();
    await observed.listWorkers();
    expect(writes).toBe(0);
    const now = new Date();
    await observed.upsertWorker(
      { workerId: 'w', host: 'h', cores: 1, backend: 'cpu', version: 'v' },
      now,
    );
    expect(writes).toBe(1);
    // Nothing to lease, nothing expired: no change to announce.
    expect(await observed.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now })).toEqual([]);
    expect(await observed.expireLeases(now, 3)).toBe(0);
    expect(writes).toBe(1);
    await observed.touchWorker('w', now, 'idle');
    expect(writes).toBe(2);
    // A failed write announces nothing and still throws.
    await expect(observed.cancelSweep('nope')).rejects.toThrow(/nope/);
    expect(writes).toBe(2);
  });
});
