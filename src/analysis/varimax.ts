/**
 * Varimax rotation, exactly R's `stats::varimax(x, normalize = TRUE, eps = 1e-5)`.
 *
 * Orientation: loadings are sorts × factors; the rotation matrix T is
 * factors × factors and `rotated = loadings · T`.
 *
 * Algorithm: (Kaiser) divide each row by √(its sum of squares); T = I; repeat
 * z = x·T, B = xᵀ(z³ − z·diag(Σᵢ zᵢ²)/p), SVD B = u·d·vᵀ, T = u·vᵀ, until
 * Σd < previous Σd · (1 + eps) (the T of the stopping iteration is kept), at most
 * 1000 times; then scale the rows back. T = u·vᵀ is the orthogonal polar factor
 * of B and does not depend on the SVD's sign choices.
 *
 * Deviations from R: a row of zeros is left as it is (R divides by 0 and returns
 * NaN); fewer than 2 factors returns the loadings unchanged with T = I (R returns
 * no rotation matrix).
 */
import { thinSvd } from './linalg.ts';
import { identity, type Matrix, multiply, transpose } from './matrix.ts';

/** The result of {@link varimax}. */
export interface RotationResult {
  /** Rotated loadings, sorts × factors. */
  readonly loadings: Matrix;
  /** Orthogonal rotation matrix T (factors × factors), rotated = loadings · T. */
  readonly rotation: Matrix;
  /** Iterations done; 1000 means the limit was reached. */
  readonly iterations: number;
  /** False when the iteration limit stopped it. */
  readonly converged: boolean;
}

/** Options of {@link varimax}. */
export interface VarimaxOptions {
  /** Kaiser normalisation (default true). */
  readonly normalize?: boolean;
  /** Relative tolerance (default 1e-5). */
  readonly eps?: number;
  /** Iteration limit (default 1000). */
  readonly maxIterations?: number;
}

/**
 * Varimax-rotates `loadings` (sorts × factors).
 * @example varimax(loadings).loadings // same communalities, simpler structure
 */
export function varimax(loadings: Matrix, options: VarimaxOptions = {}): RotationResult {
  const normalize = options.normalize ?? true;
  const eps = options.eps ?? 1e-5;
  const maxIterations = options.maxIterations ?? 1000;
  const k = loadings[0]?.length ?? 0;
  if (k < 2) return { loadings: loadings.map((r) => [...r]), rotation: identity(k), iterations: 0, converged: true };
  const p = loadings.length;
  const sc = loadings.map((row) => {
    const h = Math.sqrt(row.reduce((s, x) => s + x * x, 0));
    return normalize && h > 0 ? h : 1;
  });
  // x (p × k) flat, row-major; one pass over the rows per iteration, no per-row allocation
  const x = new Float64Array(p * k);
  loadings.forEach((row, i) => row.forEach((v, j) => (x[i * k + j] = v / sc[i]!)));
  const z = new Float64Array(p * k);
  const tf = new Float64Array(k * k);
  const rotate = (t: Matrix): void => {
    t.forEach((row, q) => row.forEach((v, j) => (tf[q * k + j] = v)));
    for (let i = 0; i < p; i++) {
      const base = i * k;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += x[base + q]! * tf[q * k + j]!;
        z[base + j] = s;
      }
    }
  };
  let t: number[][] = identity(k);
  let d = 0;
  let iterations = 0;
  let converged = false;
  for (let it = 1; it <= maxIterations; it++) {
    iterations = it;
    rotate(t);
    const colSq = new Float64Array(k);
    for (let i = 0; i < p * k; i++) colSq[i % k]! += z[i]! * z[i]!;
    // B = xᵀ (z³ − z·diag(colSq)/p)
    const bf = new Float64Array(k * k);
    for (let i = 0; i < p; i++) {
      const base = i * k;
      for (let j = 0; j < k; j++) {
        const v = z[base + j]!;
        const target = v * v * v - (v * colSq[j]!) / p;
        for (let q = 0; q < k; q++) bf[q * k + j]! += x[base + q]! * target;
      }
    }
    const b = Array.from({ length: k }, (_, q) => Array.from(bf.subarray(q * k, q * k + k)));
    const svd = thinSvd(b);
    t = multiply(svd.u, transpose(svd.v));
    const dPast = d;
    d = svd.s.reduce((a, c) => a + c, 0);
    if (d < dPast * (1 + eps)) {
      converged = true;
      break;
    }
  }
  rotate(t);
  const rotated = Array.from({ length: p }, (_, i) => Array.from({ length: k }, (_, j) => z[i * k + j]! * sc[i]!));
  return { loadings: rotated, rotation: t, iterations, converged };
}

/** No rotation: the loadings unchanged and T = I. */
export function noRotation(loadings: Matrix): RotationResult {
  const k = loadings[0]?.length ?? 0;
  return { loadings: loadings.map((r) => [...r]), rotation: identity(k), iterations: 0, converged: true };
}
