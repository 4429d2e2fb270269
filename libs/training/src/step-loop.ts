import { TrainingCancelledError } from './errors';

/** What both engines plug into the loop between evaluations. */
export interface StepLoop {
  steps: number;
  /** Steps (ascending, within 0..steps) after which `evaluate` runs. */
  evalSteps: readonly number[];
  signal?: AbortSignal;
  /** Runs updates from+1 .. from+k (k >= 1) without yielding to the event loop. */
  advance: (from: number, k: number) => void;
  /** Evaluates after `step` updates; true stops training there. */
  evaluate: (step: number) => Promise<boolean | void>;
  /** How long the first advance may last (it sizes the next ones), and every later one. */
  firstTargetMs: number;
  targetMs: number;
  /** Most a chunk may grow from one advance to the next. */
  growth: number;
}

/**
 * Steps in chunks sized from the measured step time to last about `targetMs`, never past an
 * evaluation step, yielding to the event loop and checking `signal` between chunks: that keeps
 * cancellation prompt without a sync per step. Throws TrainingCancelledError when aborted.
 */
export async function runStepLoop(loop: StepLoop): Promise<void> {
  const { steps, evalSteps, signal } = loop;
  if (signal?.aborted) throw new TrainingCancelledError(0, { cause: signal.reason });
  let step = 0;
  let evalIndex = 0;
  let chunk = 1;
  let targetMs = loop.firstTargetMs;
  const nextEval = () => evalSteps[evalIndex] ?? Infinity;
  let stop = false;
  while (nextEval() === 0) {
    stop = (await loop.evaluate(0)) === true || stop;
    evalIndex++;
  }
  while (step < steps && !stop) {
    const target = Math.min(steps, nextEval(), step + chunk);
    const done = target - step;
    const started = performance.now();
    loop.advance(step, done);
    step = target;
    const perStep = Math.max(performance.now() - started, 0.001) / done;
    while (nextEval() === step) {
      stop = (await loop.evaluate(step)) === true || stop;
      evalIndex++;
    }
    chunk = Math.max(1, Math.min(chunk * loop.growth, Math.floor(targetMs / perStep)));
    targetMs = loop.targetMs;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new TrainingCancelledError(step, { cause: signal.reason });
  }
}
