/**
 * Factor arrays: each factor's z-scores turned back into one Q-sort on the
 * study's forced distribution.
 *
 * Orientation: zScores and factorArrays are statements × factors.
 *
 * Statements are ranked by z-score (lowest z → lowest value) and given the
 * distribution's values in order, so each array is always exactly a permutation
 * of the distribution. Z-scores within {@link TIE_TOLERANCE} of each other are
 * ties: they are put in statement order (the earlier statement gets the lower
 * value) and reported (all ties are listed; a warning is given only when the
 * tied statements got different values). qmethod instead gives every tied statement the lowest of
 * their values, which can break the distribution.
 */
import { DataError } from '../errors.ts';
import { type NullableMatrix, type Vector } from './matrix.ts';
import { TIE_TOLERANCE } from './thresholds.ts';
import { type AnalysisWarning, factorId, type Names, statementName } from './warnings.ts';

/** A forced distribution: ascending scores, and how many statements take each. */
export interface DistributionShape {
  readonly scores: readonly number[];
  readonly counts: readonly number[];
}

/**
 * The distribution's values as a sorted multiset (qmethod's `qscores`).
 * @example distributionValues({ scores: [-1, 0, 1], counts: [1, 2, 1] }) // [-1, 0, 0, 1]
 */
export function distributionValues(distribution: DistributionShape): number[] {
  if (distribution.scores.length !== distribution.counts.length) throw new DataError('distribution scores and counts differ in length');
  const out: number[] = [];
  distribution.scores.forEach((s, i) => {
    const c = distribution.counts[i]!;
    if (!Number.isInteger(c) || c < 0) throw new DataError(`distribution count for ${s} must be a whole number ≥ 0`);
    for (let t = 0; t < c; t++) out.push(s);
  });
  return out.sort((a, b) => a - b);
}

/** One factor's array. */
export interface FactorScores {
  /** The value given to each statement (statement order). */
  readonly scores: number[];
  /** Groups of statements (0-based, in statement order) with tied z-scores. */
  readonly ties: number[][];
}

/**
 * Turns one factor's z-scores into an array on `values` (the distribution as a
 * sorted multiset, one value per statement).
 * @example factorScores([0.5, -1, 0.5], [-1, 0, 1]).scores // [0, -1, 1]
 */
export function factorScores(z: Vector, values: Vector): FactorScores {
  if (z.length !== values.length) throw new DataError(`${z.length} statements but the distribution has ${values.length} places`);
  const sortedValues = [...values].sort((a, b) => a - b);
  const order = z.map((_, i) => i).sort((a, b) => z[a]! - z[b]! || a - b);
  // groups of consecutive z-scores within the tolerance (chained), each put in statement order
  const groups: number[][] = [];
  for (const s of order) {
    const last = groups[groups.length - 1];
    if (last !== undefined && z[s]! - z[last[last.length - 1]!]! <= TIE_TOLERANCE) last.push(s);
    else groups.push([s]);
  }
  for (const g of groups) g.sort((a, b) => a - b);
  const ties = groups.filter((g) => g.length > 1);
  const finalOrder = groups.flat();
  const scores = new Array<number>(z.length);
  finalOrder.forEach((s, rank) => (scores[s] = sortedValues[rank]!));
  return { scores, ties };
}

/** A tie reported by {@link factorArrays}. */
export interface FactorArrayTie {
  readonly factor: string;
  /** Statement ids, in statement order. */
  readonly statements: readonly string[];
  /** The (common) z-score. */
  readonly zScore: number;
  /** The values the tied statements got, in the same order. */
  readonly values: readonly number[];
  /** True when the values differ, i.e. statement order decided who got which value. */
  readonly brokenByOrder: boolean;
}

/** The result of {@link factorArrays}. */
export interface FactorArraysResult {
  /** statements × factors; a column is null where the factor has no z-scores. */
  readonly arrays: NullableMatrix;
  readonly ties: readonly FactorArrayTie[];
  readonly warnings: readonly AnalysisWarning[];
}

/**
 * Factor arrays for every factor (statements × factors).
 * @param zScores statements × factors (null columns stay null)
 * @param values the distribution as a sorted multiset, one value per statement
 */
export function factorArrays(zScores: NullableMatrix, values: Vector, names?: Names): FactorArraysResult {
  const k = zScores[0]?.length ?? 0;
  const columns: (number[] | null)[] = [];
  const ties: FactorArrayTie[] = [];
  const warnings: AnalysisWarning[] = [];
  for (let f = 0; f < k; f++) {
    const z = zScores.map((row) => row[f]);
    if (z.some((x) => x === null || x === undefined)) {
      columns.push(null);
      continue;
    }
    const zf = z as number[];
    const result = factorScores(zf, values);
    columns.push(result.scores);
    for (const group of result.ties) {
      const tie: FactorArrayTie = {
        factor: factorId(f, names),
        statements: group.map((i) => statementName(names, i)),
        zScore: zf[group[0]!]!,
        values: group.map((i) => result.scores[i]!),
        brokenByOrder: new Set(group.map((i) => result.scores[i]!)).size > 1,
      };
      ties.push(tie);
      if (!tie.brokenByOrder) continue;
      warnings.push({
        code: 'FACTOR_ARRAY_TIE',
        factor: tie.factor,
        statements: tie.statements,
        zScore: tie.zScore,
        values: tie.values,
        message: `${tie.factor}: statements ${tie.statements.join(', ')} have the same z-score (${tie.zScore.toFixed(6)}); they were placed in statement order (${tie.values.join(', ')})`,
      });
    }
  }
  const arrays = zScores.map((_, s) => columns.map((c) => (c === null ? null : c[s]!)));
  return { arrays, ties, warnings };
}
