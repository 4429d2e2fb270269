/**
 * Least-squares fit of y ~ 1 / (1 + exp(-k (x - m))) with x = ln n, k > 0 and m inside the
 * swept range [x_min, x_max]. Trials at the same n enter only through their count and sum of y,
 * so one fit costs O(distinct n) whatever the number of seeds: the residual sum of squares is
 * sum_j (S2_j - 2 f_j S1_j + c_j f_j^2). A precomputed grid over (m, ln k) gives a global start
 * (the objective is flat or multi-modal for step-like data), then Levenberg-Marquardt refines it.
 */
export interface LogisticEstimate {
  /** ln n*, the location of the logistic. */
  m: number;
  /** Slope in ln n. */
  k: number;
  /** Sum of c_j f_j^2 - 2 f_j S1_j: the residual sum of squares minus sum of y^2. */
  objective: number;
}

const GRID_M = 48;
const GRID_K = 20;
const MAX_ITER = 60;

export function logistic(x: number, m: number, k: number): number {
  return 1 / (1 + Math.exp(-k * (x - m)));
}

export class LogisticFitter {
  readonly xMin: number;
  readonly xMax: number;
  readonly kMin: number;
  readonly kMax: number;
  private readonly gridM: Float64Array;
  private readonly gridK: Float64Array;
  /** f at every grid node and every x: [(iM * GRID_K + iK) * N + j]. */
  private readonly table: Float64Array;

  /** @param x distinct ln n, ascending, at least two values. */
  constructor(readonly x: Float64Array) {
    const count = x.length;
    this.xMin = x[0] as number;
    this.xMax = x[count - 1] as number;
    const range = this.xMax - this.xMin;
    let minGap = range;
    for (let j = 1; j < count; j++)
      minGap = Math.min(minGap, (x[j] as number) - (x[j - 1] as number));
    // k below 1/range barely bends inside the range; k above ~40/gap is a step between two n.
    this.kMin = 1 / range;
    this.kMax = Math.max(this.kMin * 50, Math.min(40 / minGap, 1000 / range));
    this.gridM = new Float64Array(GRID_M);
    this.gridK = new Float64Array(GRID_K);
    for (let i = 0; i < GRID_M; i++) this.gridM[i] = this.xMin + (range * (i + 0.5)) / GRID_M;
    const lkMin = Math.log(this.kMin);
    const lkMax = Math.log(this.kMax);
    for (let i = 0; i < GRID_K; i++)
      this.gridK[i] = Math.exp(lkMin + ((lkMax - lkMin) * i) / (GRID_K - 1));
    this.table = new Float64Array(GRID_M * GRID_K * count);
    let p = 0;
    for (let iM = 0; iM < GRID_M; iM++) {
      for (let iK = 0; iK < GRID_K; iK++) {
        for (let j = 0; j < count; j++) {
          this.table[p++] = logistic(
            x[j] as number,
            this.gridM[iM] as number,
            this.gridK[iK] as number,
          );
        }
      }
    }
  }

  /** Fits from per-x counts and sums of y (arrays aligned with `x`). */
  fit(counts: Float64Array, sums: Float64Array): LogisticEstimate {
    const start = this.gridSearch(counts, sums);
    return this.refine(counts, sums, start);
  }

  objective(counts: Float64Array, sums: Float64Array, m: number, k: number): number {
    let q = 0;
    for (let j = 0; j < this.x.length; j++) {
      const c = counts[j] as number;
      if (c === 0) continue;
      const f = logistic(this.x[j] as number, m, k);
      q += f * (c * f - 2 * (sums[j] as number));
    }
    return q;
  }

  private gridSearch(counts: Float64Array, sums: Float64Array): LogisticEstimate {
    const count = this.x.length;
    const table = this.table;
    let best = Number.POSITIVE_INFINITY;
    let bestNode = 0;
    for (let node = 0, p = 0; node < GRID_M * GRID_K; node++) {
      let q = 0;
      for (let j = 0; j < count; j++, p++) {
        const f = table[p] as number;
        q += f * ((counts[j] as number) * f - 2 * (sums[j] as number));
      }
      if (q < best) {
        best = q;
        bestNode = node;
      }
    }
    const m = this.gridM[Math.floor(bestNode / GRID_K)] as number;
    const k = this.gridK[bestNode % GRID_K] as number;
    return { m, k, objective: best };
  }

  /** Levenberg-Marquardt in (m, ln k) with box constraints applied by clamping. */
  private refine(
    counts: Float64Array,
    sums: Float64Array,
    start: LogisticEstimate,
  ): LogisticEstimate {
    const x = this.x;
    const lkMin = Math.log(this.kMin);
    const lkMax = Math.log(this.kMax);
    let m = start.m;
    let u = Math.log(start.k);
    let q = start.objective;
    let lambda = 1e-3;
    for (let iter = 0; iter < MAX_ITER; iter++) {
      const k = Math.exp(u);
      // Normal equations A d = g for the weighted least squares in (m, u).
      let a11 = 0;
      let a12 = 0;
      let a22 = 0;
      let g1 = 0;
      let g2 = 0;
      for (let j = 0; j < x.length; j++) {
        const c = counts[j] as number;
        if (c === 0) continue;
        const dx = (x[j] as number) - m;
        const f = logistic(x[j] as number, m, k);
        const s = k * f * (1 - f);
        const jm = -s;
        const ju = s * dx;
        const r = (sums[j] as number) - c * f;
        a11 += c * jm * jm;
        a12 += c * jm * ju;
        a22 += c * ju * ju;
        g1 += r * jm;
        g2 += r * ju;
      }
      let improved = false;
      while (lambda < 1e12) {
        const b11 = a11 * (1 + lambda) + 1e-300;
        const b22 = a22 * (1 + lambda) + 1e-300;
        const det = b11 * b22 - a12 * a12;
        if (!(det > 0)) {
          lambda *= 10;
          continue;
        }
        const dm = (g1 * b22 - a12 * g2) / det;
        const du = (b11 * g2 - a12 * g1) / det;
        const mNew = Math.min(Math.max(m + dm, this.xMin), this.xMax);
        const uNew = Math.min(Math.max(u + du, lkMin), lkMax);
        const qNew = this.objective(counts, sums, mNew, Math.exp(uNew));
        if (qNew <= q) {
          const step = Math.abs(mNew - m) + Math.abs(uNew - u);
          m = mNew;
          u = uNew;
          const gain = q - qNew;
          q = qNew;
          lambda = Math.max(lambda / 10, 1e-9);
          improved = step > 1e-10 && gain > 1e-14 * (Math.abs(q) + 1e-12);
          break;
        }
        lambda *= 10;
      }
      if (!improved) break;
    }
    return { m, k: Math.exp(u), objective: q };
  }
}
