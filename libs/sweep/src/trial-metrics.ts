/** Metrics of a finished trial (docs/science.md#metrics), all stored. */
export interface TrialMetrics {
  train_loss: number;
  test_loss: number;
  excess_risk: number;
  ols_train_loss: number;
  ols_test_loss: number;
  ols_excess_risk: number;
  /**
   * train_loss / ols_train_loss; null when that OLS loss is zero, i.e. OLS interpolates the
   * training data (as whenever n <= d): the ratio is undefined there.
   */
  interp_ratio: number | null;
  /** test_loss / ols_test_loss; null when that OLS loss is zero (undefined ratio). */
  test_ratio: number | null;
  aligned_fraction: number;
  converged: boolean;
}

export const METRIC_NAMES: readonly (keyof TrialMetrics)[] = [
  'train_loss',
  'test_loss',
  'excess_risk',
  'ols_train_loss',
  'ols_test_loss',
  'ols_excess_risk',
  'interp_ratio',
  'test_ratio',
  'aligned_fraction',
  'converged',
];

export interface CurvePoint {
  step: number;
  train_loss: number;
  test_loss: number;
  /**
   * aligned_fraction of the weights at this step (docs/science.md#metrics); absent from curves
   * recorded before it was measured per step.
   */
  aligned_fraction?: number;
}

/** Everything a worker reports for a successfully trained trial. */
export interface TrialOutcome {
  metrics: TrialMetrics;
  curve: CurvePoint[];
  wall_ms: number;
  backend: string;
}
