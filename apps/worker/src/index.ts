export { Worker } from './worker';
export { WorkerStateMachine, type WorkerState } from './worker-state';
export {
  compileWorkerOptions,
  parseWorkerArgs,
  type WorkerConfig,
  type WorkerUserOptions,
} from './worker-options';
export { Backoff, sleep } from './backoff';
export * from './errors';
