/** The complete, canonical parameters of one trial (SPEC section 1). */
export interface TrialParams {
  n: number;
  width: number;
  seed: number;
  d: number;
  data: DataDistribution;
  teacher: TeacherKind;
  noise: number;
  init_scale: number;
  init: InitKind;
  activation: Activation;
  optimizer: OptimizerKind;
  lr: number;
  steps: number;
  bias: boolean;
  test_size: number;
  record_every: number;
}

export type DataDistribution = 'gaussian' | 'sphere';
export type TeacherKind = 'random' | 'e1';
export type InitKind = 'balanced' | 'gaussian';
export type Activation = 'relu' | 'gelu';
export type OptimizerKind = 'gd' | 'adam';

export type ParamName = keyof TrialParams;

/** Parameter names in their canonical column order. */
export const PARAM_NAMES: readonly ParamName[] = [
  'n',
  'width',
  'seed',
  'd',
  'data',
  'teacher',
  'noise',
  'init_scale',
  'init',
  'activation',
  'optimizer',
  'lr',
  'steps',
  'bias',
  'test_size',
  'record_every',
];

/** Defaults from the spec; `record_every` defaults to steps / 50 and is derived. */
export const PARAM_DEFAULTS: Omit<TrialParams, 'n' | 'width' | 'seed' | 'record_every'> = {
  d: 5,
  data: 'gaussian',
  teacher: 'random',
  noise: 0.5,
  init_scale: 1e-3,
  init: 'balanced',
  activation: 'relu',
  optimizer: 'gd',
  lr: 0.1,
  steps: 10_000,
  bias: false,
  test_size: 10_000,
};

export function defaultRecordEvery(steps: number): number {
  return Math.max(1, Math.floor(steps / 50));
}
