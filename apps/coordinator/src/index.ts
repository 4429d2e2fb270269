export {
  startCoordinatorServer,
  type CoordinatorServer,
  type CoordinatorServerOptions,
} from './server';
export { parseCoordinatorArgs, type CoordinatorOptions } from './coordinator-options';
export { toStatus } from './errors';
