/**
 * Factor characteristics (qmethod's `qfcharact`, PQMethod).
 *
 * Orientation: loadings and flags sorts × factors; zScores statements × factors;
 * correlations and SED factors × factors.
 *
 * Per factor: n = number of defining (flagged) sorts; "eigenvalue" = Σ of squared
 * (rotated) loadings; explained variance = 100·eigenvalue/sortCount; composite
 * reliability = 0.8n/(1 + 0.8(n − 1)); SE of the z-scores = SD(z)·√(1 − reliability).
 * Between factors: SED = √(SE_f² + SE_g²) (also on the diagonal, as qmethod) and the
 * Pearson correlation of their z-scores. `null` where a factor has no z-scores.
 */
import { type BoolMatrix, type Matrix, type NullableMatrix, pearson, sampleSd } from './matrix.ts';
import { AV_REL_COEF } from './thresholds.ts';

/** One factor's characteristics. */
export interface FactorCharacteristic {
  /** Number of defining (flagged) sorts. */
  readonly definingSorts: number;
  /** Σ of squared loadings. */
  readonly eigenvalue: number;
  /** Percentage of the total variance, 100·eigenvalue/sortCount. */
  readonly explainedVariance: number;
  /** Composite reliability 0.8n/(1 + 0.8(n − 1)). */
  readonly reliability: number;
  /** Standard error of the factor z-scores (null without z-scores). */
  readonly se: number | null;
}

/** The result of {@link factorCharacteristics}. */
export interface CharacteristicsResult {
  readonly factors: readonly FactorCharacteristic[];
  /** Correlations between factor z-scores, factors × factors. */
  readonly correlations: NullableMatrix;
  /** Standard errors of differences, factors × factors. */
  readonly sed: NullableMatrix;
}

/**
 * Computes the factor characteristics.
 * @param averageReliability average reliability coefficient of a sort (default 0.8)
 */
export function factorCharacteristics(
  loadings: Matrix,
  flags: BoolMatrix,
  zScores: NullableMatrix,
  averageReliability: number = AV_REL_COEF,
): CharacteristicsResult {
  const sortCount = loadings.length;
  const k = loadings[0]?.length ?? 0;
  const zColumns = Array.from({ length: k }, (_, f) => {
    const c = zScores.map((row) => row[f] ?? null);
    return c.some((x) => x === null) ? null : (c as number[]);
  });
  const factors = Array.from({ length: k }, (_, f): FactorCharacteristic => {
    const n = flags.reduce((s, row) => s + (row[f] ? 1 : 0), 0);
    const eigenvalue = loadings.reduce((s, row) => s + row[f]! * row[f]!, 0);
    const reliability = (averageReliability * n) / (1 + (n - 1) * averageReliability);
    const z = zColumns[f];
    const sd = z ? sampleSd(z) : Number.NaN;
    const se = Number.isFinite(sd) ? sd * Math.sqrt(1 - reliability) : null;
    return { definingSorts: n, eigenvalue, explainedVariance: (100 * eigenvalue) / sortCount, reliability, se };
  });
  const correlations = zColumns.map((a) => zColumns.map((b) => (a && b ? pearson(a, b) : null)));
  const sed = factors.map((a) =>
    factors.map((b) => (a.se !== null && b.se !== null ? Math.sqrt(a.se * a.se + b.se * b.se) : null)),
  );
  return { factors, correlations, sed };
}
