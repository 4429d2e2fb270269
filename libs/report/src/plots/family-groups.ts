import type { GroupReport, ReportModel } from '../report-model';

/** Groups by family (equal but for n, seed and width), in report order. */
export function familyGroups(
  model: Pick<ReportModel, 'groups'>,
): { family: string; groups: GroupReport[] }[] {
  const families = new Map<string, GroupReport[]>();
  for (const group of model.groups) {
    const list = families.get(group.family);
    if (list) list.push(group);
    else families.set(group.family, [group]);
  }
  return [...families.entries()].map(([family, groups]) => ({ family, groups }));
}
