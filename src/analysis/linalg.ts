/**
 * Linear-algebra kernels. This is the ONLY module that imports ml-matrix: the rest
 * of the analysis speaks plain {@link Matrix} arrays, so the backend can be
 * swapped (e.g. for a Lanczos routine) without touching anything else.
 */
import { EigenvalueDecomposition, Matrix as MlMatrix, SingularValueDecomposition } from 'ml-matrix';
import type { Matrix, Vector } from './matrix.ts';

/** A thin singular value decomposition `a = u · diag(s) · vᵀ`, singular values descending. */
export interface ThinSvd {
  /** Left singular vectors as columns (rows(a) × r). */
  readonly u: Matrix;
  /** Singular values, descending, length r = min(rows, columns). */
  readonly s: Vector;
  /** Right singular vectors as columns (columns(a) × r). */
  readonly v: Matrix;
}

/**
 * Thin SVD via ml-matrix with `autoTranspose` (so a wide matrix is decomposed as
 * its transpose, which is much faster when rows ≪ columns).
 * @example thinSvd([[3, 0], [0, 2]]).s // [3, 2]
 */
export function thinSvd(a: Matrix): ThinSvd {
  const svd = new SingularValueDecomposition(new MlMatrix(a as number[][]), {
    autoTranspose: true,
    computeLeftSingularVectors: true,
    computeRightSingularVectors: true,
  });
  const r = Math.min(a.length, a[0]?.length ?? 0);
  const u = svd.leftSingularVectors.to2DArray().map((row) => row.slice(0, r));
  const v = svd.rightSingularVectors.to2DArray().map((row) => row.slice(0, r));
  return { u, s: svd.diagonal.slice(0, r), v };
}

/** Eigen-decomposition of a symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues, descending. */
  readonly values: Vector;
  /** Eigenvectors as columns, in the order of `values` (n × n). */
  readonly vectors: Matrix;
}

/**
 * Eigen-decomposition of a symmetric matrix, eigenvalues in decreasing order
 * (R's `eigen(symmetric = TRUE)` order). Eigenvector signs are arbitrary.
 * Cost O(n³): use it on small matrices (a Gram matrix statements × statements,
 * a correlation matrix the user asked for), never on a sorts × sorts matrix
 * just to extract factors.
 * @example symmetricEigen([[2, 0], [0, 3]]).values // [3, 2]
 */
export function symmetricEigen(a: Matrix): SymmetricEigen {
  const evd = new EigenvalueDecomposition(new MlMatrix(a as number[][]), { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const vecs = evd.eigenvectorMatrix.to2DArray();
  const order = values.map((_, i) => i).sort((i, j) => values[j]! - values[i]! || i - j);
  return {
    values: order.map((i) => values[i]!),
    vectors: vecs.map((row) => order.map((i) => row[i]!)),
  };
}

/**
 * The eigenvalues only of a small symmetric matrix, descending, by cyclic Jacobi
 * rotations (no eigenvectors). For the many small eigenproblems of parallel
 * analysis, where it is several times faster than a full decomposition.
 * Agrees with {@link symmetricEigen} to rounding (tested).
 * @example symmetricEigenvalues([[2, 1], [1, 2]]) // [3, 1]
 */
export function symmetricEigenvalues(a: Matrix): number[] {
  const n = a.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = a[i]![j]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += m[i * n + i]! * m[i * n + i]!;
      for (let j = i + 1; j < n; j++) off += m[i * n + j]! * m[i * n + j]!;
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (apq === 0) continue;
        const app = m[p * n + p]!;
        const aqq = m[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = m[k * n + p]!;
          const akq = m[k * n + q]!;
          m[k * n + p] = c * akp - s * akq;
          m[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = m[p * n + k]!;
          const aqk = m[q * n + k]!;
          m[p * n + k] = c * apk - s * aqk;
          m[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Array.from({ length: n }, (_, i) => m[i * n + i]!).sort((x, y) => y - x);
}
