/**
 * Every trial parameter, declared once: its type, bounds, default, SQL column type and
 * protobuf field. The TypeScript type of a trial, the sweep-file validation, the store's
 * checks, the proto conversion, the training checks and the SQL column lists are all
 * derived from this table. To add a parameter: add it here (at the end: the order is
 * part of a trial's identity hash), add the field to proto/thresher/v1/coordinator.proto,
 * and append a store migration that adds its column.
 */

import { MAX_TRIAL_BYTES, trialMemoryBytes } from './trial-cost';

/** SQL column types, portable between SQLite and PostgreSQL. */
export type SqlColumnType = 'integer' | 'bigint' | 'double precision' | 'text';

interface ParamBase {
  /** What the parameter means (docs, `--help`). */
  doc: string;
  /** SQL type of its column in `trials` (and `trial_results`); booleans are 0/1 integers. */
  column: SqlColumnType;
  /** Field name in the `TrialParams` message as protobufjs spells it (camelCase). */
  proto: string;
}

export interface IntParamDef extends ParamBase {
  kind: 'int';
  min: number;
  max: number;
  default?: number;
}

export interface RealParamDef extends ParamBase {
  kind: 'real';
  min: number;
  /** Whether `min` itself is refused (`> min` rather than `>= min`). */
  exclusiveMin: boolean;
  max: number;
  default?: number;
}

export interface EnumParamDef extends ParamBase {
  kind: 'enum';
  values: readonly [string, ...string[]];
  default?: string;
  /** The proto enum type; its value names are `${protoPrefix}_${VALUE}`. */
  protoEnum: string;
  protoPrefix: string;
}

export interface BoolParamDef extends ParamBase {
  kind: 'bool';
  default?: boolean;
}

export type ParamDef = IntParamDef | RealParamDef | EnumParamDef | BoolParamDef;

export const MAX_SEED = 2 ** 32 - 1;
/** Most points a loss curve may have (steps / record_every): a bundle of results fits one message. */
export const MAX_CURVE_POINTS = 10_000;

export const PARAMS = {
  n: { kind: 'int', min: 1, max: 10_000_000, column: 'integer', proto: 'n', doc: 'training samples' },
  width: { kind: 'int', min: 1, max: 1_000_000, column: 'integer', proto: 'width', doc: 'hidden neurons m' },
  seed: { kind: 'int', min: 0, max: MAX_SEED, default: 0, column: 'bigint', proto: 'seed', doc: 'fixes data, teacher and initialization' },
  d: { kind: 'int', min: 1, max: 100_000, default: 5, column: 'integer', proto: 'd', doc: 'input dimension' },
  data: { kind: 'enum', values: ['gaussian', 'sphere'], default: 'gaussian', column: 'text', proto: 'data', protoEnum: 'DataDistribution', protoPrefix: 'DATA_DISTRIBUTION', doc: 'x ~ N(0, I_d), or uniform on the sphere of radius sqrt(d)' },
  teacher: { kind: 'enum', values: ['random', 'e1'], default: 'random', column: 'text', proto: 'teacher', protoEnum: 'TeacherKind', protoPrefix: 'TEACHER_KIND', doc: 'beta*: a random unit vector, or the first basis vector' },
  noise: { kind: 'real', min: 0, exclusiveMin: false, max: 1e6, default: 0.5, column: 'double precision', proto: 'noise', doc: 'label noise standard deviation sigma' },
  init_scale: { kind: 'real', min: 0, exclusiveMin: true, max: 1e6, default: 1e-3, column: 'double precision', proto: 'initScale', doc: 'initialization scale lambda' },
  init: { kind: 'enum', values: ['balanced', 'gaussian'], default: 'balanced', column: 'text', proto: 'init', protoEnum: 'InitKind', protoPrefix: 'INIT_KIND', doc: 'a_j = +-norm(w_j), or a_j = lambda * N(0, 1)' },
  activation: { kind: 'enum', values: ['relu', 'gelu'], default: 'relu', column: 'text', proto: 'activation', protoEnum: 'Activation', protoPrefix: 'ACTIVATION', doc: 'hidden activation' },
  optimizer: { kind: 'enum', values: ['gd', 'adam'], default: 'gd', column: 'text', proto: 'optimizer', protoEnum: 'OptimizerKind', protoPrefix: 'OPTIMIZER_KIND', doc: 'full-batch gradient descent or Adam' },
  lr: { kind: 'real', min: 0, exclusiveMin: true, max: 1e6, default: 0.1, column: 'double precision', proto: 'lr', doc: 'step size' },
  steps: { kind: 'int', min: 1, max: 100_000_000, default: 10_000, column: 'integer', proto: 'steps', doc: 'optimizer steps (at least 1)' },
  bias: { kind: 'bool', default: false, column: 'integer', proto: 'bias', doc: 'augment x with a constant coordinate 1' },
  test_size: { kind: 'int', min: 1, max: 10_000_000, default: 10_000, column: 'integer', proto: 'testSize', doc: 'fresh samples for the test estimates' },
  record_every: { kind: 'int', min: 1, max: 100_000_000, column: 'integer', proto: 'recordEvery', doc: 'steps between loss-curve points (default steps / 50)' },
} as const satisfies Record<string, ParamDef>; // prettier-ignore

type Params = typeof PARAMS;
export type ParamName = keyof Params;

type ValueOf<D> = D extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : D extends { kind: 'bool' }
    ? boolean
    : number;

/** The complete, canonical parameters of one trial. */
export type TrialParams = { -readonly [K in ParamName]: ValueOf<Params[K]> };

export type DataDistribution = TrialParams['data'];
export type TeacherKind = TrialParams['teacher'];
export type InitKind = TrialParams['init'];
export type Activation = TrialParams['activation'];
export type OptimizerKind = TrialParams['optimizer'];
export type ParamValue = number | string | boolean;

/** Parameter names in their canonical order (column order, identity hash order). */
export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

export function paramDef(name: ParamName): ParamDef {
  return PARAMS[name];
}

export function isParamName(name: string): name is ParamName {
  return Object.prototype.hasOwnProperty.call(PARAMS, name);
}

/** Defaults of every parameter that has one (n and width have none; record_every is derived). */
export const PARAM_DEFAULTS = Object.fromEntries(
  PARAM_NAMES.flatMap((name) => {
    const def: ParamDef = PARAMS[name];
    return def.default === undefined ? [] : [[name, def.default]];
  }),
) as Omit<TrialParams, 'n' | 'width' | 'record_every'>;

export function defaultRecordEvery(steps: number): number {
  return Math.max(1, Math.floor(steps / 50));
}

/** What the parameter accepts, in words ("an integer between 1 and 10000000"). */
export function describeParam(def: ParamDef): string {
  switch (def.kind) {
    case 'int':
      return `an integer between ${def.min} and ${def.max}`;
    case 'real':
      return `a number ${def.exclusiveMin ? '>' : '>='} ${def.min} and <= ${def.max}`;
    case 'enum':
      return `one of ${def.values.map((v) => `"${v}"`).join(', ')}`;
    case 'bool':
      return 'true or false';
  }
}

/** Why `value` is not a valid value of parameter `name`, or undefined when it is. */
export function paramValueIssue(name: ParamName, value: unknown): string | undefined {
  const def: ParamDef = PARAMS[name];
  const expected = `expected ${describeParam(def)}`;
  switch (def.kind) {
    case 'int':
      return typeof value === 'number' &&
        Number.isSafeInteger(value) &&
        value >= def.min &&
        value <= def.max
        ? undefined
        : expected;
    case 'real':
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        (def.exclusiveMin ? value > def.min : value >= def.min) &&
        value <= def.max
        ? undefined
        : expected;
    case 'enum':
      return typeof value === 'string' && (def.values as readonly string[]).includes(value)
        ? undefined
        : expected;
    case 'bool':
      return typeof value === 'boolean' ? undefined : expected;
  }
}

export interface TrialParamsIssue {
  field: ParamName | 'params';
  value: unknown;
  reason: string;
}

/**
 * The first problem of a complete parameter set (each value, then the rules that tie
 * values together), or undefined. Everything that accepts parameters checks with this.
 */
export function trialParamsIssue(params: unknown): TrialParamsIssue | undefined {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return { field: 'params', value: params, reason: 'expected an object' };
  }
  const record = params as Record<string, unknown>;
  for (const name of PARAM_NAMES) {
    const value = record[name];
    if (value === undefined) return { field: name, value, reason: 'missing' };
    const reason = paramValueIssue(name, value);
    if (reason) return { field: name, value, reason };
  }
  for (const key of Object.keys(record)) {
    if (!isParamName(key))
      return { field: 'params', value: key, reason: `unknown parameter "${key}"` };
  }
  const p = record as TrialParams;
  return combinationIssue(p);
}

/** Rules between parameters: every trial that passes them can be trained. */
export function combinationIssue(p: TrialParams): TrialParamsIssue | undefined {
  const bytes = trialMemoryBytes(p);
  if (bytes > MAX_TRIAL_BYTES) {
    const gib = (b: number) => `${(b / 2 ** 30).toFixed(1)} GiB`;
    return {
      field: 'n',
      value: p.n,
      reason: `a trial of n=${p.n}, width=${p.width}, d=${p.d}, test_size=${p.test_size} needs about ${gib(bytes)} to train, more than the ${gib(MAX_TRIAL_BYTES)} limit`,
    };
  }
  const points = Math.ceil(p.steps / p.record_every);
  if (points > MAX_CURVE_POINTS) {
    return {
      field: 'record_every',
      value: p.record_every,
      reason: `steps / record_every = ${points} curve points, more than ${MAX_CURVE_POINTS}; raise record_every`,
    };
  }
  return undefined;
}
