import { runEagerEngine, type EngineBatch, type EngineHooks } from './engine';
import { runGraphEngine } from './graph-engine';
import { selectEngine, type EngineName, type SelectEngineOptions } from './select-engine';

/**
 * Trains the batch on the engine selectEngine chooses (graph on the native backend, eager
 * elsewhere); both keep the same contract and agree within float32 rounding.
 */
export async function runEngine(
  batch: EngineBatch,
  hooks: EngineHooks,
  opts: SelectEngineOptions = {},
): Promise<{ W: Float32Array; a: Float32Array; engine: EngineName }> {
  const choice = await selectEngine(batch.optimizer, batch.activation, opts);
  const result =
    choice.engine === 'graph'
      ? await runGraphEngine(batch, hooks, choice.graph)
      : await runEagerEngine(batch, hooks);
  return { ...result, engine: choice.engine };
}
