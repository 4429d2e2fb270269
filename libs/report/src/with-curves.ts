import type { CurvePoint } from '@thresher/sweep';
import type { CurveReport, ReportModel } from './report-model';
import type { ReportRow } from './report-row';

/**
 * Trials worth showing loss curves of: each group's representative trial (median interp_ratio at
 * the n nearest n*), groups with a threshold first, at most `max`.
 */
export function curveTrialIds(model: ReportModel, max = 3): string[] {
  const ids: string[] = [];
  for (const group of model.groups) {
    if (group.representativeTrial !== null && ids.length < max) ids.push(group.representativeTrial);
  }
  return ids;
}

/** Returns the model with the given loss curves attached (labelled from their rows). */
export function withCurves(
  model: ReportModel,
  curves: ReadonlyMap<string, readonly CurvePoint[]>,
  rows: readonly ReportRow[],
): ReportModel {
  const wanted = new Set(curves.keys());
  const rowOf = new Map<string, ReportRow>();
  for (const row of rows) if (wanted.has(row.trial_id)) rowOf.set(row.trial_id, row);
  const reports: CurveReport[] = [...curves.entries()].map(([trialId, points]) => {
    const row = rowOf.get(trialId);
    // The trial's group: the one whose shared parameters all equal the row's.
    const group = row
      ? model.groups.find((g) =>
          Object.entries(g.params).every(([name, value]) => row[name as keyof ReportRow] === value),
        )
      : undefined;
    const groupId = group?.id ?? null;
    const parts = [
      group?.label,
      row ? `n=${row.n}` : undefined,
      row ? `seed=${row.seed}` : undefined,
    ];
    return {
      trial_id: trialId,
      label: parts.filter((p) => p !== undefined).join(', ') || trialId,
      groupId,
      n: row?.n ?? null,
      seed: row?.seed ?? null,
      points: points
        .filter((p) => Number.isFinite(p.step))
        .map((p) => ({ step: p.step, train_loss: p.train_loss, test_loss: p.test_loss })),
    };
  });
  return { ...model, curves: reports };
}
