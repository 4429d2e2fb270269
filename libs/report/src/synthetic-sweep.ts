import { PARAM_DEFAULTS, defaultRecordEvery } from '@thresher/sweep';
import { logistic } from './logistic-fitter';
import { hashString, mulberry32, normalFrom } from './prng';
import type { ReportRow } from './report-row';

/** Options of a synthetic sweep drawn from the logistic threshold model (tests, benchmarks, demos). */
export interface SyntheticSweepOptions {
  sweep?: string;
  ns: readonly number[];
  widths: readonly number[];
  seeds: number;
  /** True threshold per width; default 2 * width^0.5 * 16. */
  nStar?: (width: number) => number;
  /** Logistic slope in ln n (default 3). */
  k?: number;
  /** Std of the additive noise on interp_ratio (default 0.05). */
  ratioNoise?: number;
  /** Label noise sigma of the trials (default 0.5). */
  noise?: number;
  /** Clip interp_ratio at 0 like a real ratio of losses (default true). */
  clip?: boolean;
  /** Share of trials that failed (default 0). */
  failRate?: number;
  /** Share of trials still pending: a sweep in progress (default 0). */
  pendingRate?: number;
  rngSeed?: number;
}

/**
 * Rows shaped like the `trial_results` view whose interp_ratio follows
 * 1 / (1 + exp(-k (ln n - ln n*))) plus Gaussian noise, with plausible losses around OLS.
 */
export function syntheticSweepRows(options: SyntheticSweepOptions): ReportRow[] {
  const sweep = options.sweep ?? 'synthetic';
  const k = options.k ?? 3;
  const ratioNoise = options.ratioNoise ?? 0.05;
  const sigma = options.noise ?? 0.5;
  const clip = options.clip ?? true;
  const nStarOf = options.nStar ?? ((w: number) => 32 * Math.sqrt(w));
  const uniform = mulberry32(options.rngSeed ?? hashString(sweep));
  const normal = normalFrom(uniform);
  const d = PARAM_DEFAULTS.d;
  const half = (sigma * sigma) / 2;
  const rows: ReportRow[] = [];
  let id = 0;
  for (const width of options.widths) {
    const m = Math.log(nStarOf(width));
    for (const n of options.ns) {
      for (let seed = 0; seed < options.seeds; seed++) {
        id++;
        const params = {
          ...PARAM_DEFAULTS,
          noise: sigma,
          n,
          width,
          seed,
          record_every: defaultRecordEvery(PARAM_DEFAULTS.steps),
        };
        const trial_id = `${sweep}-${id.toString(16).padStart(8, '0')}`;
        const draw = uniform();
        if (draw < (options.pendingRate ?? 0)) {
          rows.push({ ...params, trial_id, status: 'pending' });
          continue;
        }
        if (draw < (options.pendingRate ?? 0) + (options.failRate ?? 0)) {
          rows.push({ ...params, trial_id, status: 'failed', error: 'diverged: loss above 1e6' });
          continue;
        }
        let ratio = logistic(Math.log(n), m, k) + ratioNoise * normal();
        if (clip) ratio = Math.max(0, ratio);
        const olsTrain = n > d ? half * (1 - d / n) : half * 1e-3;
        const olsTest = n > d + 1 ? half * (1 + d / (n - d - 1)) : half * 4;
        const olsExcess = olsTest - half;
        const interpolating = 1 - Math.min(1, Math.max(0, ratio));
        const testRatio = 1 + interpolating * (1.5 + 0.3 * normal() ** 2);
        const testLoss = olsTest * testRatio;
        rows.push({
          ...params,
          trial_id,
          status: 'done',
          train_loss: ratio * olsTrain,
          test_loss: testLoss,
          excess_risk: Math.max(0, testLoss - half),
          ols_train_loss: olsTrain,
          ols_test_loss: olsTest,
          ols_excess_risk: olsExcess,
          interp_ratio: ratio,
          test_ratio: testRatio,
          aligned_fraction: Math.min(
            1,
            Math.max(0, 0.2 + 0.78 * (1 - interpolating) + 0.03 * normal()),
          ),
          converged: uniform() > 0.05,
        });
      }
    }
  }
  return rows;
}
