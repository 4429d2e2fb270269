import { PARAM_NAMES } from '@thresher/sweep';
import type { ParamValue } from './report-model';
import type { ReportRow } from './report-row';

/** Parameters that identify a group: every parameter except n and seed. */
export const GROUP_PARAMS = PARAM_NAMES.filter((p) => p !== 'n' && p !== 'seed');

/** The group parameters a row holds (those it has a value for). */
export function paramsOf(row: ReportRow): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const name of GROUP_PARAMS) {
    const value = row[name];
    if (value !== undefined && value !== null) params[name] = value;
  }
  return params;
}

export function compareValues(a: ParamValue | undefined, b: ParamValue | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

export function compareParams(
  a: Record<string, ParamValue>,
  b: Record<string, ParamValue>,
): number {
  // Width last so that groups of one family sit together, in width order.
  for (const name of [...GROUP_PARAMS.filter((p) => p !== 'width'), 'width']) {
    const c = compareValues(a[name], b[name]);
    if (c !== 0) return c;
  }
  return 0;
}

/** Parameters whose value differs between groups. */
export function varyingParams(groups: readonly { params: Record<string, ParamValue> }[]): string[] {
  return GROUP_PARAMS.filter((name) => new Set(groups.map((g) => String(g.params[name]))).size > 1);
}

export function formatParam(name: string, value: ParamValue | undefined): string {
  return `${name}=${value === undefined ? '?' : String(value)}`;
}

/** "width=64, noise=0.25": the varying parameters (width when nothing varies). */
export function groupLabel(params: Record<string, ParamValue>, varying: readonly string[]): string {
  const names = varying.length > 0 ? varying : ['width'];
  return names.map((name) => formatParam(name, params[name])).join(', ');
}

/** The label of a group without one parameter: names the family of groups differing in it. */
export function familyLabel(
  params: Record<string, ParamValue>,
  varying: readonly string[],
  without: string,
): string {
  return varying
    .filter((name) => name !== without)
    .map((name) => formatParam(name, params[name]))
    .join(', ');
}
