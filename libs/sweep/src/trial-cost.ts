import type { TrialParams } from './param-schema';

/**
 * The cost model of one trial, in one place: flops per optimizer step and the memory a
 * trial needs while it trains. Estimates, used to refuse trials no worker could train and
 * to plan; they follow the engine's formulation (libs/training engine.ts).
 */

/** Input columns after the optional bias coordinate. */
export function inputDim(p: Pick<TrialParams, 'd' | 'bias'>): number {
  return p.d + (p.bias ? 1 : 0);
}

/**
 * Flops of one full-batch step: forward X·W (2nmD), backward to W (2nmD) and the
 * activation's elementwise work, about 6·n·m·D in all; Adam adds about 10 flops per weight.
 */
export function stepFlops(
  p: Pick<TrialParams, 'n' | 'width' | 'd' | 'bias' | 'optimizer'>,
): number {
  const D = inputDim(p);
  const weights = p.width * (D + 1);
  return 6 * p.n * p.width * D + (p.optimizer === 'adam' ? 10 * weights : 2 * weights);
}

/** Flops of one evaluation of the network on `rows` samples (a forward pass). */
export function evalFlops(p: Pick<TrialParams, 'width' | 'd' | 'bias'>, rows: number): number {
  return 2 * rows * p.width * inputDim(p) + 2 * rows * p.width;
}

/** Largest block of test-set activations the engine materializes at once (elements). */
export const EVAL_BLOCK_ELEMENTS = 1 << 22;

/**
 * Bytes a trial needs while training: float32 data and weights, about five n x m buffers
 * for the step (pre-activations, activations, their gradients), the evaluation blocks, and
 * the float64 data made on the CPU before training.
 */
export function trialMemoryBytes(
  p: Pick<TrialParams, 'n' | 'width' | 'd' | 'bias' | 'test_size' | 'optimizer'>,
): number {
  const D = inputDim(p);
  const weights = p.width * (D + 1);
  const f32 =
    (p.n + p.test_size) * (D + 1) +
    5 * p.n * p.width +
    2 * Math.min(EVAL_BLOCK_ELEMENTS, p.test_size * p.width) +
    weights * (p.optimizer === 'adam' ? 4 : 2);
  const f64 = (p.n + p.test_size) * (D + 1);
  return 4 * f32 + 8 * f64;
}

/** Trials estimated above this are refused when a sweep is submitted. */
export const MAX_TRIAL_BYTES = 8 * 2 ** 30;

/** Evaluations of a trial: one per curve point, plus the first and the final one. */
export function evaluations(p: Pick<TrialParams, 'steps' | 'record_every'>): number {
  return Math.floor(p.steps / p.record_every) + 2;
}

type CostParams = Pick<
  TrialParams,
  'n' | 'width' | 'd' | 'bias' | 'optimizer' | 'steps' | 'record_every' | 'test_size'
>;

/** Flops of a whole trial: its steps and its evaluations on the train and test sets. */
export function trialFlops(p: CostParams): number {
  return p.steps * stepFlops(p) + evaluations(p) * evalFlops(p, p.n + p.test_size);
}

/**
 * The shape a bundle trains at: batch-compatible trials are zero-padded to the largest n
 * and the largest width among them (libs/training train-batch.ts).
 */
export function paddedShape(trials: readonly Pick<TrialParams, 'n' | 'width'>[]): {
  n: number;
  width: number;
} {
  let n = 0;
  let width = 0;
  for (const t of trials) {
    n = Math.max(n, t.n);
    width = Math.max(width, t.width);
  }
  return { n, width };
}

/** Flops a bundle really computes: every trial at the padded shape. */
export function bundleFlops(trials: readonly CostParams[]): number {
  const shape = paddedShape(trials);
  let flops = 0;
  for (const t of trials) flops += trialFlops({ ...t, ...shape });
  return flops;
}

/** Bytes a bundle needs while it trains: every trial at the padded shape. */
export function bundleMemoryBytes(
  trials: readonly Pick<TrialParams, 'n' | 'width' | 'd' | 'bias' | 'test_size' | 'optimizer'>[],
): number {
  const shape = paddedShape(trials);
  let bytes = 0;
  for (const t of trials) bytes += trialMemoryBytes({ ...t, ...shape });
  return bytes;
}
