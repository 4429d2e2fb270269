import type { ThresholdReport } from './report-model';
import { VERDICT_TEXT, type ThresholdFitResult } from './threshold-fit';

export function thresholdReport(fit: ThresholdFitResult): ThresholdReport {
  return {
    verdict: fit.verdict,
    verdictText: VERDICT_TEXT[fit.verdict],
    nStar: fit.nStar,
    ci: fit.ci ? { lo: fit.ci[0], hi: fit.ci[1] } : null,
    k: fit.k,
    rms: fit.rms,
    trials: fit.trials,
    seeds: fit.seeds,
    distinctN: fit.distinctN,
    nRange: fit.nMin !== null && fit.nMax !== null ? { min: fit.nMin, max: fit.nMax } : null,
    resamples: fit.resamples,
    ciWarnings: intervalWarnings(fit),
  };
}

/** Fewer seeds than this and a seed bootstrap interval is mostly noise. */
export const MIN_INTERVAL_SEEDS = 3;

/** The warnings every format prints next to an interval (ThresholdReport.ciWarnings). */
export function intervalWarnings(
  fit: Pick<ThresholdFitResult, 'ci' | 'seeds' | 'nMin' | 'nMax'>,
): string[] {
  if (!fit.ci) return [];
  const out: string[] = [];
  if (fit.nMin !== null && fit.nMax !== null && (fit.ci[0] < fit.nMin || fit.ci[1] > fit.nMax)) {
    out.push(`interval reaches outside the swept n range ${fit.nMin}–${fit.nMax} (extrapolated)`);
  }
  if (fit.seeds < MIN_INTERVAL_SEEDS) {
    out.push(
      `interval rests on ${fit.seeds} seed${fit.seeds === 1 ? '' : 's'} (fewer than ${MIN_INTERVAL_SEEDS})`,
    );
  }
  return out;
}
