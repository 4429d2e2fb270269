import { createHash } from 'node:crypto';
import {
  METRIC_NAMES,
  canonicalParamsJson,
  trialId as computeTrialId,
  trialParamsIssue,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';
import { InvalidInputError, InvalidResultError } from './errors';

export function requireText(field: string, value: unknown, maxLength = 500): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new InvalidInputError(
      field,
      `must be a non-empty string of at most ${maxLength} characters`,
    );
  }
  return value;
}

export function requirePositiveInteger(
  field: string,
  value: unknown,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new InvalidInputError(
      field,
      `must be an integer between 1 and ${max} (got ${String(value)})`,
    );
  }
  return value;
}

export function requireTime(field: string, value: unknown): number {
  if (!(value instanceof Date) || !Number.isFinite(value.getTime())) {
    throw new InvalidInputError(field, 'must be a valid Date');
  }
  return value.getTime();
}

/**
 * Parameters must be complete and typed, and the id must be their hash (identity is the
 * queue's key). Returns the canonical parameters JSON.
 */
export function validateTrial(
  trial: { trialId: string; params: TrialParams },
  index: number,
): string {
  const where = `trials[${index}]`;
  const issue = trialParamsIssue(trial.params);
  if (issue) {
    const field = issue.field === 'params' ? `${where}.params` : `${where}.params.${issue.field}`;
    throw new InvalidInputError(field, `${issue.reason} (got ${JSON.stringify(issue.value)})`);
  }
  const json = canonicalParamsJson(trial.params);
  // Fast path: hash the JSON we need anyway; the sweep lib's trialId() stays the authority.
  const quick = createHash('sha256').update(json).digest('hex').slice(0, 32);
  if (trial.trialId !== quick) {
    const expected = computeTrialId(trial.params);
    if (trial.trialId !== expected) {
      throw new InvalidInputError(
        `${where}.trialId`,
        `is not the hash of its parameters (expected ${expected})`,
      );
    }
  }
  return json;
}

/** Ratios are null where undefined (the OLS loss they divide by is zero). */
const NULLABLE_METRICS: ReadonlySet<string> = new Set(['interp_ratio', 'test_ratio']);

/** Everything a worker reports is checked before any of it is written. */
export function validateOutcome(outcome: TrialOutcome): void {
  if (outcome === null || typeof outcome !== 'object') {
    throw new InvalidResultError('outcome', outcome, 'must be an object');
  }
  const metrics = outcome.metrics as unknown as Record<string, unknown>;
  if (metrics === null || typeof metrics !== 'object') {
    throw new InvalidResultError('metrics', metrics, 'must be an object');
  }
  for (const name of METRIC_NAMES) {
    const v = metrics[name];
    if (v === null && NULLABLE_METRICS.has(name)) continue;
    if (name === 'converged') {
      if (typeof v !== 'boolean')
        throw new InvalidResultError(`metrics.${name}`, v, 'must be a boolean');
    } else if (typeof v !== 'number' || !Number.isFinite(v)) {
      const expected = NULLABLE_METRICS.has(name) ? 'a finite number or null' : 'a finite number';
      throw new InvalidResultError(`metrics.${name}`, v, `must be ${expected}`);
    }
  }
  if (
    typeof outcome.wall_ms !== 'number' ||
    !Number.isFinite(outcome.wall_ms) ||
    outcome.wall_ms < 0
  ) {
    throw new InvalidResultError('wall_ms', outcome.wall_ms, 'must be a finite number >= 0');
  }
  if (typeof outcome.backend !== 'string' || outcome.backend.length === 0) {
    throw new InvalidResultError('backend', outcome.backend, 'must be a non-empty string');
  }
  if (!Array.isArray(outcome.curve))
    throw new InvalidResultError('curve', outcome.curve, 'must be an array');
  const steps = new Set<number>();
  outcome.curve.forEach((point, i) => {
    if (typeof point?.step !== 'number' || !Number.isSafeInteger(point.step) || point.step < 0) {
      throw new InvalidResultError(`curve[${i}].step`, point?.step, 'must be an integer >= 0');
    }
    if (steps.has(point.step))
      throw new InvalidResultError(`curve[${i}].step`, point.step, 'is repeated');
    steps.add(point.step);
    for (const key of ['train_loss', 'test_loss'] as const) {
      if (typeof point[key] !== 'number' || !Number.isFinite(point[key])) {
        throw new InvalidResultError(`curve[${i}].${key}`, point[key], 'must be a finite number');
      }
    }
    const aligned = point.aligned_fraction;
    if (aligned !== undefined && !(typeof aligned === 'number' && aligned >= 0 && aligned <= 1)) {
      throw new InvalidResultError(`curve[${i}].aligned_fraction`, aligned, 'must be in [0, 1]');
    }
  });
}
