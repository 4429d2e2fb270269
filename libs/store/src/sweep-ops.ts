import { sql } from 'kysely';
import { batchCompatibilityKey, trialFlops, type TrialParams } from '@thresher/sweep';
import type { SweepTrialsTable, TrialsTable } from './schema';
import { bulkInsert } from './bulk-insert';
import type { StoreContext } from './store-context';
import type { InsertSweepResult, NewSweep, SweepRecord, SweepSummary, TrialCounts } from './store';
import { chunkRows } from './chunk';
import { PARAM_COLUMNS, paramsToColumns } from './param-columns';
import { InvalidInputError, UnknownSweepError } from './errors';
import { requireText, validateTrial } from './validate';
import { recordRounds, validateRounds } from './search-round-ops';
import { sweepIdOf } from './sweep-id';

/** Column order of the trial rows below (the bulk insert binds parameters in this order). */
const TRIAL_COLUMNS = [
  'trial_id', ...PARAM_COLUMNS, 'params', 'batch_key', 'cost', 'status',
  'attempts', 'last_error', 'current_attempt_id', 'seq', 'created_at', 'updated_at',
] as const satisfies readonly (keyof TrialsTable)[]; // prettier-ignore

function trialRow(
  trialId: string,
  trial: { params: TrialParams; json: string },
  seq: number,
  now: number,
): TrialsTable {
  return {
    trial_id: trialId,
    ...paramsToColumns(trial.params),
    params: trial.json,
    batch_key: batchCompatibilityKey(trial.params),
    cost: trialFlops(trial.params),
    status: 'pending',
    attempts: 0,
    last_error: null,
    current_attempt_id: null,
    seq,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Idempotent: the sweep row is created once, trials are inserted only when their id is
 * new (ON CONFLICT DO NOTHING) and linked to the sweep. Re-submitting a cancelled sweep
 * makes it active again and puts its cancelled trials back in the queue.
 */
export async function insertSweep(c: StoreContext, input: NewSweep): Promise<InsertSweepResult> {
  const name = requireText('name', input?.name, 200);
  if (!Array.isArray(input.trials)) throw new InvalidInputError('trials', 'must be an array');
  const spec = JSON.stringify(input.spec ?? null);
  const unique = new Map<string, { params: TrialParams; json: string }>();
  input.trials.forEach((trial, i) => {
    const json = validateTrial(trial, i);
    if (!unique.has(trial.trialId)) unique.set(trial.trialId, { params: trial.params, json });
  });
  const rounds = validateRounds(input.rounds);
  const now = Date.now();

  const result = await c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    let sweep = await db
      .selectFrom('sweeps')
      .select(['id', 'status'])
      .where('name', '=', name)
      .executeTakeFirst();
    if (sweep === undefined) {
      const created = await db
        .insertInto('sweeps')
        .values({
          name,
          spec,
          status: 'active',
          created_at: now,
        })
        .returning(['id', 'status'])
        .executeTakeFirstOrThrow();
      sweep = created;
    } else if (sweep.status === 'cancelled') {
      await db.updateTable('sweeps').set({ status: 'active' }).where('id', '=', sweep.id).execute();
    }
    const sweepId = sweep.id;
    await recordRounds(db, { id: sweepId, name }, rounds, now);

    const bounds = await db
      .selectFrom('trials')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const position = await db
      .selectFrom('sweep_trials')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('sweep_id', '=', sweepId)
      .executeTakeFirst();
    const seqBase = Number(bounds?.seq ?? 0) + 1;
    const positionBase = Number(position?.position ?? -1) + 1;

    const entries = [...unique.entries()];
    let inserted = 0;
    const rows = entries.map(([id, trial], i) => trialRow(id, trial, seqBase + i, now));
    const links = entries.map(([id], i) => ({
      sweep_id: sweepId,
      trial_id: id,
      position: positionBase + i,
    }));
    if (c.dialect.name === 'postgres') {
      for (const batch of chunkRows(rows, 1, Number.MAX_SAFE_INTEGER, 10_000)) {
        const result = await db
          .insertInto('trials')
          .expression(c.dialect.rowsFromJson('trials', batch))
          .onConflict((oc) => oc.column('trial_id').doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      for (const batch of chunkRows(links, 1, Number.MAX_SAFE_INTEGER, 20_000)) {
        await db
          .insertInto('sweep_trials')
          .expression(c.dialect.rowsFromJson('sweep_trials', batch))
          .onConflict((oc) => oc.columns(['sweep_id', 'trial_id']).doNothing())
          .execute();
      }
    } else {
      inserted += await bulkInsert(
        db,
        chunkRows(rows, TRIAL_COLUMNS.length, c.dialect.maxParameters) as unknown as Record<
          string,
          unknown
        >[][],
        TRIAL_COLUMNS,
        (batch) =>
          db
            .insertInto('trials')
            .values(batch as unknown as TrialsTable[])
            .onConflict((oc) => oc.column('trial_id').doNothing()),
      );
      await bulkInsert(
        db,
        chunkRows(links, 3, c.dialect.maxParameters, 5000),
        ['sweep_id', 'trial_id', 'position'],
        (batch) =>
          db
            .insertInto('sweep_trials')
            .values(batch as unknown as SweepTrialsTable[])
            .onConflict((oc) => oc.columns(['sweep_id', 'trial_id']).doNothing()),
      );
    }
    // Trials cancelled with an earlier sweep are wanted again by this one.
    await db
      .updateTable('trials')
      .set({ status: 'pending', attempts: 0, updated_at: now })
      .where('status', '=', 'cancelled')
      .where('trial_id', 'in', (eb) =>
        eb.selectFrom('sweep_trials').select('trial_id').where('sweep_id', '=', sweepId),
      )
      .execute();
    return { sweepId, inserted, existing: entries.length - inserted, total: entries.length };
  });
  if (result.inserted >= 1000) {
    await c.read((db) => c.dialect.refreshStatistics(db, ['trials', 'sweep_trials', 'sweeps']));
  }
  return result;
}

export async function getSweep(c: StoreContext, name: string): Promise<SweepRecord | undefined> {
  const row = await c.read((db) =>
    db.selectFrom('sweeps').selectAll().where('name', '=', name).executeTakeFirst(),
  );
  if (row === undefined) return undefined;
  return {
    id: row.id,
    name: row.name,
    spec: JSON.parse(row.spec) as unknown,
    status: row.status,
    createdAt: new Date(Number(row.created_at)),
  };
}

function emptyCounts(): TrialCounts {
  return { pending: 0, leased: 0, done: 0, failed: 0, cancelled: 0, total: 0 };
}

export async function listSweeps(c: StoreContext, only?: string): Promise<SweepSummary[]> {
  const now = Date.now();
  return c.read(async (db) => {
    const sweeps = await db
      .selectFrom('sweeps')
      .select(['id', 'name', 'status', 'created_at'])
      .$if(only !== undefined, (q) => q.where('name', '=', only as string))
      .orderBy('id')
      .execute();
    if (sweeps.length === 0) return [];
    const ids = sweeps.map((s) => s.id);
    const groups = await db
      .selectFrom('sweep_trials as st')
      .innerJoin('trials as t', 't.trial_id', 'st.trial_id')
      .select((eb) => [
        'st.sweep_id',
        't.status',
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number>('t.steps').as('steps'),
      ])
      .where('st.sweep_id', 'in', ids)
      .groupBy(['st.sweep_id', 't.status'])
      .execute();
    const recent = await db
      .selectFrom('results as r')
      .innerJoin('sweep_trials as st', 'st.trial_id', 'r.trial_id')
      .select((eb) => ['st.sweep_id', eb.fn.countAll<number>().as('count')])
      .where('st.sweep_id', 'in', ids)
      .where('r.recorded_at', '>=', now - 60_000)
      .groupBy('st.sweep_id')
      .execute();
    // Steps of running trials, as their heartbeats last reported them.
    const running = await db
      .selectFrom('attempts as a')
      .innerJoin('sweep_trials as st', 'st.trial_id', 'a.trial_id')
      .select((eb) => ['st.sweep_id', eb.fn.sum<number>('a.progress_step').as('steps')])
      .where('st.sweep_id', 'in', ids)
      .where('a.outcome', 'is', null)
      .groupBy('st.sweep_id')
      .execute();
    return sweeps.map((s) => {
      const counts = emptyCounts();
      let stepsDone = 0;
      let stepsTotal = 0;
      let stepsOpen = 0;
      for (const g of groups) {
        if (g.sweep_id !== s.id) continue;
        const count = Number(g.count);
        counts[g.status] += count;
        counts.total += count;
        stepsTotal += Number(g.steps ?? 0);
        if (g.status === 'done') stepsDone += Number(g.steps ?? 0);
        if (g.status === 'pending' || g.status === 'leased') stepsOpen += Number(g.steps ?? 0);
      }
      const doneLastMinute = Number(recent.find((r) => r.sweep_id === s.id)?.count ?? 0);
      const stepsRunning = Number(running.find((r) => r.sweep_id === s.id)?.steps ?? 0);
      return {
        name: s.name,
        status: s.status,
        createdAt: new Date(Number(s.created_at)),
        ...counts,
        doneLastMinute,
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

/**
 * Cancels the sweep's pending and leased trials, except those another active sweep
 * still wants (shared trials). Open leases of cancelled trials end as 'cancelled', so
 * their workers are told to stop at the next heartbeat.
 */
export async function cancelSweep(c: StoreContext, name: string): Promise<number> {
  const now = Date.now();
  return c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const sweepId = await sweepIdOf(db, name);
    await db.updateTable('sweeps').set({ status: 'cancelled' }).where('id', '=', sweepId).execute();
    const victims = db
      .selectFrom('sweep_trials as st')
      .innerJoin('trials as t', 't.trial_id', 'st.trial_id')
      .select('t.trial_id')
      .where('st.sweep_id', '=', sweepId)
      .where('t.status', 'in', ['pending', 'leased'])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('sweep_trials as o')
              .innerJoin('sweeps as s', 's.id', 'o.sweep_id')
              .select(sql.lit(1).as('one'))
              .whereRef('o.trial_id', '=', 't.trial_id')
              .where('s.status', '=', 'active'),
          ),
        ),
      );
    const ids = (await victims.execute()).map((r) => r.trial_id);
    let cancelled = 0;
    for (const batch of chunkRows(ids, 1, c.dialect.maxParameters, 5000)) {
      await db
        .updateTable('attempts')
        .set({ outcome: 'cancelled', ended_at: now, error: 'sweep cancelled' })
        .where('outcome', 'is', null)
        .where('trial_id', 'in', batch)
        .execute();
      const result = await db
        .updateTable('trials')
        .set({ status: 'cancelled', updated_at: now })
        .where('trial_id', 'in', batch)
        .where('status', 'in', ['pending', 'leased'])
        .executeTakeFirst();
      cancelled += Number(result.numUpdatedRows);
    }
    return cancelled;
  });
}

/** Failed and cancelled trials of the sweep go back to the queue with a fresh attempt budget. */
export async function retryFailed(c: StoreContext, name: string): Promise<number> {
  const now = Date.now();
  return c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const sweepId = await sweepIdOf(db, name);
    await db.updateTable('sweeps').set({ status: 'active' }).where('id', '=', sweepId).execute();
    const result = await db
      .updateTable('trials')
      .set({ status: 'pending', attempts: 0, updated_at: now })
      .where('status', 'in', ['failed', 'cancelled'])
      .where('trial_id', 'in', (eb) =>
        eb.selectFrom('sweep_trials').select('trial_id').where('sweep_id', '=', sweepId),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}
