import { expandedPercentileTail, quantileSorted, t975 } from './stats';

/** One group's threshold at parameter value p. */
export interface PowerLawPoint {
  p: number;
  nStar: number;
  /** ln n* of the group's bootstrap resamples (same length for every point), if any. */
  bootstrapLogNStar?: Float64Array | null;
  /** Seeds behind the group's n* (for the small-sample expansion of the interval). */
  seeds?: number;
}

export interface PowerLawFit {
  /** n* ~ c p^alpha. */
  alpha: number;
  c: number;
  /** 95% bootstrap interval of alpha (null without bootstrap samples). */
  ci: [number, number] | null;
  /** 95% t-interval of the log-log regression slope (null with fewer than 3 points). */
  tInterval: [number, number] | null;
  /** R^2 of the log-log regression. */
  r2: number | null;
  points: number;
}

function slope(lx: ArrayLike<number>, ly: ArrayLike<number>): { a: number; b: number } {
  const n = lx.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += lx[i] as number;
    my += ly[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (lx[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((ly[i] as number) - my);
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/**
 * Fits ln n* = ln c + alpha ln p by least squares. The bootstrap interval refits alpha on the
 * b-th bootstrap n* of every group (groups are independent trials, so this is a draw of the joint
 * bootstrap), read with the same expanded percentile as n* (fewest seeds of the groups).
 */
export function fitPowerLaw(points: readonly PowerLawPoint[]): PowerLawFit | null {
  const usable = points.filter((q) => q.p > 0 && q.nStar > 0);
  const distinctP = new Set(usable.map((q) => q.p));
  if (distinctP.size < 2) return null;
  const lx = usable.map((q) => Math.log(q.p));
  const ly = usable.map((q) => Math.log(q.nStar));
  const { a, b } = slope(lx, ly);
  const count = usable.length;
  let ssRes = 0;
  let ssTot = 0;
  const my = ly.reduce((s, v) => s + v, 0) / count;
  const mx = lx.reduce((s, v) => s + v, 0) / count;
  let sxx = 0;
  for (let i = 0; i < count; i++) {
    const r = (ly[i] as number) - a - b * (lx[i] as number);
    ssRes += r * r;
    ssTot += ((ly[i] as number) - my) ** 2;
    sxx += ((lx[i] as number) - mx) ** 2;
  }
  const r2 = count >= 3 && ssTot > 0 ? 1 - ssRes / ssTot : null;
  let tInterval: [number, number] | null = null;
  if (count >= 3) {
    const half = t975(count - 2) * Math.sqrt(ssRes / (count - 2) / sxx);
    tInterval = [b - half, b + half];
  }

  let ci: [number, number] | null = null;
  const resamples = Math.max(0, ...usable.map((q) => q.bootstrapLogNStar?.length ?? 0));
  if (resamples > 0) {
    const alphas = new Float64Array(resamples);
    const ys = new Float64Array(count);
    for (let r = 0; r < resamples; r++) {
      for (let i = 0; i < count; i++) {
        const boot = usable[i]?.bootstrapLogNStar;
        ys[i] = boot && boot.length === resamples ? (boot[r] as number) : (ly[i] as number);
      }
      alphas[r] = slope(lx, ys).b;
    }
    alphas.sort();
    const minSeeds = Math.min(...usable.map((q) => q.seeds ?? Number.POSITIVE_INFINITY));
    const tail = Number.isFinite(minSeeds) ? expandedPercentileTail(minSeeds) : 0.025;
    ci = [quantileSorted(alphas, tail), quantileSorted(alphas, 1 - tail)];
  }
  return { alpha: b, c: Math.exp(a), ci, tInterval, r2, points: count };
}
