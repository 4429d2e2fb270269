import { sql } from 'kysely';
import { METRIC_NAMES, paramDef } from '@thresher/sweep';
import { PARAM_COLUMNS } from './param-columns';
import type { StoreContext } from './store-context';
import type { TrialResultRow } from './store';
import { sweepIdOf } from './sweep-id';
import { requirePositiveInteger, requireText } from './validate';

/** A trial as a report reads it: the `trial_results` row less its provenance columns. */
export type ReportTrialRow = Omit<
  TrialResultRow,
  'sweep' | 'attempts' | 'wall_ms' | 'backend' | 'worker' | 'code_version'
>;

/** The metric columns of `results` but `converged` (a 0/1 integer, converted on its own). */
const METRIC_COLUMNS = METRIC_NAMES.filter((name) => name !== 'converged');

/** A stored curve as a report of the whole sweep reads it: a few steps and three aggregates. */
export interface ReportTrialCurve {
  /**
   * The steps read (those asked for the trial, maybe more asked for others of its page), shared
   * by the page's curves, ascending; the train loss and aligned_fraction at each (NaN where the
   * curve has no point there, or the point no aligned_fraction): columns, not a point object
   * each, for a million trials.
   */
  steps: readonly number[];
  trainLoss: Float64Array;
  alignedFraction: Float64Array;
  /** Points stored in all (at least one: a trial without points has no curve). */
  stored: number;
  /** Whether any stored point recorded aligned_fraction. */
  aligned: boolean;
  /** The first stored step with aligned_fraction >= 1/2 (null: none). */
  halfAlignedStep: number | null;
}

export interface ReportTrial {
  row: ReportTrialRow;
  /**
   * Null when nothing is stored, or when the curve was not read: only done trials with an
   * interp_ratio and an OLS train loss (those n*(t) fits) have theirs read.
   */
  curve: ReportTrialCurve | null;
}

export interface ReportTrialsOptions {
  /** The steps to read a trial's curve at (none read without it). */
  stepsOf?: (row: ReportTrialRow) => readonly number[];
  /** Trials per page (default 2 000; two queries a page). */
  pageSize?: number;
}

/**
 * Every trial of a sweep with what a report needs of its curve, in keyset pages by trial id: the
 * memory of one page whatever the sweep's size. A curve is read at the asked steps only (about
 * 20 of its points), with its point count, whether it measured the alignment and its first
 * half-aligned step aggregated in SQL, so the report never holds whole curves.
 */
export async function* iterateReportTrials(
  c: StoreContext,
  sweepInput: string,
  options: ReportTrialsOptions = {},
): AsyncGenerator<ReportTrial> {
  const sweep = requireText('sweep', sweepInput, 200);
  const limit = requirePositiveInteger('pageSize', options.pageSize ?? 2000, 10_000);
  const sweepId = await c.read((db) => sweepIdOf(db, sweep));
  // The base tables, not the trial_results view: paging the view by trial id sorts every
  // remaining row for each page, where sweep_trials' key (sweep_id, trial_id) is the page order.
  const columns = sql.join([
    ...PARAM_COLUMNS.map((name) => sql.ref(`t.${name}`)),
    ...METRIC_COLUMNS.map((name) => sql.ref(`r.${name}`)),
    sql.ref('r.converged'),
    sql.ref('t.trial_id'),
    sql.ref('t.status'),
    sql`t.last_error AS error`,
  ]);
  let after = '';
  for (;;) {
    const page = await c.read((db) =>
      sql<Record<string, unknown>>`
        SELECT ${columns}
        FROM sweep_trials st
        JOIN trials t ON t.trial_id = st.trial_id
        LEFT JOIN results r ON r.trial_id = t.trial_id
        WHERE st.sweep_id = ${sweepId} AND st.trial_id > ${after}
        ORDER BY st.trial_id
        LIMIT ${limit}
      `.execute(db),
    );
    const rows = page.rows.map(toReportRow);
    // A second query for the page's curves: joined into the rows' query, SQLite groups every
    // remaining trial's curve points before it applies the LIMIT (minutes at 10^5 trials).
    const curves = options.stepsOf
      ? await readCurves(c, sweepId, rows, wantedSteps(rows, options.stepsOf))
      : new Map<string, ReportTrialCurve>();
    for (const row of rows) yield { row, curve: curves.get(row.trial_id) ?? null };
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < limit) return;
    after = last.trial_id;
  }
}

/** A curve's point count, alignment flag and first half-aligned step, as columns. */
const CURVE_STATS = [
  sql`COUNT(c.step) AS stored`,
  sql`COUNT(c.aligned_fraction) AS aligned`,
  sql`MIN(CASE WHEN c.aligned_fraction >= 0.5 THEN c.step END) AS half`,
];

/** The train loss and aligned_fraction at each step, as columns l<i> and a<i>. */
function pivotColumns(steps: readonly number[]) {
  return steps.flatMap((step, i) => [
    sql`MAX(CASE WHEN c.step = ${step} THEN c.train_loss END) AS ${sql.ref(`l${i}`)}`,
    sql`MAX(CASE WHEN c.step = ${step} THEN c.aligned_fraction END) AS ${sql.ref(`a${i}`)}`,
  ]);
}

/** The trials whose curves n*(t) reads (done, with both ratios' losses) and their steps. */
function wantedSteps(
  rows: readonly ReportTrialRow[],
  stepsOf: (row: ReportTrialRow) => readonly number[],
): { trials: Set<string>; steps: Set<number> } {
  const trials = new Set<string>();
  const steps = new Set<number>();
  for (const row of rows) {
    if (row.status !== 'done' || row.interp_ratio === null || row.ols_train_loss === null) continue;
    trials.add(row.trial_id);
    for (const step of stepsOf(row)) if (Number.isInteger(step)) steps.add(step);
  }
  return { trials, steps };
}

/** A trial's curve from its stats and pivot columns (null: no stored point). */
function curveOf(r: Record<string, unknown>, steps: readonly number[]): ReportTrialCurve | null {
  const stored = Number(r['stored']);
  if (!(stored > 0)) return null;
  const trainLoss = new Float64Array(steps.length);
  const alignedFraction = new Float64Array(steps.length);
  for (let i = 0; i < steps.length; i++) {
    const loss = r[`l${i}`];
    const aligned = r[`a${i}`];
    trainLoss[i] = loss === null || loss === undefined ? Number.NaN : Number(loss);
    alignedFraction[i] =
      loss === null || loss === undefined || aligned === null || aligned === undefined
        ? Number.NaN
        : Number(aligned);
  }
  const half = r['half'];
  return {
    steps,
    trainLoss,
    alignedFraction,
    stored,
    aligned: Number(r['aligned']) > 0,
    halfAlignedStep: half === null || half === undefined ? null : Number(half),
  };
}

/** How each parameter column reads back (paramsFromColumns, without a lookup per row). */
const PARAM_KINDS = PARAM_COLUMNS.map((name) => [name, paramDef(name).kind] as const);

/** The driver's row turned into a report row in place (no second object per trial). */
function toReportRow(r: Record<string, unknown>): ReportTrialRow {
  r['trial_id'] = String(r['trial_id']);
  r['error'] = r['error'] ?? null;
  const converged = r['converged'];
  r['converged'] = converged === null || converged === undefined ? null : Number(converged) === 1;
  // As paramsFromColumns: booleans come back as 0/1, numbers maybe as strings (bigint).
  for (const [name, kind] of PARAM_KINDS) {
    const value = r[name];
    r[name] =
      kind === 'bool' ? Number(value) === 1 : kind === 'enum' ? String(value) : Number(value);
  }
  for (const name of METRIC_COLUMNS) {
    const value = r[name];
    r[name] = value === null || value === undefined ? null : Number(value);
  }
  return r as unknown as ReportTrialRow;
}

/**
 * The curves of a page's trials in one query: the rows of sweep_trials and curves between the
 * page's first and last trial id are both ranges of their primary keys (read in order, no
 * list of ids), and each trial's points at the asked steps come back as columns of its one row.
 */
async function readCurves(
  c: StoreContext,
  sweepId: number,
  rows: readonly ReportTrialRow[],
  wanted: { trials: ReadonlySet<string>; steps: ReadonlySet<number> },
): Promise<Map<string, ReportTrialCurve>> {
  const curves = new Map<string, ReportTrialCurve>();
  const first = rows[0]?.trial_id;
  const last = rows[rows.length - 1]?.trial_id;
  if (wanted.trials.size === 0 || first === undefined || last === undefined) return curves;
  const asked = [...wanted.steps].sort((a, b) => a - b);
  const result = await c.read((db) =>
    sql<Record<string, unknown>>`
      SELECT ${sql.join([sql`st.trial_id AS trial_id`, ...CURVE_STATS, ...pivotColumns(asked)])}
      FROM sweep_trials st
      JOIN curves c ON c.trial_id = st.trial_id
      WHERE st.sweep_id = ${sweepId} AND st.trial_id >= ${first} AND st.trial_id <= ${last}
      GROUP BY st.trial_id
    `.execute(db),
  );
  for (const r of result.rows) {
    const trialId = String(r['trial_id']);
    const curve = wanted.trials.has(trialId) ? curveOf(r, asked) : null;
    if (curve) curves.set(trialId, curve);
  }
  return curves;
}
