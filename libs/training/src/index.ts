export * from './backend';
export * from './errors';
export { Pcg32, type StreamPurpose } from './pcg32';
export {
  makeTrialData,
  initialWeights,
  inputDim,
  type TrialData,
  type InitialWeights,
} from './trial-data';
export { olsFit } from './ols';
export { validateTrialParams } from './validate-trial-params';
export { trainTrial, trainBatch, type TrainOptions, type TrialResult } from './train-batch';
export { trainFromState, type TrainingState } from './train-from-state';
export {
  DEFAULT_GRAPH_DIR,
  ENGINE_ENV,
  ENGINE_NAMES,
  describeEngine,
  engineRequest,
  isEngineRequest,
  selectEngine,
  type EngineChoice,
  type EngineName,
  type EngineRequest,
  type SelectEngineOptions,
} from './select-engine';
