import { SweepTooLargeError } from './errors';
import type { ParamValue, SweepSpec } from './sweep-spec';
import {
  PARAM_DEFAULTS,
  PARAM_NAMES,
  defaultRecordEvery,
  type ParamName,
  type TrialParams,
} from './param-schema';

/** Number of trials the grid expands to, without expanding it. */
export function gridSize(spec: SweepSpec): number {
  return Object.values(spec.grid).reduce((size, values) => size * (values?.length ?? 1), 1);
}

/**
 * Expands a validated sweep into complete trial parameters: the cartesian product of
 * the grid axes (in canonical parameter order, the last axis varying fastest), with
 * fixed values and spec defaults filled in.
 */
export function expandSweep(spec: SweepSpec, options: { maxTrials?: number } = {}): TrialParams[] {
  const size = gridSize(spec);
  if (options.maxTrials !== undefined && size > options.maxTrials) {
    throw new SweepTooLargeError(size, options.maxTrials);
  }
  const axes = PARAM_NAMES.filter((name) => spec.grid[name] !== undefined).map(
    (name) => [name, spec.grid[name] as ParamValue[]] as const,
  );
  const trials: TrialParams[] = [];
  const current: Partial<Record<ParamName, ParamValue>> = { ...spec.fixed };
  const visit = (axis: number): void => {
    const entry = axes[axis];
    if (!entry) {
      trials.push(completeParams(current));
      return;
    }
    const [name, values] = entry;
    for (const value of values) {
      current[name] = value;
      visit(axis + 1);
    }
  };
  visit(0);
  return trials;
}

/** Fills defaults into a partial assignment that holds at least n and width. */
export function completeParams(values: Partial<Record<ParamName, ParamValue>>): TrialParams {
  const merged = { ...PARAM_DEFAULTS, ...values } as Omit<TrialParams, 'record_every'> & {
    record_every?: number;
  };
  return { ...merged, record_every: merged.record_every ?? defaultRecordEvery(merged.steps) };
}
