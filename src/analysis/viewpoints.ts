/**
 * Viewpoints: the two poles of a factor.
 *
 * A factor with sorts flagged on a negative loading has two poles: the
 * viewpoint of its factor array, held by the positively flagged sorts (pole 1),
 * and the same factor reversed, held by the negatively flagged sorts (pole −1),
 * whose statements are read from the mirrored array (every score negated). A
 * sort is counted in exactly one pole. Pole −1 exists only when some sort is
 * flagged negatively.
 *
 * Most and least agree come from the factor array: the statements in the
 * {@link EXTREME_COLUMNS} outermost columns at each end, ordered by column
 * (outermost first) and then by z-score (strongest first). Read from the
 * mirrored array, pole −1's most agree is pole 1's least agree and vice versa.
 *
 * Orientation: loadings and flags sorts × factors; zScores and factorArrays
 * statements × factors.
 */
import type { FactorArrayTie } from './factor-arrays.ts';
import type { BoolMatrix, Matrix, NullableMatrix } from './matrix.ts';

/** Most/least agree take the statements of this many columns at each end of the array. */
export const EXTREME_COLUMNS = 2;

export type Pole = 1 | -1;

/** One pole of one factor (the `viewpoints` of `qsort analyze --json`). */
export interface Viewpoint {
  readonly factor: string;
  readonly pole: Pole;
  /** Sort ids: pole 1 the positively flagged sorts, pole −1 the negatively flagged ones. */
  readonly sorts: readonly string[];
  /** Statement ids in this pole's outermost agree columns (outermost first, then by z-score); empty without an array. */
  readonly mostAgree: readonly string[];
  /** Statement ids in this pole's outermost disagree columns (outermost first, then by z-score). */
  readonly leastAgree: readonly string[];
  /** Statements of `mostAgree`/`leastAgree` whose column was decided by statement order among equal z-scores. */
  readonly tiedByOrder: readonly string[];
}

/** What {@link factorViewpoints} reads (an analysis result has every field). */
export interface ViewpointInput {
  readonly statements: readonly { readonly id: string }[];
  readonly sorts: readonly string[];
  readonly factors: readonly { readonly id: string }[];
  readonly loadings: Matrix;
  readonly flags: BoolMatrix;
  readonly zScores: NullableMatrix;
  readonly factorArrays: NullableMatrix;
  readonly factorArrayTies: readonly FactorArrayTie[];
}

/**
 * Statement indices in the `columns` highest (sign 1) or lowest (sign −1)
 * distinct scores of `scores`, outermost column first, then by z (strongest
 * first), then statement order.
 * @example outerStatements([2, -2, 0, 1], [1.5, -1.4, 0, 0.6], 1, 1) // [0]
 */
export function outerStatements(scores: readonly number[], z: readonly number[], sign: Pole, columns: number = EXTREME_COLUMNS): number[] {
  const distinct = [...new Set(scores)].sort((a, b) => sign * (b - a));
  const kept = new Set(distinct.slice(0, columns));
  return scores
    .map((_, i) => i)
    .filter((i) => kept.has(scores[i]!))
    .sort((a, b) => sign * (scores[b]! - scores[a]!) || sign * (z[b]! - z[a]!) || a - b);
}

function columnOf<T>(m: readonly (readonly T[])[], f: number): T[] {
  return m.map((row) => row[f]!);
}

/**
 * Every factor's poles: pole 1 always, pole −1 when a sort is flagged on a
 * negative loading. A factor without an array has empty statement lists.
 */
export function factorViewpoints(input: ViewpointInput): Viewpoint[] {
  const ids = input.statements.map((s) => s.id);
  return input.factors.flatMap((factor, f) => {
    const positive: string[] = [];
    const negative: string[] = [];
    input.flags.forEach((row, i) => {
      if (!row[f]) return;
      (input.loadings[i]![f]! < 0 ? negative : positive).push(input.sorts[i]!);
    });
    const scores = columnOf(input.factorArrays, f);
    const z = columnOf(input.zScores, f);
    const hasArray = scores.every((s) => s !== null) && z.every((v) => v !== null);
    const top = hasArray ? outerStatements(scores as number[], z as number[], 1) : [];
    const bottom = hasArray ? outerStatements(scores as number[], z as number[], -1) : [];
    const broken = new Set(input.factorArrayTies.filter((t) => t.factor === factor.id && t.brokenByOrder).flatMap((t) => t.statements));
    const tied = [...top, ...bottom].map((i) => ids[i]!).filter((id) => broken.has(id));
    const pole = (p: Pole, sorts: string[], most: number[], least: number[]): Viewpoint => ({
      factor: factor.id,
      pole: p,
      sorts,
      mostAgree: most.map((i) => ids[i]!),
      leastAgree: least.map((i) => ids[i]!),
      tiedByOrder: tied,
    });
    return negative.length > 0 ? [pole(1, positive, top, bottom), pole(-1, negative, bottom, top)] : [pole(1, positive, top, bottom)];
  });
}
