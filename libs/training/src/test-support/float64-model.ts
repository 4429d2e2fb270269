/**
 * An independent float64 re-implementation of the model, loss and analytic gradients, used
 * by the tests to check the tensor trainer. Row-major arrays: X n x D, W m x D.
 */
export type Act64 = 'relu' | 'gelu';

/** erf by its Maclaurin series: accurate to ~1e-13 for |x| <= 3 (the tests stay inside). */
export function erf64(x: number): number {
  if (Math.abs(x) > 3) throw new Error(`erf64 used outside |x| <= 3: ${x}`);
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= (-x * x) / k;
    const add = term / (2 * k + 1);
    sum += add;
    if (Math.abs(add) < 1e-17) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

function act(kind: Act64, z: number): number {
  return kind === 'relu' ? Math.max(z, 0) : 0.5 * z * (1 + erf64(z / Math.SQRT2));
}

function actGrad(kind: Act64, z: number): number {
  if (kind === 'relu') return z > 0 ? 1 : 0;
  return 0.5 * (1 + erf64(z / Math.SQRT2)) + (z * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
}

export interface Model64 {
  X: ArrayLike<number>;
  y: ArrayLike<number>;
  n: number;
  D: number;
  W: ArrayLike<number>;
  a: ArrayLike<number>;
  activation: Act64;
}

export function loss64(p: Model64): number {
  const m = p.a.length;
  let s = 0;
  for (let i = 0; i < p.n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) {
      let z = 0;
      for (let k = 0; k < p.D; k++)
        z += (p.W[j * p.D + k] as number) * (p.X[i * p.D + k] as number);
      f += (p.a[j] as number) * act(p.activation, z);
    }
    s += (f - (p.y[i] as number)) ** 2;
  }
  return s / (2 * p.n);
}

/** dL/dW (m x D) and dL/da (m) by the formulas the trainer implements. */
export function grad64(p: Model64): { gW: Float64Array; ga: Float64Array } {
  const m = p.a.length;
  const gW = new Float64Array(m * p.D);
  const ga = new Float64Array(m);
  const z = new Float64Array(m);
  for (let i = 0; i < p.n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < p.D; k++)
        s += (p.W[j * p.D + k] as number) * (p.X[i * p.D + k] as number);
      z[j] = s;
      f += (p.a[j] as number) * act(p.activation, s);
    }
    const r = (f - (p.y[i] as number)) / p.n;
    for (let j = 0; j < m; j++) {
      const zj = z[j] as number;
      ga[j] = (ga[j] as number) + r * act(p.activation, zj);
      const g = r * (p.a[j] as number) * actGrad(p.activation, zj);
      for (let k = 0; k < p.D; k++)
        gW[j * p.D + k] = (gW[j * p.D + k] as number) + g * (p.X[i * p.D + k] as number);
    }
  }
  return { gW, ga };
}
