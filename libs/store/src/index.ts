export type * from './store';
export * from './errors';
export { openStore, type OpenStoreOptions } from './open-store';
export {
  runReadOnlyQuery,
  streamReadOnlyQuery,
  checkReadOnlySql,
  DEFAULT_QUERY_TIMEOUT_MS,
  type QueryChunk,
  type QueryOptions,
  type QueryResult,
} from './read-only-query';
export {
  exportSweep,
  csvField,
  csvLine,
  TRIAL_RESULT_COLUMNS,
  TRIAL_CURVE_COLUMNS,
  type ExportFormat,
  type ExportSink,
  type ExportOptions,
} from './export-sweep';
export { LATEST_MIGRATION } from './migrations';
export { lowerThreadPriority, BACKGROUND_NICE } from './background-priority';
export { withoutConditions } from './walk-thread';
export { nextChunkSize } from './chunk';
export type {
  ReportTrial,
  ReportTrialCurve,
  ReportTrialRow,
  ReportTrialsOptions,
} from './report-trials';
