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
 * Trial-steps (B x steps) below which the batch runs uncompiled anyway: XLA compiles each new
 * shape on its first call (0.3-0.45 s here), and saves 0.01-0.03 ms a step per trial at the
 * shapes above (more per trial in a batch), so it pays back only after ~10^4 trial-steps.
 */
export const XLA_MIN_TRIAL_STEPS = 20_000;

/** The step form for a batch of B trials of nmax rows and m neurons, trained `steps` steps. */
export function stepPlan(
  shape: { B: number; nmax: number; m: number; steps: number },
  xlaAvailable: boolean,
): StepPlan {
  const { B, nmax, m, steps } = shape;
  const xla = xlaAvailable && nmax * m < XLA_BELOW && B * steps >= XLA_MIN_TRIAL_STEPS;
  if (xla || B * nmax * m <= BLOCKED_ABOVE) return { rows: 0, xla };
  // At least MIN_BLOCK_ROWS: a block is a dozen kernel calls, which tiny blocks would not repay.
  const rows = Math.max(MIN_BLOCK_ROWS, Math.floor(BLOCK_ELEMENTS / (B * m)));
  // A single block is the full-width step with a loop around it.
  return rows >= nmax ? { rows: 0, xla } : { rows, xla };
}
