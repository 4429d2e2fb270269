import type { TrialMetrics, TrialParams } from '@thresher/sweep';

/** Trial status as stored (mirrors the `trial_results` view). */
export type ReportTrialStatus = 'pending' | 'leased' | 'done' | 'failed' | 'cancelled';

/**
 * The minimal row the report needs: one row of the `trial_results` view. Declared here (not
 * imported from the store) so the report stays independent of storage; a store row is assignable.
 * Metrics are absent or null until a trial is done; SQL drivers may hand booleans back as 0/1.
 */
export type ReportRow = Pick<TrialParams, 'n' | 'width' | 'seed'> &
  Partial<Omit<TrialParams, 'n' | 'width' | 'seed'>> &
  Partial<Record<keyof TrialMetrics, number | boolean | null>> & {
    trial_id: string;
    status: ReportTrialStatus;
    error?: string | null;
  };
