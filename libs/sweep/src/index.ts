export * from './trial-params';
export * from './trial-metrics';
export * from './trial-identity';
export * from './errors';
export { validateSweepSpec, type SweepSpec, type ParamValue } from './sweep-spec';
export { parseSweepText } from './sweep-file';
export { expandSweep, gridSize, completeParams } from './expand-sweep';
export { PARAM_VALUE_SCHEMAS } from './param-schema';
