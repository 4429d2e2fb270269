import { describe, expect, it } from 'vitest';
import { choleskySolve, eigenPinvSolve, olsFit, symmetricEigen } from './ols';
import { Pcg32 } from './pcg32';

/** Solves A x = b (size x size) by Gaussian elimination with partial pivoting. */
function gaussSolve(A: number[][], b: number[]): number[] {
  const M = A.map((row, i) => [...row, b[i] as number]);
  const size = b.length;
  for (let c = 0; c < size; c++) {
    let piv = c;
    for (let r = c + 1; r < size; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = 0; r < size; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= size; k++) M[r]![k] = M[r]![k]! - f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[size]! / row[i]!);
}

function randomProblem(n: number, D: number, seed: number) {
  const rng = new Pcg32(seed, 99);
  const X = Float64Array.from({ length: n * D }, () => rng.nextNormal());
  const y = Float64Array.from({ length: n }, () => rng.nextNormal());
  const row = (i: number) => Array.from(X.subarray(i * D, i * D + D));
  return { X, y, row };
}

describe('olsFit', () => {
  it('equals the normal-equation solution (X^T X)^-1 X^T y when n > D', () => {
    const n = 40;
    const D = 6;
    const { X, y, row } = randomProblem(n, D, 1);
    const XtX = Array.from({ length: D }, (_, k) =>
      Array.from({ length: D }, (_, l) =>
        Array.from({ length: n }, (_, i) => row(i)[k]! * row(i)[l]!).reduce((s, v) => s + v),
      ),
    );
    const Xty = Array.from({ length: D }, (_, k) =>
      Array.from({ length: n }, (_, i) => row(i)[k]! * y[i]!).reduce((s, v) => s + v),
    );
    const expected = gaussSolve(XtX, Xty);
    const got = olsFit(X, y, n, D);
    expected.forEach((v, k) => expect(got[k]).toBeCloseTo(v, 10));
  });

  it('gives the minimum-norm interpolant X^T (X X^T)^-1 y when n < D', () => {
    const n = 4;
    const D = 9;
    const { X, y, row } = randomProblem(n, D, 2);
    const K = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => row(i).reduce((s, v, k) => s + v * row(j)[k]!, 0)),
    );
    const alpha = gaussSolve(K, Array.from(y));
    const expected = Array.from({ length: D }, (_, k) =>
      alpha.reduce((s, al, i) => s + al * row(i)[k]!, 0),
    );
    const got = olsFit(X, y, n, D);
    expected.forEach((v, k) => expect(got[k]).toBeCloseTo(v, 10));
    for (let i = 0; i < n; i++)
      expect(row(i).reduce((s, v, k) => s + v * got[k]!, 0)).toBeCloseTo(y[i]!, 10);
  });

  it('handles rank-deficient X (a duplicated column) with the minimum-norm solution', () => {
    const n = 30;
    const { X: X2, y } = randomProblem(n, 2, 3);
    const X = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) X.set([X2[2 * i]!, X2[2 * i + 1]!, X2[2 * i + 1]!], 3 * i);
    const b2 = olsFit(X2, y, n, 2);
    const b3 = olsFit(X, y, n, 3);
    expect(b3[0]).toBeCloseTo(b2[0]!, 10);
    expect(b3[1]).toBeCloseTo(b2[1]! / 2, 10);
    expect(b3[2]).toBeCloseTo(b2[1]! / 2, 10);
  });

  it('solves a full-rank Gram system by Cholesky, as the pseudo-inverse does', () => {
    const n = 200;
    const D = 40;
    const { X, y } = randomProblem(n, D, 11);
    const G = new Float64Array(D * D);
    const b = new Float64Array(D);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < D; k++) {
        b[k] = b[k]! + X[i * D + k]! * y[i]!;
        for (let l = 0; l < D; l++) G[k * D + l] = G[k * D + l]! + X[i * D + k]! * X[i * D + l]!;
      }
    const viaCholesky = choleskySolve(G, b, D);
    expect(viaCholesky).toBeDefined();
    const viaEigen = eigenPinvSolve(G, b, D);
    // Both in float64 on a Gram matrix of condition about 4 (n = 5 D): agreement to ~1e-13.
    viaEigen.forEach((v, k) => expect(viaCholesky![k]).toBeCloseTo(v, 11));
  });

  it('leaves a singular system to the pseudo-inverse (Cholesky declines)', () => {
    // Two equal columns: the Gram matrix has a zero eigenvalue.
    const G = Float64Array.from([2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(choleskySolve(G, Float64Array.from([1, 1, 1]), 3)).toBeUndefined();
  });

  it('symmetricEigen reconstructs the matrix', () => {
    const A = Float64Array.from([4, 1, 2, 1, 3, 0.5, 2, 0.5, 5]);
    const { values, vectors } = symmetricEigen(A, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let e = 0; e < 3; e++) s += vectors[i * 3 + e]! * values[e]! * vectors[j * 3 + e]!;
        expect(s).toBeCloseTo(A[i * 3 + j]!, 12);
      }
  });
});
