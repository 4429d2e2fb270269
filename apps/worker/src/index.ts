export { Worker, type WorkerCoordinatorClient } from './worker';
export type { BundleResult, BundleTrainer, TrainRequest, TrialFailure } from './bundle-trainer';
export { WorkerStateMachine, type WorkerState } from './worker-state';
export {
  compileWorkerOptions,
  parseWorkerArgs,
  type WorkerConfig,
  type WorkerUserOptions,
} from './worker-options';
export { Backoff, sleep } from './backoff';
export * from './errors';
