import { sql, type Kysely, type RawBuilder } from 'kysely';
import { paramDef, type ParamName } from '@thresher/sweep';
import { statusAmong } from './status-among';
import { GROUP_COLUMNS, cellRows, num } from './sweep-cells';
import { hasKeptTable } from './kept-tables';
import { sweepIdOf } from './sweep-id';
import type { StoreContext } from './store-context';
import { TRIAL_STATUSES, type Database } from './schema';
import type {
  GroupParamValue,
  SweepThresholdData,
  ThresholdDataOptions,
  ThresholdNAggregate,
} from './store';
import { requireText } from './validate';

/** A column value as its parameter's type (drivers hand back 0/1, bigint strings...). */
function paramValue(name: ParamName, raw: unknown): GroupParamValue {
  const kind = paramDef(name).kind;
  if (kind === 'bool') return Number(raw) === 1;
  if (kind === 'enum') return String(raw);
  return Number(raw);
}

/**
 * What a live view of the optimization threshold needs: per group and n, counts by status and
 * the moments of interp_ratio (the cells kept in `sweep_cells`); the interp_ratio of each done
 * trial (or of a subsample of seeds) as (group, n, seed, value), for the bootstrap over seeds;
 * and, when asked, interp_ratio(t) at the steps `curveSteps` chooses. The per-trial queries
 * select only the group columns that vary.
 */
export async function sweepThresholdData(
  c: StoreContext,
  sweepInput: string,
  options: ThresholdDataOptions = {},
): Promise<SweepThresholdData> {
  const sweep = requireText('sweep', sweepInput, 200);
  return c.read(async (db) => {
    const sweepId = await sweepIdOf(db, sweep);
    const kept = await hasKeptTable(c, 'sweep_cells');
    const cells = await cellRows(db, sweepId, kept);
    const byKey = new Map<
      string,
      { params: Record<string, GroupParamValue>; byN: Map<number, ThresholdNAggregate> }
    >();
    const keyOf = (row: Record<string, unknown>, names: readonly ParamName[]) =>
      names.map((name) => String(paramValue(name, row[name]))).join('\u0001');
    for (const row of cells) {
      const key = keyOf(row, GROUP_COLUMNS);
      let group = byKey.get(key);
      if (!group) {
        const params: Record<string, GroupParamValue> = {};
        for (const name of GROUP_COLUMNS) params[name] = paramValue(name, row[name]);
        group = { params, byN: new Map() };
        byKey.set(key, group);
      }
      const n = Number(row['n']);
      let cell = group.byN.get(n);
      if (!cell) {
        cell = {
          n,
          pending: 0,
          leased: 0,
          done: 0,
          failed: 0,
          cancelled: 0,
          unconverged: 0,
          ratioCount: 0,
          ratioSum: 0,
          ratioSumSq: 0,
        };
        group.byN.set(n, cell);
      }
      for (const status of TRIAL_STATUSES) cell[status] += num(row[status]);
      cell.unconverged += num(row['unconverged']);
      cell.ratioCount += num(row['ratio_count']);
      cell.ratioSum += num(row['ratio_sum']);
      cell.ratioSumSq += num(row['ratio_sum_sq']);
    }
    const groups = [...byKey.values()].map((g) => ({
      params: g.params,
      byN: [...g.byN.values()].sort((a, b) => a.n - b.n),
    }));

    // A very large sweep sends a subsample of its seeds (every stride-th), not every trial.
    let most = 0;
    for (const g of groups) for (const cell of g.byN) most = Math.max(most, cell.ratioCount);
    const maxSeeds = options.maxSeeds;
    const seedStride =
      maxSeeds !== undefined && maxSeeds > 0 && most > maxSeeds ? Math.ceil(most / maxSeeds) : 1;
    let sweepTrials = 0;
    for (const g of groups) for (const cell of g.byN) sweepTrials += cellTotal(cell);
    const bySeedIndex =
      seedStride > 1 && kept && (await seedIndexPays(db, sweepTrials, seedStride));
    const doneTrials = sweepDoneTrials(sweepId, seedStride, bySeedIndex);

    // Only the columns that tell groups apart travel with each point.
    const varying = GROUP_COLUMNS.filter(
      (name) => new Set(groups.map((g) => String(g.params[name]))).size > 1,
    );
    const index = new Map(groups.map((g, i) => [keyOf(g.params, varying), i]));
    const pointCols = varying.map((name) => sql.ref(`t.${name}`));
    const rows = await sql<Record<string, unknown>>`
      SELECT ${sql.join([...pointCols, sql.ref('t.n'), sql.ref('t.seed'), sql.ref('r.interp_ratio')])}
      FROM ${doneTrials.from} CROSS JOIN results r
      WHERE ${doneTrials.where} AND r.trial_id = t.trial_id AND r.interp_ratio IS NOT NULL
    `.execute(db);
    const points = rows.rows.map((row) => ({
      group: index.get(keyOf(row, varying)) ?? 0,
      n: Number(row['n']),
      seed: Number(row['seed']),
      y: Number(row['interp_ratio']),
    }));
    const steps = [...new Set(options.curveSteps?.(groups) ?? [])].filter(Number.isInteger);
    const stride = options.maxSeeds !== undefined ? { seedStride } : {};
    if (!options.curveSteps) return { sweep, groups, points, ...stride };
    if (steps.length === 0) return { sweep, groups, points, curvePoints: [], ...stride };
    // The ratios of the trial_curve_ratios view at the chosen steps only (about 20 per group).
    const curveRows = await sql<Record<string, unknown>>`
      SELECT ${sql.join([...pointCols, sql.ref('t.n'), sql.ref('t.seed'), sql.ref('c.step'), sql.ref('c.interp_ratio')])}
      FROM ${doneTrials.from} CROSS JOIN trial_curve_ratios c
      WHERE ${doneTrials.where} AND c.trial_id = t.trial_id AND c.interp_ratio IS NOT NULL
        AND c.step IN (${sql.join(steps)})
    `.execute(db);
    const curvePoints = curveRows.rows.map((row) => ({
      group: index.get(keyOf(row, varying)) ?? 0,
      n: Number(row['n']),
      seed: Number(row['seed']),
      step: Number(row['step']),
      y: Number(row['interp_ratio']),
    }));
    return { sweep, groups, points, curvePoints, ...stride };
  });
}

/**
 * The done trials of a sweep (`t`, linked by `st`), or, with `seedStride` k > 1, those whose
 * seed is a multiple of k. `bySeedIndex`: the subsample is found through the seed index (0012)
 * rather than by reading every trial of the sweep. SQLite (no statistics here) scans the
 * index, tests the modulo on its entries and reads only the sampled trials, of every sweep, and
 * keeps each whose link to this sweep exists (10^6 trials in one sweep, k = 25: 0.5 s instead of
 * 2.1 s); CROSS JOIN keeps that join order, and `statusAmong` keeps SQLite off the status index.
 * PostgreSQL plans its own order.
 */
function sweepDoneTrials(
  sweepId: number,
  seedStride: number,
  bySeedIndex: boolean,
): { from: RawBuilder<unknown>; where: RawBuilder<unknown> } {
  if (bySeedIndex) {
    return {
      from: sql`trials t CROSS JOIN sweep_trials st`,
      where: sql`t.seed >= 0 AND t.seed % ${seedStride} = 0 AND ${statusAmong('t.status', ['done'])}
        AND st.trial_id = t.trial_id AND st.sweep_id = ${sweepId}`,
    };
  }
  const sampled = seedStride > 1 ? sql`AND t.seed % ${seedStride} = 0` : sql``;
  return {
    from: sql`sweep_trials st CROSS JOIN trials t`,
    where: sql`st.sweep_id = ${sweepId} AND t.trial_id = st.trial_id AND t.status = 'done' ${sampled}`,
  };
}

/**
 * Whether the seed index reads less than the sweep's links would: it reads about 1/k of every
 * sweep's trials (the database's trial count from the insertion counter, `seq`), the links
 * every trial of this sweep. A small sweep beside a large one walks its own links.
 */
async function seedIndexPays(
  db: Kysely<Database>,
  sweepTrials: number,
  seedStride: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('trials')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return num(row?.seq) / seedStride < sweepTrials / 2;
}

const cellTotal = (cell: ThresholdNAggregate) =>
  TRIAL_STATUSES.reduce((sum, status) => sum + cell[status], 0);
