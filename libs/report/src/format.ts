import type { MetricStat, ThresholdReport } from './report-model';

/** A number with `digits` significant digits; exponent notation when very large or small. */
export function fmtNum(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return value.toExponential(digits - 1).replace('e+', 'e');
  const text = value.toPrecision(digits);
  return text.includes('e')
    ? String(Number(text))
    : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** n* is a sample size: shown with 3 significant digits like every other number. */
export function fmtInterval(lo: number | null | undefined, hi: number | null | undefined): string {
  if (lo === null || lo === undefined || hi === null || hi === undefined) return '—';
  return `[${fmtNum(lo)}, ${fmtNum(hi)}]`;
}

export function fmtStat(stat: MetricStat | null | undefined): string {
  if (!stat) return '—';
  return stat.lo === null
    ? fmtNum(stat.mean)
    : `${fmtNum(stat.mean)} ${fmtInterval(stat.lo, stat.hi)}`;
}

/** "93.1 [71.2, 120]" or the verdict in a few words. */
export function fmtThreshold(t: ThresholdReport): string {
  if (t.nStar === null) return shortVerdict(t);
  return t.ci ? `${fmtNum(t.nStar)} ${fmtInterval(t.ci.lo, t.ci.hi)}` : fmtNum(t.nStar);
}

export function shortVerdict(t: Pick<ThresholdReport, 'verdict'>): string {
  switch (t.verdict) {
    case 'threshold':
      return 'threshold';
    case 'interpolates-everywhere':
      return 'interpolates everywhere';
    case 'never-interpolates':
      return 'never interpolates';
    case 'too-few-points':
      return 'too few points';
  }
}
