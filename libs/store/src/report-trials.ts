import { sql } from 'kysely';
import { METRIC_NAMES, paramDef } from '@thresher/sweep';
import { PARAM_COLUMNS } from './param-columns';
import { openReportPageReader, type ReportPageReader } from './report-page-reader';
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
 * memory of one page whatever the sweep's size. A curve is kept at the asked steps only (about
 * 20 of its points), with its point count, whether it measured the alignment and its first
 * half-aligned step summed up as its points are read, so the report never holds whole curves.
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
  // remaining row for each page, where sweep_trials' key (trial_id, sweep_id) is the page order.
  const columns = sql.join([
    ...PARAM_COLUMNS.map((name) => sql.ref(`t.${name}`)),
    ...METRIC_COLUMNS.map((name) => sql.ref(`r.${name}`)),
    sql.ref('r.converged'),
    sql.ref('t.trial_id'),
    sql.ref('t.status'),
    sql`t.last_error AS error`,
    // Last, after the row's columns: what a page's curve points name their trial by (SQLite).
    sql.ref('st.position'),
  ]);
  const inSweep = sweepTerm(c, sweepId);
  const reader = openReportPageReader(c);
  try {
    let after = '';
    for (;;) {
      let rows: ReportTrialRow[];
      let curves = new Map<string, ReportTrialCurve>();
      // A page's two queries see one snapshot (SQLite), so that its links' positions name the
      // same trials in both; no transaction stays open while the caller takes the page.
      reader.begin();
      try {
        const page = await reader.all(sql`
          SELECT ${columns}
          FROM sweep_trials st
          JOIN trials t ON t.trial_id = st.trial_id
          LEFT JOIN results r ON r.trial_id = t.trial_id
          WHERE ${inSweep} AND st.trial_id > ${after}
          ORDER BY st.trial_id
          LIMIT ${limit}
        `);
        rows = page.map(toReportRow);
        // A second query for the page's curves: joined into the rows' query, SQLite groups every
        // remaining trial's curve points before it applies the LIMIT (minutes at 10^5 trials).
        if (options.stepsOf) {
          const wanted = wantedSteps(rows, options.stepsOf);
          const byPosition = reader.snapshot ? trialsByPosition(page) : null;
          curves = await readCurves(reader, inSweep, rows, byPosition, wanted);
        }
      } finally {
        reader.end();
      }
      for (const row of rows) yield { row, curve: curves.get(row.trial_id) ?? null };
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < limit) return;
      after = last.trial_id;
    }
  } finally {
    reader.close();
  }
}

/**
 * `st.sweep_id = ?` for the pages' queries. SQLite (without ANALYZE statistics) would pick the
 * sweep_trials_position index (sweep_id, position) for it: every page then read the whole
 * sweep's links and sorted those past the page (quadratic: 7 of 18 s CPU at 10^5 trials).
 * Unary plus keeps the term out of SQLite's index choice, so the primary key (trial_id,
 * sweep_id) serves the range of trial ids in page order. PostgreSQL plans by its statistics.
 */
function sweepTerm(c: StoreContext, sweepId: number) {
  return c.dialect.name === 'sqlite'
    ? sql`+st.sweep_id = ${sweepId}`
    : sql`st.sweep_id = ${sweepId}`;
}

/** The trials whose curves n*(t) reads (done, with both ratios' losses) and their steps. */
function wantedSteps(
  rows: readonly ReportTrialRow[],
  stepsOf: (row: ReportTrialRow) => readonly number[],
): { trials: Set<string>; steps: Set<number> } {
  const trials = new Set<string>();
  const steps = new Set<number>();
  // Trials of a group share its steps array: each array's steps are added once.
  const seen = new Set<readonly number[]>();
  for (const row of rows) {
    if (row.status !== 'done' || row.interp_ratio === null || row.ols_train_loss === null) continue;
    trials.add(row.trial_id);
    const asked = stepsOf(row);
    if (seen.has(asked)) continue;
    seen.add(asked);
    for (const step of asked) if (Number.isInteger(step)) steps.add(step);
  }
  return { trials, steps };
}

/** How each parameter column reads back (paramsFromColumns, without a lookup per row). */
const PARAM_KINDS = PARAM_COLUMNS.map((name) => [name, paramDef(name).kind] as const);

/** Where the rows' query puts converged, trial_id, status and error (after the metrics). */
const CONVERGED_AT = PARAM_COLUMNS.length + METRIC_COLUMNS.length;

/** Where the rows' query puts the link's position (its last column). */
const POSITION_AT = CONVERGED_AT + 4;

/**
 * Every column of a report row, in the query's order. Each row starts as a copy of it: a row
 * given its 29 properties one by one by name becomes a dictionary (V8 keeps an object so built
 * fast up to a dozen properties), and reading a dictionary's properties, per row here and in
 * the report, took about 2 of 40 s CPU at 10^6 trials.
 */
const ROW_TEMPLATE: Readonly<Record<string, null>> = Object.fromEntries(
  [...PARAM_COLUMNS, ...METRIC_COLUMNS, 'converged', 'trial_id', 'status', 'error'].map((name) => [
    name,
    null,
  ]),
);

/** The columns of the rows' query (in its order) as a report row. */
function toReportRow(a: readonly unknown[]): ReportTrialRow {
  const r: Record<string, unknown> = { ...ROW_TEMPLATE };
  // As paramsFromColumns: booleans come back as 0/1, numbers maybe as strings (bigint).
  for (let i = 0; i < PARAM_KINDS.length; i++) {
    const [name, kind] = PARAM_KINDS[i] as (typeof PARAM_KINDS)[number];
    const value = a[i];
    r[name] =
      kind === 'bool' ? Number(value) === 1 : kind === 'enum' ? String(value) : Number(value);
  }
  for (let i = 0; i < METRIC_COLUMNS.length; i++) {
    const value = a[PARAM_COLUMNS.length + i];
    r[METRIC_COLUMNS[i] as string] = value === null || value === undefined ? null : Number(value);
  }
  const converged = a[CONVERGED_AT];
  r['converged'] = converged === null || converged === undefined ? null : Number(converged) === 1;
  r['trial_id'] = String(a[CONVERGED_AT + 1]);
  r['status'] = a[CONVERGED_AT + 2];
  r['error'] = a[CONVERGED_AT + 3] ?? null;
  return r as unknown as ReportTrialRow;
}

/**
 * The curves of a page's trials in one query: the rows of sweep_trials and curves between the
 * page's first and last trial id are both ranges of their primary keys (read in order, no
 * list of ids). Their points come back as plain rows (about 11 a trial), summed up here: a
 * GROUP BY pivoting the asked steps into columns evaluated two CASE per step for each point
 * (a third more CPU, at 10^5 trials).
 */
async function readCurves(
  reader: ReportPageReader,
  inSweep: ReturnType<typeof sweepTerm>,
  rows: readonly ReportTrialRow[],
  /** The page's trials by their links' positions, where one snapshot holds both queries. */
  byPosition: ReadonlyMap<unknown, string> | null,
  wanted: { trials: ReadonlySet<string>; steps: ReadonlySet<number> },
): Promise<Map<string, ReportTrialCurve>> {
  const curves = new Map<string, ReportTrialCurve>();
  const first = rows[0]?.trial_id;
  const last = rows[rows.length - 1]?.trial_id;
  if (wanted.trials.size === 0 || first === undefined || last === undefined) return curves;
  const asked = [...wanted.steps].sort((a, b) => a - b);
  const position = new Map(asked.map((step, k) => [step, k]));
  // SQLite: a point names its trial by its link's position (an integer), not by its 32-character
  // id: a string of every point's trial id was 3 of 40 s CPU at 10^6 trials.
  const key = byPosition ? sql.ref('st.position') : sql.ref('c.trial_id');
  const points = await reader.all(sql`
    SELECT ${key}, c.step, c.train_loss, c.aligned_fraction
    FROM sweep_trials st
    JOIN curves c ON c.trial_id = st.trial_id
    WHERE ${inSweep} AND st.trial_id >= ${first} AND st.trial_id <= ${last}
  `);
  // Rows come a trial at a time from SQLite, in any order from PostgreSQL: a map either way,
  // and nothing here depends on the order of a trial's points.
  let id: unknown;
  let curve: MutableCurve | undefined;
  for (const p of points) {
    if (p[0] !== id) {
      id = p[0];
      const trialId = byPosition ? byPosition.get(id) : String(id);
      curve = trialId === undefined ? undefined : (curves.get(trialId) as MutableCurve | undefined);
      if (!curve && trialId !== undefined && wanted.trials.has(trialId)) {
        curve = {
          steps: asked,
          trainLoss: new Float64Array(asked.length).fill(Number.NaN),
          alignedFraction: new Float64Array(asked.length).fill(Number.NaN),
          stored: 0,
          aligned: false,
          halfAlignedStep: null,
        };
        curves.set(trialId, curve);
      }
    }
    if (!curve) continue;
    addPoint(curve, position, p);
  }
  return curves;
}

/**
 * The page's trial ids by their links' positions, or null where two links share one (positions
 * are numbered per sweep, max + 1 on, but no constraint says so): the curves then name their
 * trials by id.
 */
function trialsByPosition(page: readonly (readonly unknown[])[]): Map<unknown, string> | null {
  const byPosition = new Map<unknown, string>();
  for (const a of page) byPosition.set(a[POSITION_AT], String(a[CONVERGED_AT + 1]));
  return byPosition.size === page.length ? byPosition : null;
}

type MutableCurve = { -readonly [K in keyof ReportTrialCurve]: ReportTrialCurve[K] };

/**
 * One point into its curve's count, flag, half-aligned step and asked-step columns: what
 * COUNT(step), COUNT(aligned_fraction) > 0, MIN(step) where aligned_fraction >= 1/2 and the
 * value at each asked step gave in SQL (aligned_fraction NaN where the train loss is missing).
 */
function addPoint(
  curve: MutableCurve,
  position: ReadonlyMap<number, number>,
  point: readonly unknown[],
): void {
  // Its trial, step, train_loss, aligned_fraction; numbers maybe as strings (PostgreSQL's bigint).
  const stepValue = point[1];
  const loss = point[2];
  const alignedValue = point[3];
  const step = Number(stepValue);
  const aligned = alignedValue === null || alignedValue === undefined ? null : Number(alignedValue);
  curve.stored++;
  if (aligned !== null) {
    curve.aligned = true;
    if (aligned >= 0.5 && (curve.halfAlignedStep === null || step < curve.halfAlignedStep)) {
      curve.halfAlignedStep = step;
    }
  }
  const k = position.get(step);
  if (k === undefined || loss === null || loss === undefined) return;
  curve.trainLoss[k] = Number(loss);
  curve.alignedFraction[k] = aligned ?? Number.NaN;
}
