import { parentPort, workerData } from 'node:worker_threads';
import { connect } from './connect';
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
async function serve(path: string): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const reply = (m: WalkReply) => port.postMessage(m);
  let connection;
  try {
    connection = await connect(path);
  } catch (error) {
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
        reply({ id: m.id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}

void serve((workerData as { path: string }).path);
