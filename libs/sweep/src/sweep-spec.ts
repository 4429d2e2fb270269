import { z } from 'zod';
import { SweepValidationError, type SweepIssue } from './errors';
import { INTEGER_PARAMS, NUMERIC_PARAMS, PARAM_VALUE_SCHEMAS } from './param-schema';
import { PARAM_NAMES, type ParamName, type TrialParams } from './trial-params';

export type ParamValue = number | string | boolean;

/** A validated sweep: every grid axis already expanded to its list of values. */
export interface SweepSpec {
  name: string;
  description?: string;
  grid: Partial<Record<ParamName, ParamValue[]>>;
  fixed: Partial<Record<ParamName, ParamValue>>;
}

const SWEEP_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const numberList = z.array(z.unknown());
const generatedAxis = z.strictObject({
  from: z.number().finite(),
  to: z.number().finite(),
  num: z.number().int().min(1).max(1_000_000),
  scale: z.enum(['log', 'linear']).default('linear'),
});
const rangeAxis = z.strictObject({
  range: z.tuple([z.number().int(), z.number().int()]),
  step: z.number().int().positive().optional(),
});

const topLevel = z.strictObject({
  name: z
    .string({ error: 'expected a string' })
    .regex(SWEEP_NAME, { error: 'expected letters, digits, "_", "." or "-" (at most 100)' }),
  description: z.string().optional(),
  grid: z.record(z.string(), z.unknown(), { error: 'expected a mapping of parameter to values' }),
  fixed: z
    .record(z.string(), z.unknown(), { error: 'expected a mapping of parameter to a value' })
    .optional(),
});

/**
 * Validates a parsed sweep file (YAML or JSON object) and expands grid generators
 * (`{from, to, num, scale}`, `{range: [a, b]}`) into explicit lists. Every problem
 * found is reported at once, each with the path of the offending field.
 */
export function validateSweepSpec(raw: unknown, source?: string): SweepSpec {
  const issues: SweepIssue[] = [];
  const top = topLevel.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) {
      const keys = 'keys' in issue ? (issue.keys as string[]) : [];
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} (expected name, description, grid, fixed)`
          : issue.path.length === 0 && issue.code === 'invalid_type'
            ? 'expected a mapping with name, grid and fixed'
            : issue.message;
      issues.push({ path: formatPath(issue.path), message });
    }
    throw new SweepValidationError(issues, source);
  }
  const { name, description, grid: rawGrid, fixed: rawFixed = {} } = top.data;

  const grid: SweepSpec['grid'] = {};
  const fixed: SweepSpec['fixed'] = {};
  for (const [key, value] of Object.entries(rawGrid)) {
    const param = checkParamName(key, `grid.${key}`, issues);
    if (!param) continue;
    if (key in rawFixed) {
      issues.push({
        path: `grid.${key}`,
        message: `"${key}" is in both grid and fixed; keep it in one`,
      });
      continue;
    }
    const values = expandAxis(param, value, `grid.${key}`, issues);
    if (values) grid[param] = values;
  }
  for (const [key, value] of Object.entries(rawFixed)) {
    const param = checkParamName(key, `fixed.${key}`, issues);
    if (!param || key in rawGrid) continue;
    const checked = checkValue(param, value, `fixed.${key}`, issues);
    if (checked !== undefined) fixed[param] = checked;
  }
  for (const required of ['n', 'width'] as const) {
    if (!(required in rawGrid) && !(required in rawFixed)) {
      issues.push({ path: 'grid', message: `"${required}" is required (in grid or fixed)` });
    }
  }
  if (issues.length > 0) throw new SweepValidationError(issues, source);
  return { name, ...(description === undefined ? {} : { description }), grid, fixed };
}

function checkParamName(key: string, path: string, issues: SweepIssue[]): ParamName | undefined {
  if ((PARAM_NAMES as readonly string[]).includes(key)) return key as ParamName;
  issues.push({ path, message: `unknown parameter "${key}" (known: ${PARAM_NAMES.join(', ')})` });
  return undefined;
}

function checkValue(
  param: ParamName,
  value: unknown,
  path: string,
  issues: SweepIssue[],
): ParamValue | undefined {
  const result = PARAM_VALUE_SCHEMAS[param].safeParse(value);
  if (result.success) return result.data as ParamValue;
  const message = result.error.issues[0]?.message ?? 'invalid value';
  issues.push({ path, message: `${message}, got ${describe(value)}` });
  return undefined;
}

function expandAxis(
  param: ParamName,
  axis: unknown,
  path: string,
  issues: SweepIssue[],
): ParamValue[] | undefined {
  let candidates: unknown[];
  if (Array.isArray(axis)) {
    candidates = numberList.parse(axis);
  } else if (axis !== null && typeof axis === 'object' && 'range' in axis) {
    const parsed = rangeAxis.safeParse(axis);
    if (!parsed.success) {
      issues.push({
        path,
        message: 'expected {range: [a, b]} with integers a <= b (both included), optional step',
      });
      return undefined;
    }
    const [a, b] = parsed.data.range;
    const step = parsed.data.step ?? 1;
    if (!INTEGER_PARAMS.has(param) || b < a) {
      issues.push({
        path,
        message: INTEGER_PARAMS.has(param)
          ? `range end ${b} is below its start ${a}`
          : `{range} is for integer parameters; "${param}" is not one`,
      });
      return undefined;
    }
    candidates = [];
    for (let v = a; v <= b; v += step) candidates.push(v);
  } else if (axis !== null && typeof axis === 'object' && 'from' in axis) {
    const parsed = generatedAxis.safeParse(axis);
    if (!parsed.success || !NUMERIC_PARAMS.has(param)) {
      issues.push({
        path,
        message: NUMERIC_PARAMS.has(param)
          ? 'expected {from, to, num, scale: log|linear} with finite from/to and an integer num >= 1'
          : `{from, to, num} is for numeric parameters; "${param}" is not one`,
      });
      return undefined;
    }
    candidates = generateAxis(parsed.data, INTEGER_PARAMS.has(param), path, issues) ?? [];
    if (candidates.length === 0) return undefined;
  } else {
    issues.push({
      path,
      message: `expected a list of values, {from, to, num, scale} or {range: [a, b]}, got ${describe(axis)}`,
    });
    return undefined;
  }
  if (candidates.length === 0) {
    issues.push({ path, message: 'empty grid axis: give at least one value' });
    return undefined;
  }
  const values: ParamValue[] = [];
  candidates.forEach((candidate, i) => {
    const checked = checkValue(param, candidate, `${path}[${i}]`, issues);
    if (checked !== undefined && !values.includes(checked)) values.push(checked);
  });
  return values;
}

function generateAxis(
  axis: { from: number; to: number; num: number; scale: 'log' | 'linear' },
  integer: boolean,
  path: string,
  issues: SweepIssue[],
): number[] | undefined {
  const { from, to, num, scale } = axis;
  if (scale === 'log' && (from <= 0 || to <= 0)) {
    issues.push({ path, message: 'a log scale needs from > 0 and to > 0' });
    return undefined;
  }
  const values: number[] = [];
  for (let i = 0; i < num; i++) {
    const t = num === 1 ? 0 : i / (num - 1);
    const raw =
      scale === 'log'
        ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from)))
        : from + t * (to - from);
    // Rounding removes floating error so that e.g. 2^k on a log axis lands exactly on 2^k.
    const value = integer ? Math.round(raw) : Number(raw.toPrecision(12));
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export type { TrialParams };
