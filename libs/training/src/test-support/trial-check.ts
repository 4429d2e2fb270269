import type { TrialMetrics, TrialParams } from '@thresher/sweep';
import { initialWeights, makeTrialData } from '../trial-data';
import { F32_EPS, relErr, rows, runReference } from './reference';

/*
 * A stored trial's metrics against the independent reference's `trial` mode
 * (tools/reference/reference_trial.py, float64, docs/science.md#the-replay-check): the state it
 * needs, the premises that make the comparison meaningful, and the bound of each metric. Shared
 * by trial-reference.spec.ts (trainBatch's metrics object) and apps/e2e's
 * stored-row-reference.spec.ts (the row the coordinator wrote).
 *
 * Tolerances: the reference's --perturb F32_EPS models a float32 trainer's rounding (constants,
 * sums, stored weights, the forward passes that give the losses) in float64; a trial's `amp` is
 * the largest |perturbed - exact| / (|exact| F32_EPS) over perturbation seeds 0..15 per metric
 * (at least 1: one rounding), measured once and written in the test; the bound is
 * SAFETY * amp * F32_EPS (relative).
 */
export const SAFETY = 4;

/** The seed of the one perturbed run that checks a test's measured amplification still holds. */
export const PREMISE_SEED = 1;

/** The network's metrics, compared within SAFETY * amp * F32_EPS. */
export const TRAINED = [
  'train_loss',
  'test_loss',
  'excess_risk',
  'interp_ratio',
  'test_ratio',
  'aligned_fraction',
] as const;
export type Trained = (typeof TRAINED)[number];

/** Largest measured amplification of float32 rounding per network metric (at least 1). */
export type Amplification = Record<Trained, number>;

/**
 * The OLS fit is float64 on both sides from the same float32 data, by different algorithms
 * (the trainer: Jacobi on the normal equations; the reference: numpy's SVD lstsq). The normal
 * equations lose cond(X)^2 float64 epsilons (2.2e-16) in beta per rounding, and a sum of up to
 * 1 000 terms (the test set) rounds up to 1 000 times: cond(X) is at most OLS_COND (a premise),
 * so the predictions agree within OLS_TOL relative. That moves a loss L = 1/2 mean (f - t)^2 by
 * at most 2 OLS_TOL sqrt(L S) <= OLS_TOL (L + S), S = 1/2 mean t^2 (Cauchy-Schwarz, f ~ t in
 * scale): so the bound is absolute where OLS interpolates (L is then rounding, ~1e-32) and
 * relative elsewhere. Seen: differences of 1e-16 and less.
 */
export const OLS_COND = 10;
export const OLS_TOL = 2.2e-16 * OLS_COND ** 2 * 1000;
export const OLS = ['ols_train_loss', 'ols_test_loss', 'ols_excess_risk'] as const;

/**
 * Threshold decisions (converged, aligned) can only be compared where the reference is not on
 * the edge: its relative loss change is at least CONVERGED_MARGIN away from 1e-3 (relative), and
 * every neuron's |cos| at least ALIGNED_MARGIN from 0.95. Both far exceed what rounding moves
 * (the losses by < 1e-4 relative in the tests' trials, a neuron's cos by < 1e-5).
 */
export const CONVERGED_MARGIN = 0.01;
export const ALIGNED_MARGIN = 1e-4;

/** What the reference's `trial` mode prints. */
export type RefMetrics = Omit<TrialMetrics, 'interp_ratio' | 'test_ratio'> & {
  interp_ratio: number | null;
  test_ratio: number | null;
  converge_change: number;
  aligned_cos_margin: number;
  ols_cond: number;
};

/** The reference's state for a trial: its data and initial weights, made by libs/training. */
export function referenceJson(p: TrialParams): Record<string, unknown> {
  const data = makeTrialData(p);
  const init = initialWeights(p);
  const D = data.D;
  return {
    X: rows(data.X, D),
    y: Array.from(data.y),
    Xtest: rows(data.Xtest, D),
    ytest: Array.from(data.ytest),
    ytest_clean: Array.from(data.ytestClean),
    W: rows(init.W, D),
    a: Array.from(init.a),
    lr: p.lr,
    steps: p.steps,
    activation: p.activation,
    optimizer: p.optimizer,
  };
}

/** One comparison (or premise): `error` must be at most `limit`; `what` says what and why. */
export interface Check {
  /** The metric (or premise) checked. */
  name: string;
  what: string;
  error: number;
  limit: number;
}

/** 0 when equal, Infinity otherwise: an exact comparison as a Check. */
function exact(x: unknown, r: unknown): number {
  return x === r ? 0 : Infinity;
}

/**
 * The float64 reference of a trial, and the checks of its premises: the measured
 * amplification holds for seed PREMISE_SEED, cond(X) < OLS_COND, and neither decision is on
 * its edge.
 */
export function trialReference(
  p: TrialParams,
  amp: Amplification,
): { ref: RefMetrics; premises: Check[] } {
  const json = referenceJson(p);
  const ref = runReference<RefMetrics>('trial', json);
  const perturbed = runReference<RefMetrics>('trial', json, [F32_EPS, PREMISE_SEED]);
  const premises: Check[] = TRAINED.map((q) => {
    const [x, r] = [perturbed[q], ref[q]];
    return x === null || r === null
      ? { name: q, what: `${q}: both null or neither`, error: exact(x, r), limit: 0 }
      : { name: q, what: `amplification in ${q}`, error: relErr(x, r) / F32_EPS, limit: amp[q] };
  });
  premises.push(
    { name: 'ols_cond', what: 'cond(X)', error: ref.ols_cond, limit: OLS_COND },
    {
      name: 'converged',
      what: 'converged margin (1 / distance from the 1e-3 edge)',
      error: 1 / Math.abs(ref.converge_change / 1e-3 - 1),
      limit: 1 / CONVERGED_MARGIN,
    },
    {
      name: 'aligned_fraction',
      what: 'aligned margin (1 / smallest distance of |cos| from 0.95)',
      error: 1 / ref.aligned_cos_margin,
      limit: 1 / ALIGNED_MARGIN,
    },
  );
  return { ref, premises };
}

/** 1/2 mean t^2: the loss of predicting 0. */
export function halfMeanSquare(t: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < t.length; i++) sum += (t[i] as number) * (t[i] as number);
  return sum / (2 * t.length);
}

/** Stored metrics as a trial reports them (converged a boolean, undefined ratios null). */
export type Metrics = Record<keyof TrialMetrics, number | boolean | null>;

/**
 * Every metric of `ours` against the reference, one Check each, with its bound: the network's
 * metrics within SAFETY * amp * F32_EPS relative (null exactly where the reference's is), the
 * OLS losses within OLS_TOL (|ref| + S), converged exactly.
 */
export function compareMetrics(
  p: TrialParams,
  amp: Amplification,
  ours: Metrics,
  ref: RefMetrics,
): Check[] {
  const checks: Check[] = TRAINED.map((q) => trainedCheck(q, ours[q], ref[q], amp[q]));
  const data = makeTrialData(p);
  const targets = {
    ols_train_loss: data.y,
    ols_test_loss: data.ytest,
    ols_excess_risk: data.ytestClean,
  };
  for (const q of OLS) {
    const x = ours[q];
    const limit = OLS_TOL * (Math.abs(ref[q]) + halfMeanSquare(targets[q]));
    const error = typeof x === 'number' ? Math.abs(x - ref[q]) : Infinity;
    checks.push({ name: q, what: `${q} ${x} vs ${ref[q]} (absolute)`, error, limit });
  }
  checks.push({
    name: 'converged',
    what: `converged ${ours.converged} vs ${ref.converged}`,
    error: exact(ours.converged, ref.converged),
    limit: 0,
  });
  return checks;
}

/** A network metric (`q`, or a curve point's value of it) within SAFETY * amp * F32_EPS. */
export function trainedCheck(
  q: Trained,
  x: number | boolean | null,
  r: number | null,
  amp: number,
): Check {
  const limit = SAFETY * amp * F32_EPS;
  const what = `${q} ${x} vs ${r} (relative)`;
  if (x === null || r === null) return { name: q, what, error: exact(x, r), limit };
  if (typeof x !== 'number') return { name: q, what, error: Infinity, limit };
  return { name: q, what, error: r === 0 ? exact(x, 0) : relErr(x, r), limit };
}
