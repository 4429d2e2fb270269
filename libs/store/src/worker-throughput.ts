import type { StoreContext } from './store-context';
import type { WorkerThroughput } from './store';
import { requireTime } from './validate';

/** Trials and trial-steps each worker has completed since `since` (results recorded then). */
export async function workerThroughput(
  c: StoreContext,
  sinceDate: Date,
): Promise<WorkerThroughput[]> {
  const since = requireTime('since', sinceDate);
  const rows = await c.read((db) =>
    db
      .selectFrom('results as r')
      .innerJoin('trials as t', 't.trial_id', 'r.trial_id')
      .select((eb) => [
        'r.worker_id',
        eb.fn.countAll<number>().as('trials'),
        eb.fn.sum<number>('t.steps').as('steps'),
      ])
      .where('r.recorded_at', '>=', since)
      .groupBy('r.worker_id')
      .orderBy('r.worker_id')
      .execute(),
  );
  return rows.map((r) => ({
    workerId: r.worker_id,
    trials: Number(r.trials),
    steps: Number(r.steps ?? 0),
  }));
}
