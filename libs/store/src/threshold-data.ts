import { sql } from 'kysely';
import { PARAM_NAMES, paramDef, type ParamName } from '@thresher/sweep';
import { sweepIdOf } from './sweep-id';
import type { StoreContext } from './store-context';
import type {
  GroupParamValue,
  SweepThresholdData,
  ThresholdDataOptions,
  ThresholdNAggregate,
} from './store';
import { requireText } from './validate';

/** Parameters that identify a group of trials: every parameter except n and seed. */
const GROUP_COLUMNS = PARAM_NAMES.filter((p) => p !== 'n' && p !== 'seed');

/** A column value as its parameter's type (drivers hand back 0/1, bigint strings...). */
function paramValue(name: ParamName, raw: unknown): GroupParamValue {
  const kind = paramDef(name).kind;
  if (kind === 'bool') return Number(raw) === 1;
  if (kind === 'enum') return String(raw);
  return Number(raw);
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * What a live view of the optimization threshold needs, by aggregate SQL and without curves:
 * per group and n, counts by status and the moments of interp_ratio (one row per group, n and
 * status); and the interp_ratio of each done trial as (group, n, seed, value), for the
 * bootstrap over seeds. The second query selects only the group columns that vary.
 */
export async function sweepThresholdData(
  c: StoreContext,
  sweepInput: string,
  options: ThresholdDataOptions = {},
): Promise<SweepThresholdData> {
  const sweep = requireText('sweep', sweepInput, 200);
  return c.read(async (db) => {
    const sweepId = await sweepIdOf(db, sweep);
    const cols = sql.join(GROUP_COLUMNS.map((name) => sql.ref(`t.${name}`)));
    const cells = await sql<Record<string, unknown>>`
      SELECT ${cols}, t.n AS n, t.status AS status, COUNT(*) AS trials,
        SUM(CASE WHEN r.converged = 0 THEN 1 ELSE 0 END) AS unconverged,
        COUNT(r.interp_ratio) AS ratio_count, SUM(r.interp_ratio) AS ratio_sum,
        SUM(r.interp_ratio * r.interp_ratio) AS ratio_sum_sq
      FROM sweep_trials st
      JOIN trials t ON t.trial_id = st.trial_id
      LEFT JOIN results r ON r.trial_id = t.trial_id AND t.status = 'done'
      WHERE st.sweep_id = ${sweepId}
      GROUP BY ${cols}, t.n, t.status
    `.execute(db);

    const byKey = new Map<
      string,
      { params: Record<string, GroupParamValue>; byN: Map<number, ThresholdNAggregate> }
    >();
    const keyOf = (row: Record<string, unknown>, names: readonly ParamName[]) =>
      names.map((name) => String(paramValue(name, row[name]))).join('\u0001');
    for (const row of cells.rows) {
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
      const status = row['status'] as 'pending' | 'leased' | 'done' | 'failed' | 'cancelled';
      cell[status] += num(row['trials']);
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
    const sampled = seedStride > 1 ? sql`AND t.seed % ${seedStride} = 0` : sql``;

    // Only the columns that tell groups apart travel with each point.
    const varying = GROUP_COLUMNS.filter(
      (name) => new Set(groups.map((g) => String(g.params[name]))).size > 1,
    );
    const index = new Map(groups.map((g, i) => [keyOf(g.params, varying), i]));
    const pointCols = varying.map((name) => sql.ref(`t.${name}`));
    const rows = await sql<Record<string, unknown>>`
      SELECT ${sql.join([...pointCols, sql.ref('t.n'), sql.ref('t.seed'), sql.ref('r.interp_ratio')])}
      FROM sweep_trials st
      JOIN trials t ON t.trial_id = st.trial_id
      JOIN results r ON r.trial_id = t.trial_id
      WHERE st.sweep_id = ${sweepId} AND t.status = 'done' AND r.interp_ratio IS NOT NULL ${sampled}
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
      FROM sweep_trials st
      JOIN trials t ON t.trial_id = st.trial_id
      JOIN trial_curve_ratios c ON c.trial_id = t.trial_id
      WHERE st.sweep_id = ${sweepId} AND t.status = 'done' AND c.interp_ratio IS NOT NULL
        AND c.step IN (${sql.join(steps)}) ${sampled}
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
