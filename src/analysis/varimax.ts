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
import { filled, identity, type Matrix, multiply, transpose } from './matrix.ts';
import { VARIMAX_EPS } from './thresholds.ts';

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
  /** Relative tolerance (default VARIMAX_EPS, 1e-5). */
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
  const eps = options.eps ?? VARIMAX_EPS;
  const maxIterations = options.maxIterations ?? 1000;
  const k = loadings[0]?.length ?? 0;
  if (k < 2) return { loadings: loadings.map((r) => [...r]), rotation: identity(k), iterations: 0, converged: true };
  const p = loadings.length;
  // x (p × k, row-major) in one typed array: varimax runs over every sort each iteration
  const sc = new Float64Array(p);
  const x = new Float64Array(p * k);
  loadings.forEach((row, i) => {
    let h = 0;
    for (let j = 0; j < k; j++) h += row[j]! * row[j]!;
    h = Math.sqrt(h);
    sc[i] = normalize && h > 0 ? h : 1;
    for (let j = 0; j < k; j++) x[i * k + j] = row[j]! / sc[i]!;
  });
  const z = new Float64Array(p * k);
  const times = (t: Matrix): void => {
    z.fill(0);
    for (let i = 0; i < p; i++) {
      for (let u = 0; u < k; u++) {
        const xv = x[i * k + u]!;
        if (xv === 0) continue;
        const tu = t[u]!;
        for (let j = 0; j < k; j++) z[i * k + j]! += xv * tu[j]!;
      }
    }
  };
  let t: number[][] = identity(k);
  let d = 0;
  let iterations = 0;
  let converged = false;
  const colSq = new Float64Array(k);
  for (let it = 1; it <= maxIterations; it++) {
    iterations = it;
    times(t);
    colSq.fill(0);
    for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) colSq[j]! += z[i * k + j]! * z[i * k + j]!;
    // B = xᵀ(z³ − z·diag(Σz²)/p)
    const b = filled(k, k);
    for (let i = 0; i < p; i++) {
      for (let u = 0; u < k; u++) {
        const xv = x[i * k + u]!;
        if (xv === 0) continue;
        const bu = b[u]!;
        for (let j = 0; j < k; j++) {
          const v = z[i * k + j]!;
          bu[j]! += xv * (v * v * v - (v * colSq[j]!) / p);
        }
      }
    }
    const svd = thinSvd(b);
    t = reorthonormalize(multiply(svd.u, transpose(svd.v)));
    const dPast = d;
    d = svd.s.reduce((a, c) => a + c, 0);
    if (d < dPast * (1 + eps)) {
      converged = true;
      break;
    }
  }
  times(t);
  const rotated = Array.from({ length: p }, (_, i) => Array.from({ length: k }, (_, j) => z[i * k + j]! * sc[i]!));
  return { loadings: rotated, rotation: t, iterations, converged };
}

/**
 * Two Newton–Schulz steps T ← T(3I − TᵀT)/2 towards the nearest orthogonal matrix.
 * u·vᵀ is orthogonal to rounding error, except when B is (nearly) rank deficient,
 * where the SVD's vectors can be off by ~1e-9 (seen with rows of denormal
 * loadings); each step squares that error, so T stays a rotation.
 */
function reorthonormalize(t: number[][]): number[][] {
  const k = t.length;
  let m = t;
  for (let step = 0; step < 2; step++) {
    const gram = multiply(transpose(m), m);
    const correction = gram.map((row, i) => row.map((g, j) => ((i === j ? 3 : 0) - g) / 2));
    m = multiply(m, correction);
  }
  return k === 0 ? t : m;
}

/** No rotation: the loadings unchanged and T = I. */
export function noRotation(loadings: Matrix): RotationResult {
  const k = loadings[0]?.length ?? 0;
  return { loadings: loadings.map((r) => [...r]), rotation: identity(k), iterations: 0, converged: true };
}
