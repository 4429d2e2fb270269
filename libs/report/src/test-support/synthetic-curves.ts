import { logistic } from '../logistic-fitter';
import type { ReportRow } from '../report-row';
import type { StepLoss } from '../threshold-over-time';

export interface SyntheticCurveOptions {
  /** The final threshold of a row's group (as given to syntheticSweepRows). */
  nStar: (width: number) => number;
  /** Logistic slope in ln n (as given to syntheticSweepRows, default 3). */
  k?: number;
  /** n*(t) = n*(T) (t / T)^drift: 0 keeps the threshold still, > 0 makes it rise over training. */
  drift: number;
  /** aligned_fraction at a step for a trial of n (absent: curves without it). */
  aligned?: (n: number, step: number, seed: number) => number;
}

/**
 * Train-loss curves for done synthetic rows: interp_ratio(t) follows the logistic at n*(t), plus
 * the row's own deviation from the final logistic (its seed's noise), clipped at 0; the last point
 * is the row's final train loss. Rows get interp_ratio = train_loss / ols_train_loss (as the
 * trainer computes it) so the last step reproduces the stored ratio bit for bit.
 */
export function syntheticCurves(
  rows: ReportRow[],
  options: SyntheticCurveOptions,
): Map<string, StepLoss[]> {
  const k = options.k ?? 3;
  const curves = new Map<string, StepLoss[]>();
  for (const row of rows) {
    if (row.status !== 'done') continue;
    const steps = row.steps as number;
    const every = row.record_every as number;
    const ols = row.ols_train_loss as number;
    const final = (row.train_loss as number) / ols;
    row.interp_ratio = final;
    const x = Math.log(row.n);
    const mT = Math.log(options.nStar(row.width));
    const offset = final - logistic(x, mT, k);
    const curve: StepLoss[] = [];
    for (let step = 0; step <= steps; step += every) {
      if (step === steps) break;
      const m = mT + options.drift * Math.log(Math.max(step, 1) / steps);
      curve.push({ step, train_loss: Math.max(0, logistic(x, m, k) + offset) * ols });
    }
    curve.push({ step: steps, train_loss: row.train_loss as number });
    const aligned = options.aligned;
    if (aligned) for (const p of curve) p.aligned_fraction = aligned(row.n, p.step, row.seed);
    curves.set(row.trial_id, curve);
  }
  return curves;
}
