import {
  PARAM_DEFAULTS,
  defaultRecordEvery,
  trialId,
  type TrialMetrics,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';

export function params(overrides: Partial<TrialParams> = {}): TrialParams {
  const steps = overrides.steps ?? PARAM_DEFAULTS.steps;
  return {
    ...PARAM_DEFAULTS,
    n: 8,
    width: 16,
    seed: 0,
    record_every: defaultRecordEvery(steps),
    ...overrides,
  };
}

export function trial(overrides: Partial<TrialParams> = {}): {
  trialId: string;
  params: TrialParams;
} {
  const p = params(overrides);
  return { trialId: trialId(p), params: p };
}

/** A grid over n x seed (x extra overrides). */
export function grid(ns: number[], seeds: number[], overrides: Partial<TrialParams> = {}) {
  return ns.flatMap((n) => seeds.map((seed) => trial({ ...overrides, n, seed })));
}

export function metrics(overrides: Partial<TrialMetrics> = {}): TrialMetrics {
  return {
    train_loss: 0.01,
    test_loss: 0.3,
    excess_risk: 0.05,
    ols_train_loss: 0.2,
    ols_test_loss: 0.28,
    ols_excess_risk: 0.03,
    interp_ratio: 0.05,
    test_ratio: 1.07,
    aligned_fraction: 0.9,
    converged: true,
    ...overrides,
  };
}

export function outcome(points = 5, overrides: Partial<TrialMetrics> = {}): TrialOutcome {
  return {
    metrics: metrics(overrides),
    curve: Array.from({ length: points }, (_, i) => ({
      step: i * 10,
      train_loss: 1 / (i + 1),
      test_loss: 2 / (i + 1),
    })),
    wall_ms: 123.5,
    backend: 'tensorflow',
  };
}
