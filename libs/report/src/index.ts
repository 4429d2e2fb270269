export * from './errors';
export type { ReportRow, ReportTrialStatus } from './report-row';
export * from './report-model';
export { buildReport, type ReportInput } from './build-report';
export { curveTrialIds, withCurves } from './with-curves';
export {
  MAX_POINTS_PER_GROUP,
  ReportAccumulator,
  summarizeCurve,
  type ReportAccumulatorOptions,
  type ReportBuildOptions,
  type TrialCurveSummary,
} from './report-accumulator';
export { renderReport, REPORT_FORMATS, type ReportFormat } from './render-report';
export { formatThresholdTable } from './format-threshold-table';
export {
  fitThreshold,
  VERDICT_TEXT,
  type ThresholdFitOptions,
  type ThresholdFitResult,
  type ThresholdPoint,
  type ThresholdVerdict,
} from './threshold-fit';
export { fitThresholdFromMoments, type RatioMoments } from './subsampled-fit';
export { fitPowerLaw, type PowerLawFit, type PowerLawPoint } from './power-law';
export { syntheticSweepRows, type SyntheticSweepOptions } from './synthetic-sweep';
export {
  buildLiveThreshold,
  type LiveNAggregate,
  type LiveThresholdInput,
  type LiveThresholdModel,
} from './live-threshold';
export { renderThresholdPlots, type RenderedPlot } from './render-threshold-plots';
export {
  fitThresholdOverTime,
  fitStepRatios,
  logSpacedSteps,
  overTimeSteps,
  recordedSteps,
  type AlignedTrial,
  type CurveTrial,
  type NStarAtStep,
  type NStarDrift,
  type StepLoss,
  type ThresholdOverTime,
} from './threshold-over-time';
export {
  budgetVerdict,
  BUDGET_VERDICT_TEXT,
  type BudgetReport,
  type BudgetVerdict,
} from './budget-verdict';
export { budgetLines } from './budget-lines';
export {
  planSearch,
  replaySearch,
  type OpenedRound,
  type SearchReplay,
  type StoredSearchGroup,
  SEARCH_VERDICT_TEXT,
  type SearchGroupPlan,
  type SearchGroupState,
  type SearchPlan,
  type SearchPlanOptions,
  type SearchProposal,
  type SearchTrial,
  type SearchVerdict,
} from './threshold-search';
export {
  buildSearchReport,
  searchLines,
  storedSearchGroups,
  type SearchGroupReport,
  type SearchReport,
} from './search-report';
