import { PARAM_NAMES, paramDef, type TrialParams } from '@thresher/sweep';
import type { ParamColumns } from './schema';

/** Parameter columns in canonical order, as the `trials` table and `trial_results` hold them. */
export const PARAM_COLUMNS = PARAM_NAMES;

/** Parameters -> column values (booleans become 0/1). */
export function paramsToColumns(params: TrialParams): ParamColumns {
  const columns: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) {
    const value = params[name];
    columns[name] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return columns as ParamColumns;
}

/**
 * Column values -> parameters. Drivers hand back numbers as numbers or strings (PostgreSQL
 * bigint); booleans come back as 0/1.
 */
export function paramsFromColumns(row: ParamColumns): TrialParams {
  const params: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) {
    const value = row[name] as unknown;
    const kind = paramDef(name).kind;
    params[name] =
      kind === 'bool' ? Number(value) === 1 : kind === 'enum' ? String(value) : Number(value);
  }
  return params as TrialParams;
}
