/**
 * Factor z-scores (qmethod's `qzscores`, PQMethod).
 *
 * Orientation: data statements × sorts; loadings and flags sorts × factors;
 * z-scores statements × factors.
 *
 * For factor f: weight wᵢ = aᵢ/(1 − aᵢ²) for each flagged sort i (signed loading,
 * not normalised), 0 for the others; the weighted sum of raw scores per
 * statement; then standardised with the mean and the sample SD (n − 1).
 *
 * A factor without flagged sorts has no z-scores: its column is `null` and a
 * `FACTOR_WITHOUT_FLAGS` warning says so. A flagged loading of ±1 (weight ∞):
 * those sorts alone define the factor, with weight ±1 (`LOADING_AT_ONE`), which is
 * the limit of the weighted average. R would return NaN in both cases.
 */
import { DataError } from '../errors.ts';
import { type BoolMatrix, type Matrix, type NullableMatrix, shape } from './matrix.ts';
import { type AnalysisWarning, factorId, type Names } from './warnings.ts';

/** The result of {@link factorZScores}. */
export interface ZScoreResult {
  /** statements × factors; a column is null for a factor without usable scores. */
  readonly zScores: NullableMatrix;
  /** Factor weights, sorts × factors (0 for unflagged sorts). */
  readonly weights: Matrix;
  readonly warnings: readonly AnalysisWarning[];
}

const ONE = 1 - 1e-12;

/**
 * Computes the factor z-scores.
 * @param data raw scores, statements × sorts
 * @param loadings sorts × factors
 * @param flags sorts × factors
 * @param names factor ids for the warnings (default F1, F2, …)
 * @example factorZScores(data, loadings, flagSorts(loadings, data.length)).zScores
 */
export function factorZScores(data: Matrix, loadings: Matrix, flags: BoolMatrix, names?: Names): ZScoreResult {
  const [m, n] = shape(data);
  const [ln, k] = shape(loadings);
  if (ln !== n || flags.length !== n || (flags[0]?.length ?? 0) !== k) {
    throw new DataError(`data has ${n} sorts, loadings ${ln}×${k}, flags ${flags.length}×${flags[0]?.length ?? 0}: they must agree`);
  }
  const warnings: AnalysisWarning[] = [];
  const weights: number[][] = loadings.map((row) => row.map(() => 0));
  const columns: (number[] | null)[] = [];
  for (let f = 0; f < k; f++) {
    const flagged = flags.map((row, i) => (row[f] ? i : -1)).filter((i) => i >= 0);
    if (flagged.length === 0) {
      warnings.push({ code: 'FACTOR_WITHOUT_FLAGS', factor: factorId(f, names), message: `${factorId(f, names)} has no flagged sorts, so it has no z-scores or factor array` });
      columns.push(null);
      continue;
    }
    const atOne = flagged.filter((i) => Math.abs(loadings[i]![f]!) >= ONE);
    if (atOne.length > 0) {
      warnings.push({ code: 'LOADING_AT_ONE', factor: factorId(f, names), message: `${factorId(f, names)} has flagged loadings of ±1; those sorts alone define it` });
      for (const i of atOne) weights[i]![f] = Math.sign(loadings[i]![f]!);
    } else {
      for (const i of flagged) {
        const a = loadings[i]![f]!;
        weights[i]![f] = a / (1 - a * a);
      }
    }
    const sums = data.map((row) => {
      let s = 0;
      for (const i of flagged) s += row[i]! * weights[i]![f]!;
      return s;
    });
    const mu = sums.reduce((a, b) => a + b, 0) / m;
    const sd = Math.sqrt(sums.reduce((a, b) => a + (b - mu) * (b - mu), 0) / (m - 1));
    const scale = sums.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
    if (!(sd > 1e-12 * scale) || !Number.isFinite(sd)) {
      warnings.push({ code: 'CONSTANT_FACTOR_SCORES', factor: factorId(f, names), message: `${factorId(f, names)}'s weighted scores are all equal, so it has no z-scores` });
      columns.push(null);
      continue;
    }
    columns.push(sums.map((s) => (s - mu) / sd));
  }
  const zScores = data.map((_, s) => columns.map((c) => (c === null ? null : c[s]!)));
  return { zScores, weights, warnings };
}
