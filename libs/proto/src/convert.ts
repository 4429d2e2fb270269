import type {
  Activation,
  CurvePoint,
  DataDistribution,
  InitKind,
  OptimizerKind,
  TeacherKind,
  TrialMetrics,
  TrialParams,
} from '@thresher/sweep';
import { MessageValidationError } from './errors';
import { thresher } from './generated/coordinator';

const pb = thresher.v1;

// Enum tables: domain string <-> wire enum number (0 is always "unspecified").
const DATA: Record<DataDistribution, number> = {
  gaussian: pb.DataDistribution.DATA_DISTRIBUTION_GAUSSIAN,
  sphere: pb.DataDistribution.DATA_DISTRIBUTION_SPHERE,
};
const TEACHER: Record<TeacherKind, number> = {
  random: pb.TeacherKind.TEACHER_KIND_RANDOM,
  e1: pb.TeacherKind.TEACHER_KIND_E1,
};
const INIT: Record<InitKind, number> = {
  balanced: pb.InitKind.INIT_KIND_BALANCED,
  gaussian: pb.InitKind.INIT_KIND_GAUSSIAN,
};
const ACTIVATION: Record<Activation, number> = {
  relu: pb.Activation.ACTIVATION_RELU,
  gelu: pb.Activation.ACTIVATION_GELU,
};
const OPTIMIZER: Record<OptimizerKind, number> = {
  gd: pb.OptimizerKind.OPTIMIZER_KIND_GD,
  adam: pb.OptimizerKind.OPTIMIZER_KIND_ADAM,
};

function fromEnum<T extends string>(table: Record<T, number>, value: unknown, field: string): T {
  for (const [name, num] of Object.entries(table) as [T, number][]) if (num === value) return name;
  throw new MessageValidationError(field, `unknown or missing enum value ${String(value)}`);
}

function toEnum<T extends string>(table: Record<T, number>, value: T, field: string): number {
  const num = table[value];
  if (num === undefined) throw new MessageValidationError(field, `unknown value ${String(value)}`);
  return num;
}

/** A finite number, or throws naming the field. */
export function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MessageValidationError(field, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** An integer >= min (wire uint32 values are already integers; seeds are doubles). */
export function integer(value: unknown, field: string, min: number): number {
  const v = finite(value, field);
  if (!Number.isSafeInteger(v) || v < min) {
    throw new MessageValidationError(field, `must be an integer >= ${min}, got ${v}`);
  }
  return v;
}

export function paramsToProto(p: TrialParams): thresher.v1.ITrialParams {
  return {
    n: p.n,
    width: p.width,
    seed: p.seed,
    d: p.d,
    data: toEnum(DATA, p.data, 'data'),
    teacher: toEnum(TEACHER, p.teacher, 'teacher'),
    noise: p.noise,
    initScale: p.init_scale,
    init: toEnum(INIT, p.init, 'init'),
    activation: toEnum(ACTIVATION, p.activation, 'activation'),
    optimizer: toEnum(OPTIMIZER, p.optimizer, 'optimizer'),
    lr: p.lr,
    steps: p.steps,
    bias: p.bias,
    testSize: p.test_size,
    recordEvery: p.record_every,
  };
}

/** Complete, range-checked TrialParams from a decoded message; `at` prefixes field names. */
export function paramsFromProto(
  m: thresher.v1.ITrialParams | null | undefined,
  at = 'params',
): TrialParams {
  if (!m) throw new MessageValidationError(at, 'missing');
  const f = (name: string) => `${at}.${name}`;
  return {
    n: integer(m.n, f('n'), 1),
    width: integer(m.width, f('width'), 1),
    seed: integer(m.seed ?? 0, f('seed'), Number.MIN_SAFE_INTEGER),
    d: integer(m.d, f('d'), 1),
    data: fromEnum(DATA, m.data, f('data')),
    teacher: fromEnum(TEACHER, m.teacher, f('teacher')),
    noise: nonNegative(m.noise ?? 0, f('noise')),
    init_scale: nonNegative(m.initScale ?? 0, f('init_scale')),
    init: fromEnum(INIT, m.init, f('init')),
    activation: fromEnum(ACTIVATION, m.activation, f('activation')),
    optimizer: fromEnum(OPTIMIZER, m.optimizer, f('optimizer')),
    lr: positive(m.lr, f('lr')),
    steps: integer(m.steps, f('steps'), 1),
    bias: m.bias === true,
    test_size: integer(m.testSize, f('test_size'), 1),
    record_every: integer(m.recordEvery, f('record_every'), 1),
  };
}

function nonNegative(value: unknown, field: string): number {
  const v = finite(value, field);
  if (v < 0) throw new MessageValidationError(field, `must be >= 0, got ${v}`);
  return v;
}

function positive(value: unknown, field: string): number {
  const v = finite(value, field);
  if (v <= 0) throw new MessageValidationError(field, `must be > 0, got ${v}`);
  return v;
}

/**
 * Non-finite metrics travel as absent fields; so do the ratios when null (undefined: OLS
 * interpolates the data they divide by).
 */
export function metricsToProto(m: TrialMetrics): thresher.v1.ITrialMetrics {
  const opt = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
  return {
    trainLoss: opt(m.train_loss),
    testLoss: opt(m.test_loss),
    excessRisk: opt(m.excess_risk),
    olsTrainLoss: opt(m.ols_train_loss),
    olsTestLoss: opt(m.ols_test_loss),
    olsExcessRisk: opt(m.ols_excess_risk),
    interpRatio: opt(m.interp_ratio),
    testRatio: opt(m.test_ratio),
    alignedFraction: opt(m.aligned_fraction),
    converged: m.converged,
  };
}

/**
 * Metrics from the wire: the six losses are required and finite; the ratios may be absent
 * (undefined, null) and so may the aligned fraction (NaN). A value that is present must be
 * finite: NaN or infinity sent explicitly is refused.
 */
export function metricsFromProto(
  m: thresher.v1.ITrialMetrics | null | undefined,
  at = 'metrics',
): TrialMetrics {
  if (!m) throw new MessageValidationError(at, 'missing');
  const req = (v: number | null | undefined, name: string) => {
    if (v === null || v === undefined) throw new MessageValidationError(`${at}.${name}`, 'missing');
    return nonNegative(v, `${at}.${name}`);
  };
  const ratio = (v: number | null | undefined, name: string) =>
    v === null || v === undefined ? null : nonNegative(v, `${at}.${name}`);
  const opt = (v: number | null | undefined, name: string) => ratio(v, name) ?? Number.NaN;
  return {
    train_loss: req(m.trainLoss, 'train_loss'),
    test_loss: req(m.testLoss, 'test_loss'),
    excess_risk: req(m.excessRisk, 'excess_risk'),
    ols_train_loss: req(m.olsTrainLoss, 'ols_train_loss'),
    ols_test_loss: req(m.olsTestLoss, 'ols_test_loss'),
    ols_excess_risk: req(m.olsExcessRisk, 'ols_excess_risk'),
    interp_ratio: ratio(m.interpRatio, 'interp_ratio'),
    test_ratio: ratio(m.testRatio, 'test_ratio'),
    aligned_fraction: opt(m.alignedFraction, 'aligned_fraction'),
    converged: m.converged === true,
  };
}

export function curveToProto(points: readonly CurvePoint[]): thresher.v1.ICurve {
  return {
    step: points.map((p) => p.step),
    trainLoss: points.map((p) => p.train_loss),
    testLoss: points.map((p) => p.test_loss),
  };
}

/** Curve columns must have equal lengths, increasing steps and finite losses. */
export function curveFromProto(
  c: thresher.v1.ICurve | null | undefined,
  at = 'curve',
): CurvePoint[] {
  const steps = c?.step ?? [];
  const train = c?.trainLoss ?? [];
  const test = c?.testLoss ?? [];
  if (train.length !== steps.length || test.length !== steps.length) {
    throw new MessageValidationError(
      at,
      `columns differ in length (${steps.length}, ${train.length}, ${test.length})`,
    );
  }
  const out: CurvePoint[] = [];
  let previous = -1;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as number;
    if (step <= previous)
      throw new MessageValidationError(`${at}.step[${i}]`, 'steps must increase');
    previous = step;
    out.push({
      step,
      train_loss: finite(train[i], `${at}.train_loss[${i}]`),
      test_loss: finite(test[i], `${at}.test_loss[${i}]`),
    });
  }
  return out;
}
