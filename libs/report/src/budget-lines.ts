import { BUDGET_VERDICT_TEXT } from './budget-verdict';
import type { GroupReport, ReportModel } from './report-model';

/** "settled", "still moving", "undetermined", or "no curves" when n*(t) could not be fitted. */
export function budgetShort(group: GroupReport): string {
  const budget = group.overTime?.budget;
  return budget ? BUDGET_VERDICT_TEXT[budget.verdict] : 'no curves';
}

/** "3 of 25" done trials whose training did not converge. */
export function unconvergedText(group: GroupReport): string {
  return `${group.counts.unconverged} of ${group.counts.done}`;
}

/** "8: 0/5, 16: 1/5, ...": unconverged of done trials at each n. */
export function unconvergedByN(group: GroupReport): string {
  return group.byN.map((s) => `${s.n}: ${s.unconverged}/${s.done}`).join(', ');
}

/**
 * One line per group for every format: the budget verdict with its sentence, then the
 * unconverged trials of the group and per n (docs/science.md#the-training-budget).
 */
export function budgetLines(model: Pick<ReportModel, 'groups'>): string[] {
  return model.groups.map((g) => {
    const label = g.label || 'all trials';
    const budget = g.overTime?.budget;
    const verdict = budget
      ? `${BUDGET_VERDICT_TEXT[budget.verdict]}: ${budget.text}`
      : 'no stored curves to fit n*(t)';
    return `${label}: ${verdict}. Unconverged: ${unconvergedText(g)} (by n: ${unconvergedByN(g)}).`;
  });
}
