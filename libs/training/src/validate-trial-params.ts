import { PARAM_NAMES, type TrialParams } from '@thresher/sweep';
import { InvalidTrialParamsError } from './errors';

const CHOICES: Partial<Record<keyof TrialParams, readonly string[]>> = {
  data: ['gaussian', 'sphere'],
  teacher: ['random', 'e1'],
  init: ['balanced', 'gaussian'],
  activation: ['relu', 'gelu'],
  optimizer: ['gd', 'adam'],
};

/** Integer parameters and their least allowed value. */
const INTEGERS: Partial<Record<keyof TrialParams, number>> = {
  n: 1,
  width: 1,
  d: 1,
  steps: 0,
  test_size: 1,
  record_every: 1,
  seed: Number.MIN_SAFE_INTEGER,
};

/**
 * Checks complete trial parameters before any tensor is made; throws InvalidTrialParamsError
 * naming the first bad field.
 */
export function validateTrialParams(p: TrialParams): void {
  if (typeof p !== 'object' || p === null)
    throw new InvalidTrialParamsError('params', p, 'not an object');
  const record = p as unknown as Record<string, unknown>;
  for (const name of PARAM_NAMES) {
    const value = record[name];
    const fail = (reason: string): never => {
      throw new InvalidTrialParamsError(name, value, reason);
    };
    if (value === undefined) fail('missing');
    const choices = CHOICES[name];
    if (choices) {
      if (typeof value !== 'string' || !choices.includes(value))
        fail(`must be one of ${choices.join(', ')}`);
      continue;
    }
    if (name === 'bias') {
      if (typeof value !== 'boolean') fail('must be a boolean');
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('must be a finite number');
    const v = value as number;
    const min = INTEGERS[name];
    if (min !== undefined) {
      if (!Number.isSafeInteger(v)) fail('must be an integer');
      if (v < min) fail(`must be >= ${min}`);
    } else if (name === 'lr' || name === 'init_scale') {
      if (v <= 0) fail('must be > 0');
    } else if (v < 0) {
      fail('must be >= 0'); // noise
    }
  }
}
