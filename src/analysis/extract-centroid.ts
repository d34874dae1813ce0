/**
 * Centroid factor extraction (Brown 1980, pp. 208–224), as qmethod's
 * `centroid(tmat, nfactors, spc)` with two fixes (see README.md):
 *
 * Per factor, on the current residual correlations (diagonal treated as 0):
 * 1. while some column sum is negative, reflect (negate row and column of) the
 *    variable with the smallest sum (the first one on a tie), one at a time;
 *    qmethod reflects every tied minimum at once and loops forever on a sum of
 *    exactly 0;
 * 2. h = c/(n−1), t = c + h, f = t/√Σt, then repeat h = f², f = (c + f²)/√Σ(c + f²)
 *    until every |h − f²| < threshold (c = column sums, n = sortCount);
 * 3. un-reflect f (one sign change per reflection);
 * 4. residual = R − Σ f fᵀ over the factors so far.
 *
 * Orientation: the input is sorts × sorts (or the standardized data, statements ×
 * sorts); the loadings are sorts × factors. The factors are neither ordered nor
 * sign-normalised here (qmethod's raw output); the pipeline orders and signs
 * them after rotation.
 *
 * Scale: the algorithm only ever needs products R·v (column sums of a reflected
 * residual are sᵢ·((R − FFᵀ)s)ᵢ − (Rᵢᵢ − Σ Fᵢₚ²)), so it runs on a
 * {@link CorrelationOperator}. {@link standardizedOperator} computes
 * R·v = Zᵀ(Z·v)/(m−1) from the standardized data without a sortCount² matrix.
 * Time: each reflection changes every column sum, and on a large study about
 * half the sorts may need one for the second and later factors, so the
 * reflections cost O(r · sortCount · reflections) — close to quadratic in time
 * (not in memory). With a low-rank operator (R = BᵀB, {@link reflectLowRank})
 * that is a tight typed-array loop; PCA has no such step.
 */
import { DataError } from '../errors.ts';
import { filled, type Matrix, multiplyVector, shape, transposeMultiplyVector, type Vector } from './matrix.ts';
import { assertFactorCount } from './extract-pca.ts';
import { type AnalysisWarning, factorId } from './warnings.ts';

/** A symmetric correlation matrix R given by its action on vectors. */
export interface CorrelationOperator {
  /** Number of variables (sorts). */
  readonly size: number;
  /** R's diagonal (1 for a correlation matrix). */
  readonly diagonal: Vector;
  /** R · v. */
  multiply(v: Vector): Vector;
  /**
   * Optional B (r × size, r small) with R = BᵀB, e.g. Z/√(m−1) for the
   * standardized data. With it the reflections cost O(r) per sort looked at.
   */
  readonly factor?: Matrix;
}

/** An operator over an explicit sorts × sorts correlation matrix. O(n²) per product. */
export function denseOperator(r: Matrix): CorrelationOperator {
  const [rows, cols] = shape(r);
  if (rows !== cols) throw new DataError(`a correlation matrix must be square, got ${rows}×${cols}`);
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < rows; j++) {
      if (Math.abs(r[i]![j]! - r[j]![i]!) > 1e-12) throw new DataError('the correlation matrix is not symmetric');
    }
  }
  return { size: rows, diagonal: r.map((row, i) => row[i]!), multiply: (v) => multiplyVector(r, v) };
}

/**
 * An operator for R = ZᵀZ/(m−1) over the standardized data Z (statements × sorts),
 * O(statementCount · sortCount) per product; R itself is never built.
 */
export function standardizedOperator(z: Matrix): CorrelationOperator {
  const [m, n] = shape(z);
  const diagonal = new Array<number>(n).fill(0);
  for (const row of z) for (let j = 0; j < n; j++) diagonal[j]! += (row[j]! * row[j]!) / (m - 1);
  const scale = 1 / Math.sqrt(m - 1);
  return {
    size: n,
    diagonal,
    multiply: (v) => transposeMultiplyVector(z, multiplyVector(z, v)).map((x) => x / (m - 1)),
    factor: z.map((row) => row.map((x) => x * scale)),
  };
}

/** Options of {@link extractCentroids}. */
export interface CentroidOptions {
  /** Convergence threshold on |h − f²| (qmethod's `spc`; default 1e-5, Brown uses 0.02). */
  readonly threshold?: number;
  /** Iteration limit per factor (default 10,000; qmethod has none). */
  readonly maxIterations?: number;
}

/** The result of {@link extractCentroids}. */
export interface CentroidResult {
  /** Unrotated loadings, sorts × factorCount, in extraction order and qmethod's signs. */
  readonly loadings: Matrix;
  readonly factorCount: number;
  /** Sorts reflected for each factor (0-based, in order), for inspection. */
  readonly reflections: readonly (readonly number[])[];
  readonly warnings: readonly AnalysisWarning[];
}

/**
 * Extracts `factorCount` centroid factors from a correlation matrix (sorts ×
 * sorts) or a {@link CorrelationOperator}.
 * @example extractCentroids(correlationMatrix(data), 3).loadings // sorts × 3
 */
export function extractCentroids(
  source: Matrix | CorrelationOperator,
  factorCount: number,
  options: CentroidOptions = {},
): CentroidResult {
  assertFactorCount(factorCount);
  const op = isOperator(source) ? source : denseOperator(source);
  const n = op.size;
  if (n < 2) throw new DataError('centroid extraction needs at least 2 sorts');
  const threshold = options.threshold ?? 1e-5;
  const maxIterations = options.maxIterations ?? 10_000;
  if (!(threshold > 0)) throw new DataError(`the centroid threshold must be positive, got ${threshold}`);
  const warnings: AnalysisWarning[] = [];
  const factors: number[][] = []; // each a vector of length n (un-reflected)
  const reflections: number[][] = [];

  // residual (R − Σ f fᵀ) · v
  const residualTimes = (v: Vector): number[] => {
    const out = [...op.multiply(v)];
    for (const f of factors) {
      let fv = 0;
      for (let j = 0; j < n; j++) fv += f[j]! * v[j]!;
      for (let j = 0; j < n; j++) out[j]! -= f[j]! * fv;
    }
    return out;
  };
  const residualDiagonal = (): number[] =>
    op.diagonal.map((d, j) => factors.reduce((acc, f) => acc - f[j]! * f[j]!, d));

  for (let k = 0; k < factorCount; k++) {
    const s = new Array<number>(n).fill(1);
    const diag = residualDiagonal();
    // column sums of the reflected residual with a zero diagonal
    const sums = (): number[] => {
      const ms = residualTimes(s);
      return ms.map((x, j) => s[j]! * x - diag[j]!);
    };
    let c = sums();
    const reflected = op.factor ? reflectLowRank(op.factor, factors, s, c) : reflectDense(s, c, sums);
    if (reflected.length > 0) c = sums();
    reflections.push(reflected);

    let h = c.map((x) => x / (n - 1));
    let f = normalise(c.map((x, j) => x + h[j]!));
    let iterations = 0;
    while (f !== null && !h.every((hj, j) => Math.abs(hj - f![j]! * f![j]!) < threshold)) {
      if (++iterations > maxIterations) {
        warnings.push({
          code: 'CENTROID_NOT_CONVERGED',
          factor: factorId(k),
          iterations: maxIterations,
          message: `centroid factor ${factorId(k)} did not converge in ${maxIterations} iterations`,
        });
        break;
      }
      h = f.map((x) => x * x);
      f = normalise(c.map((x, j) => x + h[j]!));
    }
    if (f === null) {
      warnings.push({
        code: 'CENTROID_EMPTY_FACTOR',
        factor: factorId(k),
        message: `centroid factor ${factorId(k)} is empty: no common variance is left`,
      });
      f = new Array<number>(n).fill(0);
    }
    factors.push(f.map((x, j) => x * s[j]!));
  }
  const loadings = filled(n, factorCount);
  factors.forEach((f, k) => f.forEach((x, j) => (loadings[j]![k] = x)));
  return { loadings, factorCount, reflections, warnings };
}

/**
 * Reflects (flips s of) the variable with the smallest column sum, one at a
 * time, while some sum is negative; sums equal up to rounding count as tied and
 * the first wins, so R and Z (which round differently) reflect the same
 * variable. Recomputes every sum after each reflection. Mutates `s`.
 * @param c the current column sums
 * @returns the reflected variables, in order
 */
function reflectDense(s: number[], c: number[], sums: () => number[]): number[] {
  const n = s.length;
  const reflected: number[] = [];
  for (let guard = 0; guard < 100 * n + 100; guard++) {
    let min = Infinity;
    for (const x of c) min = Math.min(min, x);
    if (!(min < -SUM_TOLERANCE)) break;
    const jMin = c.findIndex((x) => x <= min + SUM_TOLERANCE * (1 + Math.abs(min)));
    s[jMin] = -s[jMin]!;
    reflected.push(jMin);
    c = sums();
  }
  return reflected;
}

/**
 * The same reflections as {@link reflectDense}, in the same order, for a residual
 * R − FFᵀ with R = BᵀB (B: r × n, r small). The column sums are kept up to date
 * instead of recomputed: reflecting variable j changes sum i by
 * −2·sᵢ·sⱼ·(bᵢ·bⱼ − fᵢ·fⱼ), O(r) per sort, with the sorts' coordinates in one
 * typed array. Each reflection still touches every sort (Brown's method
 * reflects one variable at a time and each one changes every sum), so the cost
 * is O(r · sortCount · reflections); memory stays O(r · sortCount). Mutates `s`.
 * @param c the column sums at `s`
 * @returns the reflected variables, in order
 */
function reflectLowRank(b: Matrix, factors: readonly (readonly number[])[], s: number[], c: readonly number[]): number[] {
  const n = s.length;
  const r = b.length;
  const width = r + factors.length;
  // [bᵢ; fᵢ] per variable, contiguous
  const a = new Float64Array(n * width);
  for (let t = 0; t < r; t++) {
    const row = b[t]!;
    for (let i = 0; i < n; i++) a[i * width + t] = row[i]!;
  }
  factors.forEach((f, p) => {
    for (let i = 0; i < n; i++) a[i * width + r + p] = f[i]!;
  });
  const sums = Float64Array.from(c);
  const reflected: number[] = [];
  const aj = new Float64Array(width);
  for (let guard = 0; guard < 100 * n + 100; guard++) {
    let min = Infinity;
    for (let i = 0; i < n; i++) if (sums[i]! < min) min = sums[i]!;
    if (!(min < -SUM_TOLERANCE)) break;
    const cut = min + SUM_TOLERANCE * (1 + Math.abs(min));
    let j = 0;
    while (sums[j]! > cut) j++;
    const sj = s[j]!;
    s[j] = -sj;
    reflected.push(j);
    for (let t = 0; t < width; t++) aj[t] = t < r ? a[j * width + t]! : -a[j * width + t]!;
    for (let i = 0; i < n; i++) {
      if (i === j) {
        // cⱼ = sⱼ·Σ_{l≠j} Resⱼₗ·sₗ (its own term cancels dⱼ): only sⱼ changes
        sums[i] = -sums[i]!;
        continue;
      }
      let x = 0;
      const base = i * width;
      for (let t = 0; t < width; t++) x += a[base + t]! * aj[t]!;
      sums[i]! -= 2 * s[i]! * sj * x;
    }
  }
  return reflected;
}

/** t/√Σt, or null when Σt is 0 up to rounding (nothing to extract). */
function normalise(t: number[]): number[] | null {
  const total = t.reduce((a, b) => a + b, 0);
  if (!(total > EMPTY_TOLERANCE * t.length)) return null;
  const r = Math.sqrt(total);
  return t.map((x) => x / r);
}

/** Column sums closer than this (relative) are ties; a sum above −this counts as non-negative. */
const SUM_TOLERANCE = 1e-12;
/** Σt below this (times the number of sorts) means the residual is rounding noise. */
const EMPTY_TOLERANCE = 1e-10;

function isOperator(x: Matrix | CorrelationOperator): x is CorrelationOperator {
  return !Array.isArray(x);
}
