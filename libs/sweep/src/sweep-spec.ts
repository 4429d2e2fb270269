import { z } from 'zod';
import { SweepTooLargeError, SweepValidationError, type SweepIssue } from './errors';
import {
  PARAM_NAMES,
  combinationIssue,
  isParamName,
  paramDef,
  paramValueIssue,
  type ParamName,
  type ParamValue,
  type TrialParams,
} from './param-schema';
import { SWEEP_LIMITS, longestString, nestingDepth } from './sweep-limits';
import { completeParams } from './expand-sweep';

export type { ParamValue };

/** A validated sweep: every grid axis already expanded to its list of values. */
export interface SweepSpec {
  name: string;
  description?: string;
  grid: Partial<Record<ParamName, ParamValue[]>>;
  fixed: Partial<Record<ParamName, ParamValue>>;
}

export interface SweepValidationOptions {
  /** Most trials the grid may expand to (counted, never expanded, to check). */
  maxTrials?: number;
}

const SWEEP_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const generatedAxis = z.strictObject({
  from: z.number().finite(),
  to: z.number().finite(),
  num: z.number().int().min(1),
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
  description: z.string({ error: 'expected a string' }).optional(),
  grid: z.record(z.string(), z.unknown(), { error: 'expected a mapping of parameter to values' }),
  fixed: z
    .record(z.string(), z.unknown(), { error: 'expected a mapping of parameter to a value' })
    .optional(),
});

/**
 * Validates a parsed sweep file (YAML or JSON object) and expands grid generators
 * (`{from, to, num, scale}`, `{range: [a, b]}`) into explicit lists. Sizes are counted
 * before anything is expanded. Every problem found is reported at once, each with the
 * path of the offending field.
 */
export function validateSweepSpec(
  raw: unknown,
  source?: string,
  options: SweepValidationOptions = {},
): SweepSpec {
  checkShapeLimits(raw);
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

  const axes: [ParamName, Axis][] = [];
  const fixed: SweepSpec['fixed'] = {};
  for (const [key, value] of Object.entries(rawGrid)) {
    const param = checkParamName(key, `grid.${key}`, issues);
    if (!param) continue;
    if (Object.hasOwn(rawFixed, key)) {
      issues.push({
        path: `grid.${key}`,
        message: `"${key}" is in both grid and fixed; keep it in one`,
      });
      continue;
    }
    const axis = readAxis(param, value, `grid.${key}`, issues);
    if (axis) axes.push([param, axis]);
  }
  for (const [key, value] of Object.entries(rawFixed)) {
    const param = checkParamName(key, `fixed.${key}`, issues);
    if (!param || Object.hasOwn(rawGrid, key)) continue;
    const checked = checkValue(param, value, `fixed.${key}`, issues);
    if (checked !== undefined) fixed[param] = checked;
  }
  for (const required of ['n', 'width'] as const) {
    if (!Object.hasOwn(rawGrid, required) && !Object.hasOwn(rawFixed, required)) {
      issues.push({ path: 'grid', message: `"${required}" is required (in grid or fixed)` });
    }
  }
  // Each axis is bounded, so expanding them all (to report every bad value) is safe.
  const grid: SweepSpec['grid'] = {};
  for (const [param, axis] of axes) {
    const values = expandAxis(param, axis, `grid.${param}`, issues);
    if (values) grid[param] = values;
  }
  if (issues.length > 0) throw new SweepValidationError(issues, source);
  // Counted, not expanded: a hostile grid may ask for billions of trials.
  const size = axes.reduce((product, [, axis]) => product * axis.count, 1);
  if (options.maxTrials !== undefined && size > options.maxTrials) {
    throw new SweepTooLargeError(size, options.maxTrials);
  }
  const spec: SweepSpec = {
    name,
    ...(description === undefined ? {} : { description }),
    grid,
    fixed,
  };
  const worst = combinationIssue(worstCase(spec));
  if (worst) {
    const where = spec.grid[worst.field as ParamName] ? 'grid' : 'fixed';
    throw new SweepValidationError(
      [{ path: `${where}.${worst.field}`, message: worst.reason }],
      source,
    );
  }
  return spec;
}

/** Bytes are checked by whoever reads the text; depth and strings are checked here. */
function checkShapeLimits(raw: unknown): void {
  const depth = nestingDepth(raw, SWEEP_LIMITS.maxDepth);
  if (depth > SWEEP_LIMITS.maxDepth) {
    throw new SweepTooLargeError(depth, SWEEP_LIMITS.maxDepth, 'nesting depth');
  }
  const longest = longestString(raw);
  if (longest > SWEEP_LIMITS.maxStringLength) {
    throw new SweepTooLargeError(longest, SWEEP_LIMITS.maxStringLength, 'string length');
  }
}

/**
 * The trial that every combination rule is most likely to refuse (the rules grow with n,
 * width, d, test_size and steps, and shrink with record_every), so checking it checks all.
 */
function worstCase(spec: SweepSpec): TrialParams {
  const values: Partial<Record<ParamName, ParamValue>> = { ...spec.fixed };
  for (const name of PARAM_NAMES) {
    const axis = spec.grid[name];
    if (!axis || axis.length === 0) continue;
    if (name === 'record_every') values[name] = Math.min(...(axis as number[]));
    else if (name === 'bias') values[name] = axis.includes(true);
    else if (name === 'optimizer') values[name] = axis.includes('adam') ? 'adam' : 'gd';
    else if (paramDef(name).kind === 'int' || paramDef(name).kind === 'real')
      values[name] = Math.max(...(axis as number[]));
    else values[name] = axis[0] as ParamValue;
  }
  return completeParams(values);
}

type Axis =
  | { kind: 'list'; values: unknown[]; count: number }
  | { kind: 'range'; from: number; step: number; count: number }
  | { kind: 'generated'; from: number; to: number; scale: 'log' | 'linear'; count: number };

function checkParamName(key: string, path: string, issues: SweepIssue[]): ParamName | undefined {
  if (isParamName(key)) return key;
  issues.push({ path, message: `unknown parameter "${key}" (known: ${PARAM_NAMES.join(', ')})` });
  return undefined;
}

function checkValue(
  param: ParamName,
  value: unknown,
  path: string,
  issues: SweepIssue[],
): ParamValue | undefined {
  const reason = paramValueIssue(param, value);
  if (reason === undefined) return value as ParamValue;
  issues.push({ path, message: `${reason}, got ${describe(value)}` });
  return undefined;
}

const isNumeric = (param: ParamName) => {
  const kind = paramDef(param).kind;
  return kind === 'int' || kind === 'real';
};

/** Reads an axis and counts its values, expanding nothing. */
function readAxis(
  param: ParamName,
  axis: unknown,
  path: string,
  issues: SweepIssue[],
): Axis | undefined {
  const max = SWEEP_LIMITS.maxValuesPerAxis;
  const tooMany = (count: number) => {
    issues.push({
      path,
      message: `${count} values on one axis, more than the limit of ${max} values per axis`,
    });
    return undefined;
  };
  if (Array.isArray(axis)) {
    if (axis.length === 0) {
      issues.push({ path, message: 'empty grid axis: give at least one value' });
      return undefined;
    }
    if (axis.length > max) return tooMany(axis.length);
    return { kind: 'list', values: axis, count: axis.length };
  }
  if (axis !== null && typeof axis === 'object' && 'range' in axis) {
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
    if (paramDef(param).kind !== 'int') {
      issues.push({ path, message: `{range} is for integer parameters; "${param}" is not one` });
      return undefined;
    }
    if (b < a) {
      issues.push({ path, message: `range end ${b} is below its start ${a}` });
      return undefined;
    }
    const count = Math.floor((b - a) / step) + 1;
    if (count > max) return tooMany(count);
    return { kind: 'range', from: a, step, count };
  }
  if (axis !== null && typeof axis === 'object' && 'from' in axis) {
    const parsed = generatedAxis.safeParse(axis);
    if (!parsed.success || !isNumeric(param)) {
      issues.push({
        path,
        message: isNumeric(param)
          ? 'expected {from, to, num, scale: log|linear} with finite from/to and an integer num >= 1'
          : `{from, to, num} is for numeric parameters; "${param}" is not one`,
      });
      return undefined;
    }
    const { from, to, num, scale } = parsed.data;
    if (scale === 'log' && (from <= 0 || to <= 0)) {
      issues.push({ path, message: 'a log scale needs from > 0 and to > 0' });
      return undefined;
    }
    if (num > max) return tooMany(num);
    return { kind: 'generated', from, to, scale, count: num };
  }
  issues.push({
    path,
    message: `expected a list of values, {from, to, num, scale} or {range: [a, b]}, got ${describe(axis)}`,
  });
  return undefined;
}

/** The axis's distinct valid values, in order; each bad one is reported with its index. */
function expandAxis(
  param: ParamName,
  axis: Axis,
  path: string,
  issues: SweepIssue[],
): ParamValue[] | undefined {
  const integer = paramDef(param).kind === 'int';
  const candidates: unknown[] = [];
  for (let i = 0; i < axis.count; i++) {
    if (axis.kind === 'list') candidates.push(axis.values[i]);
    else if (axis.kind === 'range') candidates.push(axis.from + i * axis.step);
    else {
      const t = axis.count === 1 ? 0 : i / (axis.count - 1);
      const raw =
        axis.scale === 'log'
          ? Math.exp(Math.log(axis.from) + t * (Math.log(axis.to) - Math.log(axis.from)))
          : axis.from + t * (axis.to - axis.from);
      // Rounding removes floating error so that e.g. 2^k on a log axis lands exactly on 2^k.
      candidates.push(integer ? Math.round(raw) : Number(raw.toPrecision(12)));
    }
  }
  const values: ParamValue[] = [];
  const seen = new Set<ParamValue>();
  let bad = 0;
  candidates.forEach((candidate, i) => {
    // One line per problem, not one per value: a long bad axis is summarized.
    if (bad >= 5) {
      if (paramValueIssue(param, candidate) !== undefined) bad++;
      return;
    }
    const before = issues.length;
    const checked = checkValue(param, candidate, `${path}[${i}]`, issues);
    if (issues.length > before) bad++;
    if (checked !== undefined && !seen.has(checked)) {
      seen.add(checked);
      values.push(checked);
    }
  });
  if (bad > 5) issues.push({ path, message: `${bad - 5} more bad values on this axis` });
  return bad > 0 ? undefined : values;
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
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
