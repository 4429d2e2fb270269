import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { METRIC_NAMES, PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import {
  compareMetrics,
  trialReference,
  type Amplification,
  type Check,
  type RefMetrics,
} from './test-support/trial-check';
import { trainBatch, type TrialResult } from './train-batch';

/*
 * Every stored metric of real trials (trainBatch: the metrics object the worker sends and the
 * store writes, one column each in trial_results) against the independent reference's `trial`
 * mode (tools/reference/reference_trial.py), which computes them in float64 from the same data
 * by the definitions of docs/science.md#metrics. apps/e2e's stored-row-reference.spec.ts checks
 * the row the coordinator wrote the same way.
 *
 * Three trials of unequal n and width train as one padded batch: n 4 < D (OLS interpolates, so
 * interp_ratio is NULL), n 48 (the network interpolates more than OLS), n 400 (converged, half
 * of the neuron mass aligned with the OLS direction). GELU + GD from init_scale 0.1: a smooth
 * trajectory, so float32 rounding is barely amplified (relu from a small init is chaotic here:
 * its metrics move by up to 1e6 F32_EPS under the rounding model, a property of the dynamics).
 *
 * Tolerances (test-support/trial-check.ts, as in replay.spec.ts): the reference's --perturb
 * F32_EPS models a float32 trainer's rounding (constants, sums, stored weights, the forward
 * passes that give the losses), in float64; `amp` is the largest |perturbed - exact| /
 * (|exact| F32_EPS) over perturbation seeds 0..15 per metric (at least 1: one rounding), and
 * the bound is SAFETY (4) * amp * F32_EPS. The OLS losses: within OLS_TOL (|ref| + 1/2 mean
 * target^2) with cond(X) < 10; converged exactly, off the 1e-3 edge by at least 1%.
 */

const common: TrialParams = {
  ...PARAM_DEFAULTS,
  n: 1,
  width: 1,
  seed: 3,
  activation: 'gelu',
  optimizer: 'gd',
  lr: 0.1,
  init_scale: 0.1,
  steps: 1000,
  record_every: 100,
  test_size: 1000,
};

interface TrialCase {
  params: TrialParams;
  /** Largest amplification per metric (seeds 0..15, AMD EPYC with avx2 and avx512f), at least 1. */
  amp: Amplification;
}

const TRIALS: TrialCase[] = [
  {
    params: { ...common, n: 4, width: 8 },
    // train_loss 1.6e-9: the float32 forward pass's rounding of f dominates it
    amp: {
      train_loss: 16272,
      test_loss: 3,
      excess_risk: 4,
      interp_ratio: 1,
      test_ratio: 3,
      aligned_fraction: 1,
    },
  },
  {
    params: { ...common, n: 48, width: 12 },
    amp: {
      train_loss: 10,
      test_loss: 10,
      excess_risk: 21,
      interp_ratio: 10,
      test_ratio: 10,
      aligned_fraction: 1,
    },
  },
  {
    params: { ...common, n: 400, width: 16 },
    amp: {
      train_loss: 1,
      test_loss: 1,
      excess_risk: 16,
      interp_ratio: 1,
      test_ratio: 1,
      aligned_fraction: 7,
    },
  },
];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ENGINES = [
  { backend: 'cpu', engine: 'eager' },
  { backend: 'tensorflow', engine: 'graph' },
] as const;

function expectWithin(name: string, checks: Check[]): void {
  for (const c of checks) {
    expect(c.error, `${name}: ${c.what}, limit ${c.limit.toExponential(2)}`).toBeLessThanOrEqual(
      c.limit,
    );
  }
}

/** The float64 reference, after checking that its premises hold for this trial. */
const references = new Map<TrialCase, RefMetrics>();
function reference(c: TrialCase): RefMetrics {
  const known = references.get(c);
  if (known) return known;
  const { ref, premises } = trialReference(c.params, c.amp);
  expectWithin(`n ${c.params.n} (premise)`, premises);
  references.set(c, ref);
  return ref;
}

function outcomeOf(r: TrialResult | undefined) {
  if (!r?.ok) throw new Error(`trial failed: ${r?.error.message}`);
  return r.outcome;
}

describe('the reference trials cover what they are meant to', () => {
  it('has a NULL ratio, an interpolating and a converged trial, and aligned mass', () => {
    const [small, mid, large] = TRIALS.map(reference) as [RefMetrics, RefMetrics, RefMetrics];
    expect(small.interp_ratio).toBeNull(); // n 4 < D = 5: OLS interpolates
    expect(mid.interp_ratio).toBeLessThan(0.5);
    expect(large.converged).toBe(true);
    expect(mid.converged).toBe(false);
    expect(large.aligned_fraction).toBeGreaterThan(0.1);
    expect(large.aligned_fraction).toBeLessThan(0.9);
  });
});

describe.each(ENGINES)('stored metrics against the float64 reference, $engine engine', (engine) => {
  it('agree metric by metric for a padded batch of unequal n and width', async () => {
    const refs = TRIALS.map(reference);
    await selectBackend(engine.backend);
    const results = await trainBatch(
      TRIALS.map((c) => c.params),
      { engine: engine.engine },
    );
    TRIALS.forEach((c, b) => {
      const checks = compareMetrics(
        c.params,
        c.amp,
        outcomeOf(results[b]).metrics,
        refs[b] as RefMetrics,
      );
      expect(checks.map((k) => k.name).sort()).toEqual([...METRIC_NAMES].sort()); // every one
      expectWithin(`n ${c.params.n}`, checks);
    });
  });
});
