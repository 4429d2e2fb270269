import type { TrialMetrics, TrialParams } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import {
  curveFromProto,
  curveToProto,
  metricsFromProto,
  metricsToProto,
  paramsFromProto,
  paramsToProto,
} from './convert';
import { MessageValidationError } from './errors';
import { pb } from './messages';

const params: TrialParams = {
  n: 64,
  width: 32,
  seed: 2 ** 32 - 1,
  d: 5,
  data: 'sphere',
  teacher: 'e1',
  noise: 0.5,
  init_scale: 1e-3,
  init: 'gaussian',
  activation: 'gelu',
  optimizer: 'adam',
  lr: 0.1,
  steps: 200,
  bias: true,
  test_size: 200,
  record_every: 4,
};

const metrics: TrialMetrics = {
  train_loss: 0.01,
  test_loss: 0.4,
  excess_risk: 0.2,
  ols_train_loss: 0.1,
  ols_test_loss: 0.15,
  ols_excess_risk: 0.02,
  interp_ratio: 0.1,
  test_ratio: 2.6,
  aligned_fraction: 0.9,
  converged: true,
};

function wire<T>(
  cls: { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T },
  m: T,
): T {
  return cls.decode(cls.encode(m).finish());
}

describe('params', () => {
  it('round-trip through the wire', () => {
    expect(paramsFromProto(wire(pb.TrialParams, paramsToProto(params)))).toEqual(params);
  });

  it('refuse a missing enum and a zero n, naming the field', () => {
    const m = paramsToProto(params);
    expect(() => paramsFromProto({ ...m, data: 0 })).toThrow(/params\.data/);
    expect(() => paramsFromProto({ ...m, n: 0 })).toThrow(
      /params\.n: expected an integer between 1 and 10000000, got 0/,
    );
    expect(() => paramsFromProto({ ...m, lr: Number.NaN })).toThrow(MessageValidationError);
    expect(() => paramsFromProto({ ...m, seed: 1.5 })).toThrow(/params\.seed/);
  });
});

describe('metrics', () => {
  it('round-trip, undefined (null) ratios travel as absent and come back as null', () => {
    expect(metricsFromProto(wire(pb.TrialMetrics, metricsToProto(metrics)))).toEqual(metrics);
    const undefinedRatios = { ...metrics, interp_ratio: null, test_ratio: null };
    const onWire = wire(pb.TrialMetrics, metricsToProto(undefinedRatios));
    expect(Object.keys(onWire)).not.toContain('interpRatio');
    expect(Object.keys(onWire)).not.toContain('testRatio');
    expect(metricsFromProto(onWire)).toEqual(undefinedRatios);
    const infinite = { ...metrics, interp_ratio: Number.POSITIVE_INFINITY };
    const back = metricsFromProto(wire(pb.TrialMetrics, metricsToProto(infinite)));
    expect(back.interp_ratio).toBeNull();
  });

  it('refuse NaN sent explicitly and missing losses', () => {
    expect(() => metricsFromProto({ ...metricsToProto(metrics), interpRatio: Number.NaN })).toThrow(
      /metrics\.interp_ratio: must be a finite number/,
    );
    expect(() => metricsFromProto({ ...metricsToProto(metrics), testLoss: Number.NaN })).toThrow(
      /metrics\.test_loss: must be a finite number/,
    );
    expect(() => metricsFromProto({ ...metricsToProto(metrics), trainLoss: null })).toThrow(
      /metrics\.train_loss: missing/,
    );
    expect(() => metricsFromProto({ ...metricsToProto(metrics), excessRisk: -1 })).toThrow(/>= 0/);
  });
});

describe('curve', () => {
  const curve = [
    { step: 0, train_loss: 1, test_loss: 1.1 },
    { step: 10, train_loss: 0.5, test_loss: 0.6 },
  ];
  it('round-trips as packed columns', () => {
    expect(curveFromProto(wire(pb.Curve, curveToProto(curve)))).toEqual(curve);
  });
  it('refuses ragged columns and non-increasing steps', () => {
    expect(() => curveFromProto({ step: [0, 1], trainLoss: [1], testLoss: [1, 2] })).toThrow(
      /length/,
    );
    expect(() => curveFromProto({ step: [3, 3], trainLoss: [1, 1], testLoss: [1, 2] })).toThrow(
      /increase/,
    );
  });
  it('carries aligned_fraction at every step, or not at all (older workers)', () => {
    const aligned = curve.map((p, i) => ({ ...p, aligned_fraction: i * 0.25 }));
    expect(curveFromProto(wire(pb.Curve, curveToProto(aligned)))).toEqual(aligned);
    // One point without a value: the column stays off the wire (it is all or nothing).
    const partial = [aligned[0]!, curve[1]!];
    expect(curveFromProto(wire(pb.Curve, curveToProto(partial)))).toEqual(curve);
    const base = { step: [0, 1], trainLoss: [1, 1], testLoss: [1, 1] };
    expect(() => curveFromProto({ ...base, alignedFraction: [0.5] })).toThrow(
      /curve\.aligned_fraction.*all or none/,
    );
    expect(() => curveFromProto({ ...base, alignedFraction: [0.5, 1.5] })).toThrow(
      MessageValidationError,
    );
  });
});
