import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Connection } from './connect';
import { CheckpointThread, SAFETY_CHECKPOINT_PAGES } from './checkpoint-thread';

describe('checkpoints on a thread of their own (SQLite)', () => {
  let dir: string;
  let open: Connection[] = [];
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'thresher-checkpoint-'));
    open = [];
  });
  afterEach(async () => {
    for (const c of open) await c.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const connectTo = async (backgroundCheckpoints: boolean) => {
    const c = await connect(path.join(dir, 'c.db'), { backgroundCheckpoints });
    open.push(c);
    return c;
  };
  const autocheckpoint = async (c: Connection) =>
    (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(c.db)).rows[0]
      ?.wal_autocheckpoint;

  it('copies what the main connection commits into the database while it goes on writing', async () => {
    const c = await connectTo(true);
    // The main connection keeps only a distant safety net of its own.
    expect(await autocheckpoint(c)).toBe(SAFETY_CHECKPOINT_PAGES);
    await sql`create table blobs (id integer primary key, b blob)`.execute(c.db);
    for (let i = 0; i < 5; i++) {
      await sql`insert into blobs (b) select randomblob(4000) from (
        with recursive k(n) as (select 1 union all select n + 1 from k where n < 500) select n from k)`.execute(
        c.db,
      );
    }
    // Waits for the event (a checkpoint that copied every frame of a WAL holding our writes);
    // the deadline is only a backstop.
    const deadline = Date.now() + 30_000;
    const done = () => {
      const t = c.checkpoints?.last;
      return t !== undefined && t.frames > 500 && t.checkpointed === t.frames;
    };
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(c.checkpoints?.lastError).toBeUndefined();
    expect(done()).toBe(true);
    const count = await sql<{ n: number }>`select count(*) as n from blobs`.execute(c.db);
    expect(Number(count.rows[0]?.n)).toBe(2_500);
  });

  it('is not started unless asked, and stops with the connection', async () => {
    const plain = await connectTo(false);
    expect(plain.checkpoints).toBeUndefined();
    expect(await autocheckpoint(plain)).toBe(10_000);
    await plain.close();
    const c = await connect(path.join(dir, 'c.db'), { backgroundCheckpoints: true });
    await c.close();
    // Closing again (the thread already gone) returns at once.
    await c.checkpoints?.close();
  });

  it('says so once when the thread ends by itself, so the connection checkpoints again', async () => {
    const ended: string[] = [];
    const thread = new CheckpointThread(path.join(dir, 'missing.db'), (e) => ended.push(e));
    // Waits for the event (the thread could not open the file and ended).
    const deadline = Date.now() + 30_000;
    while (ended.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(ended).toHaveLength(1);
    expect(ended[0]).toBeTypeOf('string');
    await thread.close();
    expect(ended).toHaveLength(1);
  });
});
