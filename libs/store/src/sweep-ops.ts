import type { Kysely } from 'kysely';
import { batchCompatibilityKey, batchKeyHash, trialFlops, type TrialParams } from '@thresher/sweep';
import type { Database, SweepTrialsTable, TrialsTable } from './schema';
import { bulkInsert } from './bulk-insert';
import type { StoreContext } from './store-context';
import type { InsertSweepResult, NewSweep, SweepRecord } from './store';
import { chunkRows } from './chunk';
import { PARAM_COLUMNS, paramsToColumns } from './param-columns';
import { InvalidInputError } from './errors';
import { requireText, validateTrial } from './validate';
import { recordRounds, validateRounds } from './search-round-ops';
import { statusAmong } from './status-among';

/** Column order of the trial rows below (the bulk insert binds parameters in this order). */
const TRIAL_COLUMNS = [
  'trial_id', ...PARAM_COLUMNS, 'batch', 'cost', 'status',
  'attempts', 'last_error', 'current_attempt_id', 'seq', 'created_at', 'updated_at',
] as const satisfies readonly (keyof TrialsTable)[]; // prettier-ignore

function trialRow(trialId: string, params: TrialParams, seq: number, now: number): TrialsTable {
  return {
    trial_id: trialId,
    ...paramsToColumns(params),
    batch: batchKeyHash(batchCompatibilityKey(params)),
    cost: trialFlops(params),
    status: 'pending',
    attempts: 0,
    last_error: null,
    current_attempt_id: null,
    seq,
    created_at: now,
    updated_at: now,
  };
}

/** Validated trials of a call, first occurrence of each id kept, in order. */
export function uniqueTrials(trials: NewSweep['trials']): Map<string, TrialParams> {
  if (!Array.isArray(trials)) throw new InvalidInputError('trials', 'must be an array');
  const unique = new Map<string, TrialParams>();
  trials.forEach((trial, i) => {
    validateTrial(trial, i);
    if (!unique.has(trial.trialId)) unique.set(trial.trialId, trial.params);
  });
  return unique;
}

/**
 * The sweep named, created (active) when new; a cancelled sweep is made active again. Runs
 * inside a transaction that holds the sweep-membership lock.
 */
export async function sweepForInsert(
  db: Kysely<Database>,
  name: string,
  spec: string,
  now: number,
): Promise<number> {
  const sweep = await db
    .selectFrom('sweeps')
    .select(['id', 'status'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (sweep === undefined) {
    const created = await db
      .insertInto('sweeps')
      .values({ name, spec, status: 'active', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  if (sweep.status === 'cancelled') {
    await db.updateTable('sweeps').set({ status: 'active' }).where('id', '=', sweep.id).execute();
  }
  return sweep.id;
}

/**
 * Inserts the trials whose id is new (ON CONFLICT DO NOTHING), links them all to the sweep
 * after its last position, and puts back in the queue those cancelled with an earlier sweep
 * (this one wants them). Returns how many trials were new. Inside the membership lock.
 */
export async function storeSweepTrials(
  c: StoreContext,
  db: Kysely<Database>,
  sweepId: number,
  trials: ReadonlyMap<string, TrialParams>,
  now: number,
): Promise<number> {
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
  const ids = [...trials.keys()];
  const rows = ids.map((id, i) => trialRow(id, trials.get(id) as TrialParams, seqBase + i, now));
  const links = ids.map((id, i) => ({
    sweep_id: sweepId,
    trial_id: id,
    position: positionBase + i,
  }));
  const inserted = await insertRows(c, db, rows, links);
  // Trials cancelled with an earlier sweep are wanted again by this one.
  for (const batch of chunkRows(ids, 1, c.dialect.maxParameters, 5000)) {
    await db
      .updateTable('trials')
      .set({ status: 'pending', attempts: 0, updated_at: now })
      .where(statusAmong('status', ['cancelled']))
      .where('trial_id', 'in', batch)
      .execute();
  }
  return inserted;
}

async function insertRows(
  c: StoreContext,
  db: Kysely<Database>,
  rows: TrialsTable[],
  links: SweepTrialsTable[],
): Promise<number> {
  let inserted = 0;
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
    return inserted;
  }
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
    chunkRows(links, 3, c.dialect.maxParameters, 5000) as unknown as Record<string, unknown>[][],
    ['sweep_id', 'trial_id', 'position'],
    (batch) =>
      db
        .insertInto('sweep_trials')
        .values(batch as unknown as SweepTrialsTable[])
        .onConflict((oc) => oc.columns(['sweep_id', 'trial_id']).doNothing()),
  );
  return inserted;
}

/**
 * Idempotent: the sweep row is created once, trials are inserted only when their id is
 * new (ON CONFLICT DO NOTHING) and linked to the sweep. Re-submitting a cancelled sweep
 * makes it active again and puts its cancelled trials back in the queue. One transaction:
 * for the grids too large for that, see sweep-insert-ops.ts.
 */
export async function insertSweep(c: StoreContext, input: NewSweep): Promise<InsertSweepResult> {
  const name = requireText('name', input?.name, 200);
  const unique = uniqueTrials(input.trials);
  const spec = JSON.stringify(input.spec ?? null);
  const rounds = validateRounds(input.rounds);
  const now = Date.now();

  const result = await c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const sweepId = await sweepForInsert(db, name, spec, now);
    await recordRounds(db, { id: sweepId, name }, rounds, now);
    const inserted = await storeSweepTrials(c, db, sweepId, unique, now);
    return { sweepId, inserted, existing: unique.size - inserted, total: unique.size };
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
