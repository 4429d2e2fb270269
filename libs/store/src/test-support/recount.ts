import { expect } from 'vitest';
import { PARAM_NAMES, paramDef, type ParamName } from '@thresher/sweep';
import type { Store, SweepSummary } from '../store';

/** Recounts of what the store keeps (sweep_counts, sweep_cells), from one row a trial. */

const STATUSES = ['pending', 'leased', 'done', 'failed', 'cancelled'] as const;

/** Counts and steps of every sweep recounted from the trial_results view (one row a trial). */
export async function recount(store: Store) {
  const out = new Map<string, Record<string, number>>();
  for (const row of await store.trialResults()) {
    const c = out.get(row.sweep) ?? { total: 0, stepsTotal: 0 };
    c[row.status] = (c[row.status] ?? 0) + 1;
    c['total'] = (c['total'] ?? 0) + 1;
    c['stepsTotal'] = (c['stepsTotal'] ?? 0) + row.steps;
    out.set(row.sweep, c);
  }
  return out;
}

const GROUP_NAMES = PARAM_NAMES.filter((p) => p !== 'n' && p !== 'seed');
/** A parameter value as the live fit's groups give it (booleans as booleans). */
const valueOf = (name: ParamName, v: unknown) =>
  paramDef(name).kind === 'bool' ? v === true || Number(v) === 1 : v;
const cellKey = (params: Record<string, unknown>, n: number) =>
  JSON.stringify([...GROUP_NAMES.map((name) => valueOf(name, params[name])), n]);
type Cell = Record<string, number>;
const emptyCell = (): Cell => ({ ratioCount: 0, ratioSum: 0, ratioSumSq: 0, unconverged: 0 });

/** Each (group, n) cell of a sweep recounted from the trial_results view (one row a trial). */
export async function recountCells(store: Store, sweep: string) {
  const out = new Map<string, Cell>();
  for (const row of await store.trialResults(sweep)) {
    const key = cellKey(row as unknown as Record<string, unknown>, row.n);
    const c = out.get(key) ?? emptyCell();
    c[row.status] = (c[row.status] ?? 0) + 1;
    if (row.status === 'done') {
      if (!row.converged) c['unconverged'] = (c['unconverged'] ?? 0) + 1;
      const ratio = row.interp_ratio as number | null;
      if (ratio !== null) {
        c['ratioCount'] = (c['ratioCount'] ?? 0) + 1;
        c['ratioSum'] = (c['ratioSum'] ?? 0) + ratio;
        c['ratioSumSq'] = (c['ratioSumSq'] ?? 0) + ratio ** 2;
      }
    }
    out.set(key, c);
  }
  return out;
}

/** The cells the live fit reads (kept in sweep_cells), in recountCells' shape. */
export async function keptCells(store: Store, sweep: string) {
  const out = new Map<string, Cell>();
  for (const g of (await store.sweepThresholdData(sweep)).groups) {
    for (const { n, ...values } of g.byN) {
      const c = emptyCell();
      for (const [k, v] of Object.entries(values)) if (v !== 0 || k in c) c[k] = v;
      out.set(cellKey(g.params, n), c);
    }
  }
  return out;
}

/**
 * Kept sums are added and subtracted in the order trials change, a recount adds them in row
 * order: float64 rounding (2^-53 relative per addition, a few thousand additions here) stays
 * far below 1e-12 of the sum; counts are exact.
 */
export function expectSameCells(kept: Map<string, Cell>, counted: Map<string, Cell>) {
  expect([...kept.keys()].sort()).toEqual([...counted.keys()].sort());
  for (const [key, k] of kept) {
    const c = counted.get(key) as Cell;
    const { ratioSum, ratioSumSq, ...counts } = k;
    const { ratioSum: sum, ratioSumSq: sumSq, ...recounted } = c;
    expect(counts).toEqual(recounted);
    expect(Math.abs((ratioSum ?? 0) - (sum ?? 0))).toBeLessThanOrEqual(1e-12 * Math.abs(sum ?? 0));
    expect(Math.abs((ratioSumSq ?? 0) - (sumSq ?? 0))).toBeLessThanOrEqual(
      1e-12 * Math.abs(sumSq ?? 0),
    );
  }
}

/** What listSweeps says, in recount's shape. */
export function listed(summaries: SweepSummary[]) {
  const out = new Map<string, Record<string, number>>();
  for (const s of summaries) {
    const c: Record<string, number> = { total: s.total, stepsTotal: s.stepsTotal };
    for (const k of STATUSES) if (s[k] > 0) c[k] = s[k];
    out.set(s.name, c);
  }
  return out;
}

/** Counts per sweep (sweep_counts) and per (group, n) cell (sweep_cells) against recounts. */
export async function expectCountsMatchRecount(store: Store): Promise<void> {
  const sweeps = await store.listSweeps();
  expect(listed(sweeps)).toEqual(await recount(store));
  for (const { name } of sweeps) {
    expectSameCells(await keptCells(store, name), await recountCells(store, name));
  }
}
