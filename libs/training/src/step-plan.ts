/**
 * Which form of the graph step runs a batch (libs/training/graphs/generate.py builds them all):
 * full width (every row at once), row-blocked (rows in blocks of R, each block's n x m
 * intermediates in cache), and either one compiled by XLA where the runtime compiles it.
 */
export interface StepPlan {
  /** Rows per block; 0 runs the full-width step. */
  rows: number;
  /** Run the XLA-compiled form. */
  xla: boolean;
}

/**
 * Hidden activations (B x n x m elements) above which the row-blocked step is faster: below,
 * the n x m intermediates of a step fit in cache anyway and blocking only adds a loop. Measured
 * (docs/graph-engine.md#step-forms: AMD EPYC, avx512f, TF 2.21, one intra-op thread): at m = 1024
 * full width wins up to n = 1024 (0.90 vs 0.93 ms) and loses from n = 2048 (3.0 vs 2.2 ms) and
 * 4096 (7.8 vs 4.3 ms).
 */
export const BLOCKED_ABOVE = 1 << 20;

/**
 * Elements of a block's hidden activation (R x m per trial, B trials): R = 512 at m = 1024 was
 * the fastest of 128/256/512 at n = 2048 and 4096 (R = 256: 4.3 ms, 512: 4.3-4.5 ms at 4096).
 */
export const BLOCK_ELEMENTS = 1 << 19;

export const MIN_BLOCK_ROWS = 64;

/**
 * Hidden activation elements per trial (n x m) below which the XLA-compiled full-width step is
 * faster: XLA fuses a step's dozen small kernels into a few, which is the whole cost at small
 * shapes, while its matrix products are slower than TensorFlow's at larger ones. Measured (same
 * machine as above): (8, 1024) 0.005 vs 0.037 ms, (64, 256) 0.019 vs 0.033 ms, 16 x (64, 256)
 * 0.138 vs 0.208 ms; but (32, 1024) 0.072 vs 0.051 ms and (1024, 1024) 4.5 vs 0.9 ms.
 */
export const XLA_BELOW = 1 << 15;

/**
 * Trial-steps at one shape below which it runs uncompiled: XLA compiles each new shape on its
 * first call (0.35 s at (8, 1024) here), and saves 0.01-0.03 ms a step per trial at the shapes
 * above (more per trial in a batch), so it pays back only after ~10^4 trial-steps. Counted
 * over the process's batches of that shape (`seenTrialSteps`): a sweep's seeds come one after
 * another, and once compiled a shape costs nothing more to run compiled (measured at (8, 1024),
 * 10 000 steps: 0.35 s uncompiled, 0.42 s compiling, 0.07 s compiled).
 */
export const XLA_MIN_TRIAL_STEPS = 20_000;

/**
 * The step form for a batch of B trials of nmax rows and m neurons, trained `steps` steps.
 * `seenTrialSteps`: trial-steps this process already ran at this shape uncompiled, or Infinity
 * once it is compiled.
 */
export function stepPlan(
  shape: { B: number; nmax: number; m: number; steps: number },
  xlaAvailable: boolean,
  seenTrialSteps = 0,
): StepPlan {
  const { B, nmax, m, steps } = shape;
  const xla =
    xlaAvailable && nmax * m < XLA_BELOW && seenTrialSteps + B * steps >= XLA_MIN_TRIAL_STEPS;
  if (xla || B * nmax * m <= BLOCKED_ABOVE) return { rows: 0, xla };
  // At least MIN_BLOCK_ROWS: a block is a dozen kernel calls, which tiny blocks would not repay.
  const rows = Math.max(MIN_BLOCK_ROWS, Math.floor(BLOCK_ELEMENTS / (B * m)));
  // A single block is the full-width step with a loop around it.
  return rows >= nmax ? { rows: 0, xla } : { rows, xla };
}

/**
 * Hidden-activation elements (evaluations x B x rows x m) one evaluation shape must have seen,
 * this batch's included, before its predictions run XLA-compiled: compiling the `predict`
 * signature for a new shape costs 0.15-0.3 s, and it then saves 0.2-0.3 ns an element (measured
 * on the AMD EPYC above, blocks of 2^20 elements: 10 000 rows at m = 1024 2.5 vs 4.6 ms, B = 5
 * 16 vs 29 ms, m = 256 0.9-1.3 vs 1.7-2.2 ms), so it pays back after ~10^9 elements: at paper-d5's
 * 51 evaluations of 10 000 test rows and m = 1024, from the second trial of a shape on.
 */
export const XLA_PREDICT_MIN_ELEMENTS = 1e9;

/**
 * Whether a batch's evaluations run XLA-compiled (where the runtime compiles XLA), from the
 * elements the process already evaluated at that shape uncompiled (Infinity once compiled) and
 * this batch's.
 */
export function predictXla(seenElements = 0, elements: number): boolean {
  return seenElements + elements >= XLA_PREDICT_MIN_ELEMENTS;
}
