import { z } from 'zod';
import type { ParamName } from './trial-params';

const MAX_SEED = 2 ** 32 - 1;

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

const positive = (what: string) =>
  z
    .number({ error: `expected ${what}` })
    .positive({ error: `expected ${what}` })
    .finite();

const choice = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });

/** Value schema of every sweepable parameter; unknown names are rejected by the caller. */
export const PARAM_VALUE_SCHEMAS: Record<ParamName, z.ZodType> = {
  n: int(1, 10_000_000, 'an integer >= 1'),
  width: int(1, 1_000_000, 'an integer >= 1'),
  seed: int(0, MAX_SEED, `an integer between 0 and ${MAX_SEED}`),
  d: int(1, 100_000, 'an integer >= 1'),
  data: choice(['gaussian', 'sphere']),
  teacher: choice(['random', 'e1']),
  noise: z
    .number({ error: 'expected a number >= 0' })
    .min(0, { error: 'expected a number >= 0' })
    .finite(),
  init_scale: positive('a number > 0'),
  init: choice(['balanced', 'gaussian']),
  activation: choice(['relu', 'gelu']),
  optimizer: choice(['gd', 'adam']),
  lr: positive('a number > 0'),
  steps: int(0, 100_000_000, 'an integer >= 0'),
  bias: z.boolean({ error: 'expected true or false' }),
  test_size: int(1, 10_000_000, 'an integer >= 1'),
  record_every: int(1, 100_000_000, 'an integer >= 1'),
};

export const INTEGER_PARAMS: ReadonlySet<ParamName> = new Set([
  'n',
  'width',
  'seed',
  'd',
  'steps',
  'test_size',
  'record_every',
]);

export const NUMERIC_PARAMS: ReadonlySet<ParamName> = new Set([
  ...INTEGER_PARAMS,
  'noise',
  'init_scale',
  'lr',
]);
