import type { StoreContext } from './store-context';
import type { SlotUsage } from './store';
import { requireTime } from './validate';
import { statusIsPending } from './status-among';

/**
 * What the workers can take now. A slot leases one bundle at a time, and the trials of a
 * bundle share their lease time, so a worker's open leases grouped by start time are its busy
 * slots (at most its slots: a dying slot's leases may linger until they expire).
 */
export async function slotUsage(c: StoreContext, sinceDate: Date): Promise<SlotUsage> {
  const since = requireTime('since', sinceDate);
  return c.read(async (db) => {
    const workers = await db
      .selectFrom('workers as w')
      .leftJoin('attempts as a', (join) =>
        join.onRef('a.worker_id', '=', 'w.worker_id').on('a.outcome', 'is', null),
      )
      .select((eb) => [
        'w.worker_id',
        'w.slots',
        eb.fn.count<number>('a.started_at').distinct().as('bundles'),
      ])
      .where('w.last_seen_at', '>=', since)
      .where('w.state', '!=', 'drained')
      .groupBy(['w.worker_id', 'w.slots'])
      .execute();
    let slots = 0;
    let busy = 0;
    for (const w of workers) {
      slots += Number(w.slots);
      busy += Math.min(Number(w.slots), Number(w.bundles));
    }
    // Counted up to the slots only: more pending bundles than slots leave none free, and a
    // large grid's queue need not be scanned after each completion.
    const pending = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('trials')
          .select(['batch', 'n'])
          .distinct()
          .where(statusIsPending('status'))
          .limit(slots)
          .as('p'),
      )
      .select((eb) => eb.fn.countAll<number>().as('bundles'))
      .executeTakeFirst();
    return { slots, busy, pendingBundles: Number(pending?.bundles ?? 0) };
  });
}
