/**
 * Varimax rotation with Kaiser normalisation, iterated to convergence (the
 * default) or stopped by R's `stats::varimax(x, normalize = TRUE, eps = 1e-5)`
 * rule (`stop: 'qmethod'`, the R package qmethod's exact numbers).
 *
 * Orientation: loadings are sorts × factors; the rotation matrix T is
 * factors × factors and `rotated = loadings · T`.
 *
 * Algorithm: (Kaiser) divide each row by √(its sum of squares); T = I; repeat
 * z = x·T, B = xᵀ(z³ − z·diag(Σᵢ zᵢ²)/p), SVD B = u·d·vᵀ, T = u·vᵀ, until
 * the stopping rule holds (the T of the stopping iteration is kept); then scale
 * the rows back. Σd (the sum of B's singular values) rises with the varimax
 * criterion and never falls in exact arithmetic.
 *
 * Stopping rules:
 * - `converged` (default): until Σd no longer rises by more than rounding
 *   (Σd ≤ previous Σd · (1 + 4ε), ε = Number.EPSILON), at most 10,000 times. R's
 *   rule stops long before that: on a real 50-sort study its loadings were
 *   2e-3…8e-3 away from the converged rotation at 3–5 factors.
 * - `qmethod`: R's rule, Σd < previous Σd · (1 + eps), eps = 1e-5, at most 1000
 *   times. The converged rotation has the higher varimax criterion. T = u·vᵀ is the orthogonal polar factor
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
  /** Iterations done. */
  readonly iterations: number;
  /** False when the iteration limit stopped it. */
  readonly converged: boolean;
  /** The varimax criterion of the rotated loadings (see {@link varimaxCriterion}). */
  readonly criterion: number;
}

/** How varimax decides it is done: to convergence, or R's (and qmethod's) relative rule. */
export type VarimaxStop = 'converged' | 'qmethod';

/** The iteration limit of each stopping rule. */
export const VARIMAX_MAX_ITERATIONS: Readonly<Record<VarimaxStop, number>> = { converged: 10_000, qmethod: 1000 };

/** Relative rise of Σd below which the `converged` rule stops: rounding level. */
const CONVERGED_EPS = 4 * Number.EPSILON;

/** Options of {@link varimax}. */
export interface VarimaxOptions {
  /** Kaiser normalisation (default true). */
  readonly normalize?: boolean;
  /** Stopping rule (default `converged`). */
  readonly stop?: VarimaxStop;
  /** Relative tolerance, overriding the rule's (converged: 4ε; qmethod: VARIMAX_EPS, 1e-5). */
  readonly eps?: number;
  /** Iteration limit (default VARIMAX_MAX_ITERATIONS of the rule). */
  readonly maxIterations?: number;
}

/**
 * Varimax-rotates `loadings` (sorts × factors).
 * @example varimax(loadings).loadings // same communalities, simpler structure
 */
export function varimax(loadings: Matrix, options: VarimaxOptions = {}): RotationResult {
  const normalize = options.normalize ?? true;
  const stop = options.stop ?? 'converged';
  const eps = options.eps ?? (stop === 'converged' ? CONVERGED_EPS : VARIMAX_EPS);
  const maxIterations = options.maxIterations ?? VARIMAX_MAX_ITERATIONS[stop];
  // R's rule stops on a strict fall (d < past·(1+eps)); the converged rule also stops when d no longer rises
  const done = stop === 'converged' ? (d: number, past: number) => d <= past * (1 + eps) : (d: number, past: number) => d < past * (1 + eps);
  const k = loadings[0]?.length ?? 0;
  if (k < 2) return { ...noRotation(loadings) };
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
    if (done(d, dPast)) {
      converged = true;
      break;
    }
  }
  times(t);
  const rotated = Array.from({ length: p }, (_, i) => Array.from({ length: k }, (_, j) => z[i * k + j]! * sc[i]!));
  return { loadings: rotated, rotation: t, iterations, converged, criterion: varimaxCriterion(rotated) };
}

/**
 * The (raw, Kaiser-normalised) varimax criterion that varimax maximises:
 * Σ over factors of the variance of the squared normalised loadings,
 * Σⱼ [mean(x⁴) − mean(x²)²] with x = each row divided by √(its Σ²). Rows of
 * zeros count as zeros.
 * @example varimaxCriterion([[1, 0], [0, 1]]) // 0.5
 */
export function varimaxCriterion(loadings: Matrix): number {
  const p = loadings.length;
  const k = loadings[0]?.length ?? 0;
  if (p === 0) return 0;
  const m2 = new Float64Array(k);
  const m4 = new Float64Array(k);
  for (const row of loadings) {
    const h2 = row.reduce((s, a) => s + a * a, 0);
    for (let j = 0; j < k; j++) {
      const x2 = h2 > 0 ? (row[j]! * row[j]!) / h2 : 0;
      m2[j]! += x2 / p;
      m4[j]! += (x2 * x2) / p;
    }
  }
  let c = 0;
  for (let j = 0; j < k; j++) c += m4[j]! - m2[j]! * m2[j]!;
  return c;
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
  return { loadings: loadings.map((r) => [...r]), rotation: identity(k), iterations: 0, converged: true, criterion: varimaxCriterion(loadings) };
}
