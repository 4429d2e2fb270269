import {
  PARAM_NAMES,
  paramDef,
  trialParamsIssue,
  type CurvePoint,
  type EnumParamDef,
  type ParamName,
  type TrialMetrics,
  type TrialParams,
} from '@thresher/sweep';
import { MessageValidationError } from './errors';
import { thresher } from './generated/coordinator';

const pb = thresher.v1;

/** The generated enum objects by their proto type name (name -> number, number -> name). */
const ENUMS = pb as unknown as Record<string, Record<string, number>>;

/** The wire enum value of an enum parameter's value: `${protoPrefix}_${VALUE}` by name. */
function enumNumber(def: EnumParamDef, value: string): number | undefined {
  return ENUMS[def.protoEnum]?.[`${def.protoPrefix}_${value.toUpperCase()}`];
}

function enumValue(def: EnumParamDef, num: unknown): string | undefined {
  return def.values.find((v) => enumNumber(def, v) === num);
}

/** A finite number, or throws naming the field. */
export function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MessageValidationError(field, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

type WireParams = Record<string, unknown>;

/** Each field as the parameter table names it; enums by their proto names. */
export function paramsToProto(p: TrialParams): thresher.v1.ITrialParams {
  const wire: WireParams = {};
  for (const name of PARAM_NAMES) {
    const def = paramDef(name);
    const value = p[name];
    if (def.kind === 'enum') {
      const num = enumNumber(def, value as string);
      if (num === undefined)
        throw new MessageValidationError(name, `unknown value ${String(value)}`);
      wire[def.proto] = num;
    } else {
      wire[def.proto] = value;
    }
  }
  return wire as thresher.v1.ITrialParams;
}

/**
 * Complete TrialParams from a decoded message, checked by the same rules as a submitted
 * sweep (the parameter table); `at` prefixes field names.
 */
export function paramsFromProto(
  m: thresher.v1.ITrialParams | null | undefined,
  at = 'params',
): TrialParams {
  if (!m) throw new MessageValidationError(at, 'missing');
  const wire = m as WireParams;
  const params: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) {
    const def = paramDef(name);
    const raw = wire[def.proto];
    if (def.kind === 'enum') {
      const value = enumValue(def, raw);
      if (value === undefined) {
        throw new MessageValidationError(
          `${at}.${name}`,
          `unknown or missing enum value ${String(raw)}`,
        );
      }
      params[name] = value;
    } else if (def.kind === 'bool') {
      params[name] = raw === true;
    } else {
      // proto3 leaves zero-valued scalars out: absent means 0.
      params[name] = raw ?? 0;
    }
  }
  const issue = trialParamsIssue(params);
  if (issue) {
    const field = issue.field === 'params' ? at : `${at}.${issue.field as ParamName}`;
    throw new MessageValidationError(field, `${issue.reason}, got ${String(issue.value)}`);
  }
  return params as TrialParams;
}

function nonNegative(value: unknown, field: string): number {
  const v = finite(value, field);
  if (v < 0) throw new MessageValidationError(field, `must be >= 0, got ${v}`);
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
  // The column travels only when every point has a value (it is all or nothing on the wire).
  const aligned = points.every((p) => p.aligned_fraction !== undefined);
  return {
    step: points.map((p) => p.step),
    trainLoss: points.map((p) => p.train_loss),
    testLoss: points.map((p) => p.test_loss),
    ...(aligned && points.length > 0
      ? { alignedFraction: points.map((p) => p.aligned_fraction as number) }
      : {}),
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
  const aligned = c?.alignedFraction ?? [];
  if (train.length !== steps.length || test.length !== steps.length) {
    throw new MessageValidationError(
      at,
      `columns differ in length (${steps.length}, ${train.length}, ${test.length})`,
    );
  }
  if (aligned.length !== 0 && aligned.length !== steps.length) {
    throw new MessageValidationError(
      `${at}.aligned_fraction`,
      `has ${aligned.length} values for ${steps.length} steps (all or none)`,
    );
  }
  const out: CurvePoint[] = [];
  let previous = -1;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as number;
    if (step <= previous)
      throw new MessageValidationError(`${at}.step[${i}]`, 'steps must increase');
    previous = step;
    const point: CurvePoint = {
      step,
      train_loss: finite(train[i], `${at}.train_loss[${i}]`),
      test_loss: finite(test[i], `${at}.test_loss[${i}]`),
    };
    if (aligned.length > 0) {
      const value = finite(aligned[i], `${at}.aligned_fraction[${i}]`);
      if (value < 0 || value > 1) {
        throw new MessageValidationError(`${at}.aligned_fraction[${i}]`, 'must be in [0, 1]');
      }
      point.aligned_fraction = value;
    }
    out.push(point);
  }
  return out;
}
