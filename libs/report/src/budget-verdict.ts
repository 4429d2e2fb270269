import { fmtInterval, fmtNum } from './format';
import type { ThresholdReport } from './report-model';
import { VERDICT_TEXT } from './threshold-fit';
import type { NStarAtStep, NStarDrift } from './threshold-over-time';

/**
 * settled: over the last half of training (steps T/2..T) n*(t) stayed inside the final 95%
 * interval (or the fit kept its no-threshold verdict), and n*(T) / n*(T/2) is within 5% of 1 or
 * its paired bootstrap interval contains 1; still-moving: either fails; undetermined: no final
 * interval (one seed), too few points to fit, or fewer than two fitted steps in the window.
 */
export type BudgetVerdict = 'settled' | 'still-moving' | 'undetermined';

export const BUDGET_VERDICT_TEXT: Record<BudgetVerdict, string> = {
  settled: 'settled',
  'still-moving': 'still moving',
  undetermined: 'undetermined',
};

export interface BudgetReport {
  verdict: BudgetVerdict;
  /** One sentence with the two values it compares. */
  text: string;
  /** The last half of training, in steps: [T/2, T]. */
  window: { from: number; to: number };
  /** The fit in the window that differs most from the final one (the first one when settled). */
  from: NStarAtStep;
  /** The fit at the last recorded step. */
  to: NStarAtStep;
  /** n*(T) / n*(T/2) with its paired seed-bootstrap interval (null without two thresholds). */
  drift: NStarDrift | null;
}

function factor(f: number): string {
  return `×${fmtNum(f)}`;
}

/** "n*(5 000) / n*(2 500) = ×1.25 [1.12, 1.4]". */
function driftText(drift: NStarDrift): string {
  const ci = drift.ci ? ` ${fmtInterval(drift.ci.lo, drift.ci.hi)}` : '';
  return `n*(${steps(drift.to)}) / n*(${steps(drift.from)}) = ${factor(drift.factor)}${ci}`;
}

/**
 * A drift of n* over the last half smaller than this factor does not count: with 5-10 seeds the
 * final interval spans a factor 1.5-2, so 5% is far below what the seeds resolve, and a change
 * that slow per doubling of the budget is no trend a study of n* could use. A long run can be
 * systematic to the last digit (quick.yaml at 100 000 steps: x1.009 [1.0003, 1.017]).
 */
export const DRIFT_TOLERANCE = 0.05;

/** All seeds moved the same way (the paired interval excludes 1), by more than the tolerance. */
function drifts(drift: NStarDrift | null): boolean {
  if (!drift?.ci) return false;
  const systematic = drift.ci.lo > 1 || drift.ci.hi < 1;
  return systematic && Math.abs(Math.log(drift.factor)) > Math.log(1 + DRIFT_TOLERANCE);
}

function steps(step: number): string {
  // "2 500": thin spaces would be nicer but terminals and Markdown disagree on them.
  return step.toLocaleString('en-US').replace(/,/g, ' ');
}

function describe(fit: NStarAtStep): string {
  return fit.nStar !== null ? fmtNum(fit.nStar) : `"${VERDICT_TEXT[fit.verdict].split(' (')[0]}"`;
}

function inside(fit: NStarAtStep, ci: { lo: number; hi: number }): boolean {
  return (
    fit.verdict === 'threshold' && fit.nStar !== null && fit.nStar >= ci.lo && fit.nStar <= ci.hi
  );
}

/** How far a window fit is from the final n*: a missing threshold is the farthest. */
function distance(fit: NStarAtStep, final: number): number {
  return fit.nStar === null ? Number.POSITIVE_INFINITY : Math.abs(Math.log(fit.nStar / final));
}

/**
 * The budget verdict of one group from n*(t) (docs/science.md#the-training-budget). The window is
 * the last half of training in steps, not in log steps: the question is whether more of the same
 * training would move n*, and the last doubling of the budget is the best evidence of what the
 * next one would do (in log steps the "last half" would reach back to the alignment phase, where
 * no threshold exists yet). `final` is the report's threshold, which equals the last fit.
 */
export function budgetVerdict(
  series: readonly NStarAtStep[],
  final: ThresholdReport,
  drift: NStarDrift | null = null,
): BudgetReport | null {
  const to = series[series.length - 1];
  if (to === undefined) return null;
  const inWindow = series.filter((f) => f.step >= to.step / 2);
  const first = inWindow[0] as NStarAtStep;
  const base = { window: { from: first.step, to: to.step }, to, drift };
  if (inWindow.length < 2) {
    return {
      ...base,
      verdict: 'undetermined',
      from: first,
      text: `only step ${steps(to.step)} is recorded in the last half of training: nothing to compare`,
    };
  }
  if (final.verdict === 'too-few-points') {
    return { ...base, verdict: 'undetermined', from: first, text: 'too few points to fit n*' };
  }
  if (final.verdict !== 'threshold' || final.nStar === null) {
    const changed = inWindow.find((f) => f.verdict !== final.verdict);
    const what = VERDICT_TEXT[final.verdict].split(' (')[0] as string;
    if (!changed) {
      return {
        ...base,
        verdict: 'settled',
        from: first,
        text: `${what} at every fitted step from ${steps(first.step)} to ${steps(to.step)}`,
      };
    }
    return {
      ...base,
      verdict: 'still-moving',
      from: changed,
      text: `${describe(changed)} at step ${steps(changed.step)}, ${what} at step ${steps(to.step)}: a longer run may move it`,
    };
  }
  const nStar = final.nStar;
  const farthest = inWindow.reduce((a, b) => (distance(b, nStar) > distance(a, nStar) ? b : a));
  if (!final.ci) {
    return {
      ...base,
      verdict: 'undetermined',
      from: farthest,
      text: `n* ${describe(farthest)} at step ${steps(farthest.step)}, ${fmtNum(nStar)} at step ${steps(to.step)}; no interval (one seed) to judge the change against`,
    };
  }
  const ci = final.ci;
  const outside = inWindow.filter((f) => !inside(f, ci));
  if (outside.length === 0 && drift && drifts(drift)) {
    // Inside the interval, but every seed moved the same way: the interval is the seeds' spread.
    const verb = drift.factor > 1 ? 'rose' : 'fell';
    return {
      ...base,
      verdict: 'still-moving',
      from: first,
      text: `n* ${verb} from ${describe(first)} at step ${steps(first.step)} to ${fmtNum(nStar)} at step ${steps(to.step)}, inside the final interval ${fmtInterval(ci.lo, ci.hi)} but by a common drift of the seeds (${driftText(drift)}, paired seed bootstrap): a longer run may move it`,
    };
  }
  if (outside.length === 0) {
    const small =
      drift?.ci && (drift.ci.lo > 1 || drift.ci.hi < 1)
        ? `: a common drift, but below ${100 * DRIFT_TOLERANCE}%`
        : '';
    const paired = drift ? `; ${driftText(drift)}, paired seed bootstrap${small}` : '';
    return {
      ...base,
      verdict: 'settled',
      from: farthest,
      text: `n* stayed inside ${fmtInterval(ci.lo, ci.hi)} from step ${steps(first.step)} to ${steps(to.step)} (${describe(farthest)} at step ${steps(farthest.step)}, ${fmtNum(nStar)} at the end${paired})`,
    };
  }
  const moved = outside.reduce((a, b) => (distance(b, nStar) > distance(a, nStar) ? b : a));
  const verb = moved.nStar === null ? 'went' : moved.nStar < nStar ? 'rose' : 'fell';
  const text =
    moved.nStar === null
      ? `the fit was ${describe(moved)} at step ${steps(moved.step)} and n* = ${fmtNum(nStar)} at step ${steps(to.step)}: a longer run may move it`
      : `n* ${verb} from ${describe(moved)} at step ${steps(moved.step)} to ${fmtNum(nStar)} at step ${steps(to.step)}, outside the final interval ${fmtInterval(ci.lo, ci.hi)}: a longer run may move it`;
  return { ...base, verdict: 'still-moving', from: moved, text };
}
