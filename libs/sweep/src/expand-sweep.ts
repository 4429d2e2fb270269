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
  return expandSweepSlice(spec, 0, size);
}

/**
 * The trials at grid indexes [from, to) of expandSweep's order, computed without the ones
 * before: a large grid is inserted (and resumed after a restart) a chunk at a time.
 */
export function expandSweepSlice(spec: SweepSpec, from: number, to: number): TrialParams[] {
  const axes = PARAM_NAMES.filter((name) => spec.grid[name] !== undefined).map(
    (name) => [name, spec.grid[name] as ParamValue[]] as const,
  );
  const end = Math.min(to, gridSize(spec));
  const trials: TrialParams[] = [];
  for (let index = Math.max(0, from); index < end; index++) {
    const current: Partial<Record<ParamName, ParamValue>> = { ...spec.fixed };
    let rest = index;
    for (let a = axes.length - 1; a >= 0; a--) {
      const [name, values] = axes[a] as (typeof axes)[number];
      current[name] = values[rest % values.length] as ParamValue;
      rest = Math.floor(rest / values.length);
    }
    trials.push(completeParams(current));
  }
  return trials;
}

/** Fills defaults into a partial assignment that holds at least n and width. */
export function completeParams(values: Partial<Record<ParamName, ParamValue>>): TrialParams {
  const merged = { ...PARAM_DEFAULTS, ...values } as Omit<TrialParams, 'record_every'> & {
    record_every?: number;
  };
  return { ...merged, record_every: merged.record_every ?? defaultRecordEvery(merged.steps) };
}
