import { parentPort, workerData } from 'node:worker_threads';
import { sql } from 'kysely';
import { connect } from './connect';
import { StoreError } from './errors';
import { StoreContext } from './store-context';
import { walkChunk } from './walk-chunk';
import type { WalkReply, WalkRequest } from './walk-thread-protocol';

/**
 * The walk thread (`WalkThread`): a connection of its own to the SQLite file, running the
 * chunks it is sent one at a time, each in a write transaction of its own. The main thread
 * holds the file's in-process lock (`withFileLock`) while a chunk runs here, so this
 * connection never waits for the coordinator's; another process's lock, it waits for here,
 * beside the event loop.
 */
async function serve(path: string, checkpointPages: number): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const reply = (m: WalkReply) => port.postMessage(m);
  let connection;
  try {
    connection = await connect(path);
    // The coordinator's checkpoint setting: with a checkpoint thread, a commit here must not
    // checkpoint (copy and fsync) while the coordinator's writes wait for this chunk.
    const pages = Math.trunc(checkpointPages);
    await sql.raw(`PRAGMA wal_autocheckpoint = ${pages}`).execute(connection.db);
  } catch (error) {
    await connection?.close().catch(() => undefined);
    reply({ fatal: error instanceof Error ? error.message : String(error) });
    port.close();
    return;
  }
  const c = new StoreContext(connection.db, connection.dialect, connection.location);
  let queue = Promise.resolve();
  port.on('message', (m: WalkRequest) => {
    queue = queue.then(async () => {
      if (m === 'stop') {
        await connection.close();
        port.close();
        return;
      }
      try {
        const result = await c.tx((db) => walkChunk(db, c.dialect, m.step));
        reply({ id: m.id, result: result ?? null });
      } catch (error) {
        // The store error's code, and what it wraps (the main side makes its own error of it).
        const code = error instanceof StoreError ? error.code : undefined;
        const inner =
          error instanceof StoreError && error.cause instanceof Error ? error.cause : error;
        const message = inner instanceof Error ? inner.message : String(inner);
        reply({ id: m.id, failure: { code, message } });
      }
    });
  });
}

const data = workerData as { path: string; checkpointPages: number };
void serve(data.path, data.checkpointPages);
