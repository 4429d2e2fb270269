import type { EngineBatch } from '../engine';
import { erf64 } from './float64-model';

const B1 = 0.9;
const B2 = 0.999;
const EPS = 1e-8;

/** erf for every x: float64-model's series up to |x| = 3, a continued fraction for erfc beyond. */
function erf(x: number): number {
  if (Math.abs(x) <= 3) return erf64(x);
  const z = Math.abs(x);
  let frac = z; // erfc(z) = exp(-z^2) / sqrt(pi) / (z + (1/2) / (z + 1 / (z + (3/2) / (z + ...))))
  for (let k = 60; k >= 1; k--) frac = z + k / 2 / frac;
  const erfc = Math.exp(-z * z) / Math.sqrt(Math.PI) / frac;
  return Math.sign(x) * (1 - erfc);
}

function act(kind: 'relu' | 'gelu', z: number): number {
  return kind === 'relu' ? Math.max(z, 0) : 0.5 * z * (1 + erf(z / Math.SQRT2));
}

function actGrad(kind: 'relu' | 'gelu', z: number): number {
  if (kind === 'relu') return z > 0 ? 1 : 0;
  return 0.5 * (1 + erf(z / Math.SQRT2)) + (z * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
}

/** dL/dW (m x D) and dL/da for one trial: X n x D, W m x D. */
function grad(
  X: Float64Array,
  y: Float64Array,
  W: Float64Array,
  a: Float64Array,
  kind: 'relu' | 'gelu',
): { gW: Float64Array; ga: Float64Array } {
  const [n, m] = [y.length, a.length];
  const D = X.length / n;
  const gW = new Float64Array(m * D);
  const ga = new Float64Array(m);
  const z = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < D; k++) s += (W[j * D + k] as number) * (X[i * D + k] as number);
      z[j] = s;
      f += (a[j] as number) * act(kind, s);
    }
    const r = (f - (y[i] as number)) / n;
    for (let j = 0; j < m; j++) {
      const zj = z[j] as number;
      ga[j] = (ga[j] as number) + r * act(kind, zj);
      const g = r * (a[j] as number) * actGrad(kind, zj);
      for (let k = 0; k < D; k++)
        gW[j * D + k] = (gW[j * D + k] as number) + g * (X[i * D + k] as number);
    }
  }
  return { gW, ga };
}

/**
 * The engine's batch trained in float64, trial by trial on its own n and width (the gradients
 * of float64-model.ts, with an erf for every x; GD, or Adam with the engine's constants): W as B x D x m, a as B x m, the engine's
 * layouts. The reference the reassociating step forms are judged against.
 */
export function train64(batch: EngineBatch): { W: Float64Array; a: Float64Array } {
  const { B, nmax, D, m } = batch;
  const Wout = new Float64Array(B * D * m);
  const aout = new Float64Array(B * m);
  for (let b = 0; b < B; b++) {
    const n = batch.n[b] as number;
    const lr = batch.lr[b] as number;
    // The trial's neurons: padded ones (a = 0, w = 0) stay zero and are left out.
    let width = m;
    while (width > 0 && batch.a[b * m + width - 1] === 0) width--;
    const X = Float64Array.from(batch.X.subarray(b * nmax * D, b * nmax * D + n * D));
    const y = Float64Array.from(batch.y.subarray(b * nmax, b * nmax + n));
    const W = new Float64Array(width * D); // m x D, float64-model's layout
    for (let j = 0; j < width; j++)
      for (let k = 0; k < D; k++) W[j * D + k] = batch.W[b * D * m + k * m + j] as number;
    const a = Float64Array.from(batch.a.subarray(b * m, b * m + width));
    const moments = [W, W, a, a].map((p) => new Float64Array(p.length));
    for (let t = 1; t <= batch.steps; t++) {
      const { gW, ga } = grad(X, y, W, a, batch.activation);
      const pairs: [Float64Array, Float64Array][] = [
        [W, gW],
        [a, ga],
      ];
      pairs.forEach(([p, g], i) => {
        const [m1, m2] = [moments[2 * i] as Float64Array, moments[2 * i + 1] as Float64Array];
        for (let j = 0; j < p.length; j++) {
          const gj = g[j] as number;
          if (batch.optimizer === 'gd') {
            p[j] = (p[j] as number) - lr * gj;
            continue;
          }
          m1[j] = B1 * (m1[j] as number) + (1 - B1) * gj;
          m2[j] = B2 * (m2[j] as number) + (1 - B2) * gj * gj;
          const denom = Math.sqrt((m2[j] as number) / (1 - B2 ** t)) + EPS;
          p[j] = (p[j] as number) - (lr / (1 - B1 ** t)) * ((m1[j] as number) / denom);
        }
      });
    }
    for (let j = 0; j < width; j++) {
      aout[b * m + j] = a[j] as number;
      for (let k = 0; k < D; k++) Wout[b * D * m + k * m + j] = W[j * D + k] as number;
    }
  }
  return { W: Wout, a: aout };
}
