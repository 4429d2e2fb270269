export * from './param-schema';
export * from './trial-metrics';
export * from './trial-identity';
export * from './trial-cost';
export * from './errors';
export * from './thresher-error';
export { SWEEP_LIMITS } from './sweep-limits';
export { validateSweepSpec, type SweepSpec, type SweepValidationOptions } from './sweep-spec';
export { parseSweepText } from './sweep-file';
export { expandSweep, expandSweepSlice, gridSize, completeParams } from './expand-sweep';
export { pickBundle, bundleWork, DEFAULT_MAX_PADDING, type BundleLimits } from './bundle-plan';
export {
  validateSearchSweep,
  isSearchSweep,
  initialSearchPoints,
  searchRoundZero,
  expandSearchGroups,
  searchTrialParams,
  searchSweepJson,
  searchRoundZeroTrials,
  type SearchGroup,
  SEARCH_DEFAULTS,
  type SearchSpec,
  type SearchSweep,
} from './search-spec';
export { escapeControl } from './escape-control';
