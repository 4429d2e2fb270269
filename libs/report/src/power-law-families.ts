import { familyLabel } from './group-rows';
import { fitPowerLaw } from './power-law';
import type { GroupReport, PowerLawReport } from './report-model';
import type { ThresholdFitResult } from './threshold-fit';

const SCALING_PARAMS = ['width', 'd', 'noise', 'init_scale'] as const;

/**
 * For each scaling parameter that varies, clusters the groups equal in everything else and fits
 * n* ~ c p^alpha over the groups of each cluster that have a threshold.
 */
export function fitPowerLawFamilies(
  groups: readonly GroupReport[],
  varying: readonly string[],
  fits: ReadonlyMap<string, ThresholdFitResult>,
): PowerLawReport[] {
  const reports: PowerLawReport[] = [];
  for (const param of SCALING_PARAMS) {
    if (!varying.includes(param)) continue;
    const families = new Map<string, GroupReport[]>();
    for (const group of groups) {
      const label = familyLabel(group.params, varying, param);
      const list = families.get(label);
      if (list) list.push(group);
      else families.set(label, [group]);
    }
    for (const [label, members] of families) {
      const values = members
        .map((g) => g.params[param])
        .filter((p): p is number => typeof p === 'number');
      if (new Set(values).size < 2) continue;
      const withThreshold = members.filter(
        (g) =>
          g.threshold.nStar !== null &&
          typeof g.params[param] === 'number' &&
          (g.params[param] as number) > 0,
      );
      const fit = fitPowerLaw(
        withThreshold.map((g) => ({
          p: g.params[param] as number,
          nStar: g.threshold.nStar as number,
          bootstrapLogNStar: fits.get(g.id)?.bootstrapLogNStar ?? null,
          seeds: g.threshold.seeds,
        })),
      );
      reports.push({
        param,
        label,
        groups: members.map((g) => ({
          groupId: g.id,
          p: g.params[param] as number,
          nStar: g.threshold.nStar,
          ci: g.threshold.ci,
        })),
        fit: fit && {
          alpha: fit.alpha,
          c: fit.c,
          ci: fit.ci ? { lo: fit.ci[0], hi: fit.ci[1] } : null,
          tInterval: fit.tInterval ? { lo: fit.tInterval[0], hi: fit.tInterval[1] } : null,
          r2: fit.r2,
          points: fit.points,
        },
        note: fit ? null : `fewer than 2 values of ${param} with a threshold inside the range`,
      });
    }
  }
  return reports;
}
