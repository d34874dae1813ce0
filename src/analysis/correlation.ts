/**
 * Correlations between sorts.
 *
 * Orientation: `data` is statements × sorts; the result is sorts × sorts,
 * symmetric with a unit diagonal and every |r| ≤ 1.
 *
 * Scale: Pearson and Spearman reduce to the standardized data Z
 * ({@link standardizedScores}), from which the analysis extracts factors without
 * ever building this sortCount × sortCount matrix. Kendall's tau-b has no such
 * form: it needs every pair of sorts, O(sortCount² · statementCount²), so it is
 * only computed when asked for and {@link KENDALL_MAX_SORTS} bounds it.
 */
import { DataError } from '../errors.ts';
import { assertFiniteMatrix, filled, type Matrix, multiplyTransposed, standardizeColumns } from './matrix.ts';

/** Correlation coefficient between sorts. */
export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

/**
 * Largest number of sorts for which the sorts × sorts correlation matrix is
 * built when asked for (5,000 sorts: 200 MB); the analysis itself never needs it.
 */
export const CORRELATION_MATRIX_MAX_SORTS = 5000;

/** Largest number of sorts for which a Kendall matrix is computed (it is quadratic in sorts). */
export const KENDALL_MAX_SORTS = 2000;

/**
 * Average ranks (1-based) of a vector, ties sharing the mean of their ranks,
 * as R's `rank(ties.method = "average")`.
 * @example averageRanks([10, 20, 10]) // [1.5, 3, 1.5]
 */
export function averageRanks(v: readonly number[]): number[] {
  const order = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]! || a - b);
  const ranks = new Array<number>(v.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && v[order[end + 1]!] === v[order[start]!]) end++;
    const r = (start + end) / 2 + 1;
    for (let t = start; t <= end; t++) ranks[order[t]!] = r;
    start = end + 1;
  }
  return ranks;
}

/** Replaces each column (sort) of `data` by its average ranks. statements × sorts in and out. */
export function rankColumns(data: Matrix): number[][] {
  const [rows, cols] = [data.length, data[0]?.length ?? 0];
  const out = filled(rows, cols);
  for (let j = 0; j < cols; j++) {
    const r = averageRanks(data.map((row) => row[j]!));
    for (let i = 0; i < rows; i++) out[i]![j] = r[i]!;
  }
  return out;
}

/**
 * The standardized data Z (statements × sorts) whose cross-product gives the
 * correlation matrix: `R = Zᵀ Z / (statementCount − 1)`. Pearson: each sort centred
 * and divided by its sample SD. Spearman: the same on average ranks. Linear in
 * sortCount. Throws a DataError for Kendall (it has no such Z) or a constant sort.
 */
export function standardizedScores(data: Matrix, method: 'pearson' | 'spearman' = 'pearson', sortIds?: readonly string[]): number[][] {
  assertFiniteMatrix(data, 'data');
  if (data.length < 3) throw new DataError('at least 3 statements are needed to correlate sorts');
  if ((method as string) === 'kendall') throw new DataError('Kendall correlations have no standardized-score form');
  return standardizeColumns(method === 'spearman' ? rankColumns(data) : data, 'sort', sortIds);
}

/** Kendall's tau-b between two equally long vectors (`null` if either is constant). */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const da = Math.sign(a[i]! - a[j]!);
      const db = Math.sign(b[i]! - b[j]!);
      if (da === 0 && db === 0) continue;
      if (da === 0) tiesA++;
      else if (db === 0) tiesB++;
      else if (da === db) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
  if (denom === 0) return null;
  return Math.max(-1, Math.min(1, (concordant - discordant) / denom));
}

/**
 * Correlation matrix between sorts (sorts × sorts, symmetric, unit diagonal),
 * as R's `cor(data, method)`: Pearson, Spearman (Pearson on average ranks) or
 * Kendall's tau-b. This builds a sortCount² matrix: call it only when the user asks
 * for the matrix; extraction works on {@link standardizedScores} instead.
 * Throws a DataError for fewer than 3 statements or a sort with one score only.
 * @example correlationMatrix([[1, 2], [2, 4], [3, 5]])[0][1] // ≈ 0.98
 */
export function correlationMatrix(data: Matrix, method: CorrelationMethod = 'pearson', sortIds?: readonly string[]): number[][] {
  if (method === 'kendall') {
    assertFiniteMatrix(data, 'data');
    if (data.length < 3) throw new DataError('at least 3 statements are needed to correlate sorts');
    const n = data[0]!.length;
    if (n > KENDALL_MAX_SORTS) throw new DataError(`Kendall correlations are limited to ${KENDALL_MAX_SORTS} sorts (they are quadratic in the number of sorts)`);
    const cols = Array.from({ length: n }, (_, j) => data.map((row) => row[j]!));
    const r = filled(n, n);
    for (let i = 0; i < n; i++) {
      r[i]![i] = 1;
      for (let j = i + 1; j < n; j++) {
        const tau = kendallTauB(cols[i]!, cols[j]!);
        if (tau === null) {
          const bad = new Set(cols[i]).size < 2 ? i : j;
          throw new DataError(`sort ${sortIds?.[bad] ?? bad + 1} has the same score everywhere, so it cannot be correlated`);
        }
        r[i]![j] = tau;
        r[j]![i] = tau;
      }
    }
    return r;
  }
  const sortCount = data[0]?.length ?? 0;
  if (sortCount > CORRELATION_MATRIX_MAX_SORTS) {
    throw new DataError(`the correlation matrix of ${sortCount} sorts would have ${sortCount}² entries; it is only built up to ${CORRELATION_MATRIX_MAX_SORTS} sorts (the analysis itself does not need it)`);
  }
  const z = standardizedScores(data, method, sortIds);
  const m = z.length;
  const r = multiplyTransposed(z, z);
  const n = r.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) r[i]![j] = i === j ? 1 : Math.max(-1, Math.min(1, r[i]![j]! / (m - 1)));
  }
  // exact symmetry (the products are computed in the same order, but be explicit)
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) r[j]![i] = r[i]![j]!;
  return r;
}
