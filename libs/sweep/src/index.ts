export * from './trial-params';
export * from './trial-metrics';
export * from './trial-identity';
