import type { SearchReport } from './search-report';
import type { CurvePoint } from '@thresher/sweep';
import type { BudgetReport } from './budget-verdict';
import type { ThresholdVerdict } from './threshold-fit';
import type { ThresholdOverTime } from './threshold-over-time';

/**
 * The report model: every number a report shows, computed once by `buildReport`. It is plain
 * JSON (no Map, Date or typed array) and is itself the JSON output; see REPORT_JSON.md.
 */
export interface ReportModel {
  schemaVersion: 1;
  sweep: string;
  /** ISO 8601. */
  generatedAt: string;
  progress: ReportProgress;
  /** Parameters other than n and seed whose value differs between groups. */
  varyingParams: string[];
  settings: ReportSettings;
  groups: GroupReport[];
  powerLaws: PowerLawReport[];
  curves: CurveReport[];
  /** Only for a searched sweep (SPEC section 5): verdicts and the n each round proposed. */
  search?: SearchReport;
}

export interface ReportSettings {
  confidence: 0.95;
  bootstrapResamples: number;
  rngSeed: number;
  /** How intervals are computed, in words. */
  intervals: string;
}

export interface TrialCounts {
  total: number;
  done: number;
  failed: number;
  cancelled: number;
  /** Pending or leased: not finished yet. */
  running: number;
  /** Done but `converged` false. */
  unconverged: number;
}

export interface ReportProgress extends TrialCounts {
  complete: boolean;
  /** "N of M trials done". */
  text: string;
  /** Most frequent error messages of failed trials. */
  topErrors: { error: string; count: number }[];
}

/**
 * Mean over seeds with a 95% bootstrap interval (expanded percentile of the resampled means, so
 * it stays inside the range of the values; lo/hi null with one value).
 */
export interface MetricStat {
  mean: number;
  lo: number | null;
  hi: number | null;
  count: number;
}

export const SUMMARY_METRICS = [
  'train_loss',
  'test_loss',
  'excess_risk',
  'interp_ratio',
  'test_ratio',
  'aligned_fraction',
] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/** The OLS value shown beside a network metric. */
export const OLS_OF = {
  train_loss: 'ols_train_loss',
  test_loss: 'ols_test_loss',
  excess_risk: 'ols_excess_risk',
} as const;
export type OlsMetric = (typeof OLS_OF)[keyof typeof OLS_OF];

export interface NSummary extends TrialCounts {
  n: number;
  metrics: Record<SummaryMetric, MetricStat | null>;
  ols: Record<OlsMetric, MetricStat | null>;
}

export interface ThresholdReport {
  verdict: ThresholdVerdict;
  verdictText: string;
  nStar: number | null;
  ci: { lo: number; hi: number } | null;
  k: number | null;
  rms: number | null;
  trials: number;
  seeds: number;
  distinctN: number;
  nRange: { min: number; max: number } | null;
  resamples: number;
  /**
   * Why the interval means less than it seems (empty when it is sound): it reaches outside the
   * swept n range (the fit extrapolates), or rests on fewer than 3 seeds.
   */
  ciWarnings: string[];
}

export type ParamValue = string | number | boolean;

export interface GroupReport {
  /** Stable within a report: "g1", "g2", ... in parameter order. */
  id: string;
  /** The varying parameters, e.g. "width=64". */
  label: string;
  /** Label of the group's family: groups equal in every parameter but n, seed and width. */
  family: string;
  /** Every parameter the group's trials share (all but n and seed). */
  params: Record<string, ParamValue>;
  counts: TrialCounts;
  threshold: ThresholdReport;
  /** sigma^2 / 2: the test loss of the Bayes predictor. */
  noiseFloor: number | null;
  byN: NSummary[];
  /** Trial near n* with the median interp_ratio (a good trial to show curves of). */
  representativeTrial: string | null;
  /** Individual interp_ratio values (omitted, null, for large groups). */
  points: { trial_id: string; n: number; seed: number; interp_ratio: number }[] | null;
  /**
   * n*(t) and interp_ratio(t) at about 20 log-spaced recorded steps, with the budget verdict
   * (null when no curves were given to the report or none is stored).
   */
  overTime: GroupOverTime | null;
}

export interface GroupOverTime extends ThresholdOverTime {
  /** Done trials with a ratio whose curve was available (the others are left out of n*(t)). */
  trialsWithCurves: number;
  budget: BudgetReport | null;
}

export interface PowerLawReport {
  /** The parameter that differs between the groups. */
  param: 'width' | 'd' | 'noise' | 'init_scale';
  /** The other parameters shared by the family (the varying ones only). */
  label: string;
  groups: {
    groupId: string;
    p: number;
    nStar: number | null;
    ci: { lo: number; hi: number } | null;
  }[];
  fit: {
    alpha: number;
    c: number;
    ci: { lo: number; hi: number } | null;
    tInterval: { lo: number; hi: number } | null;
    r2: number | null;
    points: number;
  } | null;
  /** Why there is no fit, when there is none. */
  note: string | null;
}

export interface CurveReport {
  trial_id: string;
  label: string;
  groupId: string | null;
  n: number | null;
  seed: number | null;
  points: CurvePoint[];
}
