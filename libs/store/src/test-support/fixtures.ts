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

/**
 * Plausible metrics: each ratio is its loss over its OLS loss. An override of a ratio alone
 * sets the loss it comes from (so a test may ask for interp_ratio 0.5), an override of a loss
 * alone sets the ratio.
 */
export function metrics(overrides: Partial<TrialMetrics> = {}): TrialMetrics {
  const m: TrialMetrics = {
    train_loss: 0.01,
    test_loss: 0.3,
    excess_risk: 0.05,
    ols_train_loss: 0.2,
    ols_test_loss: 0.28,
    ols_excess_risk: 0.03,
    interp_ratio: null,
    test_ratio: null,
    aligned_fraction: 0.9,
    converged: true,
    ...overrides,
  };
  const pairs = [
    ['interp_ratio', 'train_loss', 'ols_train_loss'],
    ['test_ratio', 'test_loss', 'ols_test_loss'],
  ] as const;
  for (const [ratio, loss, ols] of pairs) {
    const given = overrides[ratio];
    if (typeof given === 'number' && Number.isFinite(given) && !(loss in overrides)) {
      m[loss] = given * m[ols];
    } else if (!(ratio in overrides)) m[ratio] = m[ols] > 0 ? m[loss] / m[ols] : null;
  }
  return m;
}

/**
 * A result the store accepts for a trial of `steps` (the default's unless given): `points`
 * curve points from step 0 to `steps`, the last one measuring the final losses.
 */
export function outcome(
  points = 5,
  overrides: Partial<TrialMetrics> = {},
  steps: number = PARAM_DEFAULTS.steps,
): TrialOutcome {
  const m = metrics(overrides);
  const curve = Array.from({ length: points }, (_, i) => ({
    step: points === 1 ? steps : Math.round((i * steps) / (points - 1)),
    train_loss: 1 / (i + 1),
    test_loss: 2 / (i + 1),
  }));
  const last = curve.at(-1);
  if (last) Object.assign(last, { train_loss: m.train_loss, test_loss: m.test_loss });
  return { metrics: m, curve, wall_ms: 123.5, backend: 'tensorflow' };
}
