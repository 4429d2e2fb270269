import { openStore, type Store } from '@thresher/store';
import { gridSize, validateSweepSpec } from '@thresher/sweep';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SweepInserter } from './sweep-inserter';

describe('SweepInserter over a real SQLite store', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'thresher-inserter-'));
    store = await openStore(path.join(dir, 'queue.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks its pace between two chunks, with the time the chunk took', async () => {
    const spec = validateSweepSpec({
      name: 'big',
      grid: { n: { range: [8, 10] }, width: { range: [1, 40] }, seed: { range: [0, 24] } },
      fixed: { steps: 2, test_size: 10 },
    });
    const total = gridSize(spec);
    const paces: number[] = [];
    let chunks = 0;
    const inserter = new SweepInserter(store, {
      onChunk: () => chunks++,
      pace: async (ms) => {
        paces.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    const job = inserter.run(await store.beginSweepInsert({ name: 'big', spec, total }), spec);
    await job.finished;
    // 3 000 trials from a first chunk of 500: several chunks, a pace after each but the last.
    expect(chunks).toBeGreaterThan(1);
    expect(paces).toHaveLength(chunks - 1);
    for (const ms of paces) expect(ms).toBeGreaterThan(0);
    expect(await store.sweepCounts('big')).toMatchObject({ total, pending: total });
  });
});
