/**
 * Ordinary least squares in float64: beta minimizing |X beta - y|, the minimum-norm one when
 * X (n x D, row-major) has rank < D (e.g. n < D). Solved through the pseudo-inverse of the
 * smaller Gram matrix (X^T X when n >= D, X X^T otherwise) by a cyclic Jacobi eigen
 * decomposition: D is small, so this is exact enough and simple.
 */
export function olsFit(
  X: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  D: number,
): Float64Array {
  const beta = new Float64Array(D);
  if (n >= D) {
    const G = new Float64Array(D * D);
    const b = new Float64Array(D);
    for (let i = 0; i < n; i++) {
      const yi = y[i] as number;
      for (let k = 0; k < D; k++) {
        const xk = X[i * D + k] as number;
        b[k] = (b[k] as number) + xk * yi;
        for (let l = k; l < D; l++)
          G[k * D + l] = (G[k * D + l] as number) + xk * (X[i * D + l] as number);
      }
    }
    for (let k = 0; k < D; k++) for (let l = 0; l < k; l++) G[k * D + l] = G[l * D + k] as number;
    return pinvSolve(G, b, D);
  }
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < D; k++) s += (X[i * D + k] as number) * (X[j * D + k] as number);
      K[i * n + j] = s;
      K[j * n + i] = s;
    }
  }
  const alpha = pinvSolve(K, Float64Array.from(y as ArrayLike<number>), n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < D; k++)
      beta[k] = (beta[k] as number) + (X[i * D + k] as number) * (alpha[i] as number);
  }
  return beta;
}

/** pinv(A) b for a symmetric positive semi-definite A (size x size). */
function pinvSolve(A: Float64Array, b: Float64Array, size: number): Float64Array {
  const { values, vectors } = symmetricEigen(A, size);
  let maxAbs = 0;
  for (const v of values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const tol = maxAbs * size * 1e-13;
  const x = new Float64Array(size);
  for (let e = 0; e < size; e++) {
    const lambda = values[e] as number;
    if (!(lambda > tol)) continue;
    let proj = 0;
    for (let k = 0; k < size; k++) proj += (vectors[k * size + e] as number) * (b[k] as number);
    const c = proj / lambda;
    for (let k = 0; k < size; k++) x[k] = (x[k] as number) + c * (vectors[k * size + e] as number);
  }
  return x;
}

/** Cyclic Jacobi: eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix. */
export function symmetricEigen(
  input: Float64Array,
  size: number,
): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(input);
  const V = new Float64Array(size * size);
  for (let i = 0; i < size; i++) V[i * size + i] = 1;
  const at = (i: number, j: number) => A[i * size + j] as number;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < size; i++) {
      diag += at(i, i) * at(i, i);
      for (let j = i + 1; j < size; j++) off += at(i, j) * at(i, j);
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = at(p, q);
        if (apq === 0) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = at(k, p);
          const akq = at(k, q);
          A[k * size + p] = c * akp - s * akq;
          A[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = at(p, k);
          const aqk = at(q, k);
          A[p * size + k] = c * apk - s * aqk;
          A[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = V[k * size + p] as number;
          const vkq = V[k * size + q] as number;
          V[k * size + p] = c * vkp - s * vkq;
          V[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let i = 0; i < size; i++) values[i] = at(i, i);
  return { values, vectors: V };
}

/** 1/2 mean (X beta - target)^2 over the rows of X. */
export function halfMeanSquaredError(
  X: ArrayLike<number>,
  beta: ArrayLike<number>,
  target: ArrayLike<number>,
  rows: number,
  D: number,
): number {
  let s = 0;
  for (let i = 0; i < rows; i++) {
    let f = 0;
    for (let k = 0; k < D; k++) f += (X[i * D + k] as number) * (beta[k] as number);
    const e = f - (target[i] as number);
    s += e * e;
  }
  return s / (2 * rows);
}
