import type { StoreContext } from './store-context';
import type { WorkerInfo, WorkerQuery, WorkerRecord } from './store';
import { requirePositiveInteger, requireText, requireTime } from './validate';

export async function upsertWorker(
  c: StoreContext,
  worker: WorkerInfo,
  nowDate: Date,
): Promise<void> {
  const workerId = requireText('workerId', worker?.workerId);
  const host = requireText('host', worker.host);
  const cores = requirePositiveInteger('cores', worker.cores, 1_000_000);
  const slots = requirePositiveInteger('slots', worker.slots ?? 1, 1_000_000);
  const backend = requireText('backend', worker.backend);
  const version = requireText('version', worker.version);
  const now = requireTime('now', nowDate);
  const secret =
    worker.secretHash === undefined
      ? {}
      : { secret_hash: requireText('secretHash', worker.secretHash, 128) };
  await c.tx((db) =>
    db
      .insertInto('workers')
      .values({
        worker_id: workerId,
        host,
        cores,
        slots,
        backend,
        version,
        state: 'idle',
        registered_at: now,
        last_seen_at: now,
        ...secret,
      })
      .onConflict((oc) =>
        oc.column('worker_id').doUpdateSet({
          host,
          cores,
          slots,
          backend,
          version,
          state: 'idle',
          last_seen_at: now,
          ...secret,
        }),
      )
      .execute(),
  );
}

/** The worker's secret hash: null when it has none, undefined when the id is unknown. */
export async function workerSecretHash(
  c: StoreContext,
  workerIdInput: string,
): Promise<string | null | undefined> {
  const workerId = requireText('workerId', workerIdInput);
  const row = await c.read((db) =>
    db
      .selectFrom('workers')
      .select('secret_hash')
      .where('worker_id', '=', workerId)
      .executeTakeFirst(),
  );
  return row === undefined ? undefined : row.secret_hash;
}

export async function touchWorker(
  c: StoreContext,
  workerIdInput: string,
  nowDate: Date,
  state?: string,
): Promise<void> {
  const workerId = requireText('workerId', workerIdInput);
  const now = requireTime('now', nowDate);
  const newState = state === undefined ? undefined : requireText('state', state, 100);
  await c.tx((db) =>
    db
      .updateTable('workers')
      .set({ last_seen_at: now, ...(newState !== undefined ? { state: newState } : {}) })
      .where('worker_id', '=', workerId)
      .execute(),
  );
}

export async function countWorkers(c: StoreContext, seenSince: Date): Promise<number> {
  const since = requireTime('seenSince', seenSince);
  const row = await c.read((db) =>
    db
      .selectFrom('workers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('last_seen_at', '>=', since)
      .executeTakeFirst(),
  );
  return Number(row?.n ?? 0);
}

export async function listWorkers(
  c: StoreContext,
  query: WorkerQuery = {},
): Promise<WorkerRecord[]> {
  const since =
    query.seenSince === undefined ? undefined : requireTime('seenSince', query.seenSince);
  const after = query.after === undefined ? undefined : requireText('after', query.after);
  const limit =
    query.limit === undefined ? undefined : requirePositiveInteger('limit', query.limit, 1_000_000);
  return c.read(async (db) => {
    const rows = await db
      .selectFrom('workers as w')
      .selectAll('w')
      .$if(since !== undefined, (q) => q.where('w.last_seen_at', '>=', since as number))
      .$if(after !== undefined, (q) => q.where('w.worker_id', '>', after as string))
      .$if(limit !== undefined, (q) => q.limit(limit as number))
      .select((eb) =>
        eb
          .selectFrom('attempts as a')
          .select((ab) => ab.fn.countAll<number>().as('n'))
          .whereRef('a.worker_id', '=', 'w.worker_id')
          .where('a.outcome', 'is', null)
          .as('leased'),
      )
      .select((eb) =>
        eb
          .selectFrom('results as r')
          .select((rb) => rb.fn.countAll<number>().as('n'))
          .whereRef('r.worker_id', '=', 'w.worker_id')
          .as('completed'),
      )
      .orderBy('w.worker_id')
      .execute();
    return rows.map((r) => ({
      workerId: r.worker_id,
      host: r.host,
      cores: Number(r.cores),
      slots: Number(r.slots),
      backend: r.backend,
      version: r.version,
      state: r.state,
      registeredAt: new Date(Number(r.registered_at)),
      lastSeenAt: new Date(Number(r.last_seen_at)),
      leased: Number(r.leased ?? 0),
      completed: Number(r.completed ?? 0),
    }));
  });
}
