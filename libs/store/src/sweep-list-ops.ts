import { sql, type Kysely } from 'kysely';
import type { Database, TrialStatus } from './schema';
import type { StoreContext } from './store-context';
import { hasKeptTable } from './kept-tables';
import type { SweepSummary, TrialCounts } from './store';
import { UnknownSweepError } from './errors';

function emptyCounts(): TrialCounts {
  return { pending: 0, leased: 0, done: 0, failed: 0, cancelled: 0, total: 0 };
}

/**
 * Every sweep (or the one named) with its counts and steps. What it reads does not grow with
 * the sweeps' sizes: counts come from `sweep_counts` (kept by triggers), running steps from
 * the open attempts. Rates are measured by the scheduler from successive reads.
 */
export async function listSweeps(c: StoreContext, only?: string): Promise<SweepSummary[]> {
  const counted = await hasKeptTable(c, 'sweep_counts');
  return c.read(async (db) => {
    const sweeps = await db
      .selectFrom('sweeps as s')
      .$if(counted, (q) => q.leftJoin('sweep_inserts as i', 'i.sweep_id', 's.id'))
      .select(['s.id', 's.name', 's.status', 's.created_at'])
      .$if(counted, (q) => q.select(sql<number | null>`i.total`.as('insert_total')))
      .$if(only !== undefined, (q) => q.where('s.name', '=', only as string))
      .orderBy('s.id')
      .execute();
    if (sweeps.length === 0) return [];
    const ids = sweeps.map((s) => s.id);
    const groups = counted ? await keptCounts(db, ids) : await recount(db, ids);
    // Steps of running trials, as their heartbeats last reported them: read from the open
    // attempts (the partial index on outcome IS NULL) towards the sweeps, never the other way
    // (a sweep's links are O(trials)). CROSS JOIN fixes that order in SQLite.
    const running = await sql<{ sweep_id: number; steps: number | string | null }>`
      SELECT st.sweep_id, sum(a.progress_step) AS steps
      FROM attempts a CROSS JOIN sweep_trials st
      WHERE a.outcome IS NULL AND st.trial_id = a.trial_id AND st.sweep_id IN (${sql.join(ids)})
      GROUP BY st.sweep_id
    `.execute(db);
    return sweeps.map((s) => {
      const counts = emptyCounts();
      let stepsDone = 0;
      let stepsTotal = 0;
      let stepsOpen = 0;
      for (const g of groups) {
        if (g.sweep_id !== s.id) continue;
        const count = Number(g.trials);
        const steps = Number(g.steps);
        counts[g.status] += count;
        counts.total += count;
        stepsTotal += steps;
        if (g.status === 'done') stepsDone += steps;
        if (g.status === 'pending' || g.status === 'leased') stepsOpen += steps;
      }
      const stepsRunning = Number(running.rows.find((r) => r.sweep_id === s.id)?.steps ?? 0);
      const insertTotal = (s as { insert_total?: number | null }).insert_total ?? null;
      const inserting = insertTotal !== null;
      return {
        name: s.name,
        status: s.status,
        createdAt: new Date(Number(s.created_at)),
        ...counts,
        inserting,
        expectedTrials: inserting ? Math.max(counts.total, Number(insertTotal)) : counts.total,
        stepsDone,
        stepsRunning,
        stepsOpen,
        stepsTotal,
      };
    });
  });
}

export async function sweepCounts(c: StoreContext, name: string): Promise<TrialCounts> {
  const [summary] = await listSweeps(c, name);
  if (summary === undefined) throw new UnknownSweepError(name);
  const { pending, leased, done, failed, cancelled, total } = summary;
  return { pending, leased, done, failed, cancelled, total };
}

type CountRow = {
  sweep_id: number;
  status: TrialStatus;
  trials: number | string;
  steps: number | string | null;
};

/** Summed over the shards (PostgreSQL connections add to a row each; SQLite has one). */
function keptCounts(db: Kysely<Database>, ids: number[]): Promise<CountRow[]> {
  return db
    .selectFrom('sweep_counts')
    .select((eb) => [
      'sweep_id',
      'status',
      eb.fn.sum<number | string>('trials').as('trials'),
      eb.fn.sum<number | string>('steps').as('steps'),
    ])
    .where('sweep_id', 'in', ids)
    .groupBy(['sweep_id', 'status'])
    .execute();
}

/**
 * Counted from the trials: a database from before 0011 opened read-only (read-only opens do not
 * migrate) has no `sweep_counts`. O(trials), as every read was then.
 */
function recount(db: Kysely<Database>, ids: number[]): Promise<CountRow[]> {
  return db
    .selectFrom('sweep_trials as st')
    .innerJoin('trials as t', 't.trial_id', 'st.trial_id')
    .select((eb) => [
      'st.sweep_id',
      't.status',
      eb.fn.countAll<number>().as('trials'),
      eb.fn.sum<number>('t.steps').as('steps'),
    ])
    .where('st.sweep_id', 'in', ids)
    .groupBy(['st.sweep_id', 't.status'])
    .execute();
}
