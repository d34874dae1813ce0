/**
 * Crib sheets (Watts & Stenner 2012, ch. 7): the interpretation aid analysts
 * build by hand from the factor arrays. For each factor:
 *
 * 1. `highest` — the statements in its two highest columns;
 * 2. `higher` — those ranked higher in this factor's array than in every other
 *    factor's array;
 * 3. `lower` — those ranked lower than in every other factor's array;
 * 4. `lowest` — the statements in its two lowest columns.
 *
 * The lists are literal: a statement can be in `highest` and in `higher`.
 * `higher` is ordered by this factor's score (highest first), `lower` by score
 * (lowest first), ties by z-score and then statement order; `highest` and
 * `lowest` outermost column first, then by z-score. Factors without an array
 * are left out of the comparison and get empty lists; with a single factor
 * that has an array, `higher` and `lower` are empty (there is nothing to
 * compare with).
 *
 * Orientation: factorArrays and zScores statements × factors.
 */
import type { NullableMatrix } from './matrix.ts';
import { EXTREME_COLUMNS, outerStatements } from './viewpoints.ts';

/** One factor's crib sheet, as statement ids (the `cribSheets` of `qsort analyze --json`). */
export interface CribSheet {
  readonly factor: string;
  readonly highest: readonly string[];
  readonly higher: readonly string[];
  readonly lower: readonly string[];
  readonly lowest: readonly string[];
}

/**
 * Builds every factor's crib sheet.
 * @param factorIds one id per factor (column)
 * @param statementIds one id per statement (row)
 */
export function cribSheets(factorArrays: NullableMatrix, zScores: NullableMatrix, factorIds: readonly string[], statementIds: readonly string[]): CribSheet[] {
  const column = (m: NullableMatrix, f: number): (number | null)[] => m.map((row) => row[f] ?? null);
  const usable = factorIds.map((_, f) => column(factorArrays, f).every((v) => v !== null) && column(zScores, f).every((v) => v !== null));
  return factorIds.map((factor, f) => {
    if (!usable[f]) return { factor, highest: [], higher: [], lower: [], lowest: [] };
    const scores = column(factorArrays, f) as number[];
    const z = column(zScores, f) as number[];
    const others = factorIds.map((_, g) => g).filter((g) => g !== f && usable[g]);
    const beats = (sign: 1 | -1) =>
      others.length === 0
        ? []
        : scores
            .map((_, i) => i)
            .filter((i) => others.every((g) => sign * (scores[i]! - factorArrays[i]![g]!) > 0))
            .sort((a, b) => sign * (scores[b]! - scores[a]!) || sign * (z[b]! - z[a]!) || a - b);
    const ids = (list: readonly number[]) => list.map((i) => statementIds[i]!);
    return {
      factor,
      highest: ids(outerStatements(scores, z, 1, EXTREME_COLUMNS)),
      higher: ids(beats(1)),
      lower: ids(beats(-1)),
      lowest: ids(outerStatements(scores, z, -1, EXTREME_COLUMNS)),
    };
  });
}
