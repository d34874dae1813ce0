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
