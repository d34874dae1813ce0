/**
 * Warnings as data. The analysis never prints: conditions worth telling the
 * user about (but not worth stopping for) come back in `warnings`, and the CLI
 * prints them to stderr.
 */

/** Every warning code the analysis can produce. */
export const WARNING_CODES = [
  /** Fewer factors were extracted than asked for (rank of the data, or number of sorts). */
  'FACTOR_COUNT_REDUCED',
  /** Flags by hand changed the automatic flags (which, and where). */
  'MANUAL_FLAGS',
  /** A sort is flagged on a factor with a negative loading. */
  'NEGATIVE_FLAG',
  /** A factor has no flagged sort, so it has no z-scores or factor array. */
  'FACTOR_WITHOUT_FLAGS',
  /** Statements with equal z-scores (within 1e-9) were put in order by statement order. */
  'FACTOR_ARRAY_TIE',
  /** The centroid iteration did not converge within its iteration limit. */
  'CENTROID_NOT_CONVERGED',
  /** A centroid factor came out as zero (nothing left to extract). */
  'CENTROID_EMPTY_FACTOR',
  /** Varimax stopped at its iteration limit. */
  'VARIMAX_NOT_CONVERGED',
  /** A flagged loading is ±1, so its weight a/(1−a²) is infinite; only such sorts define the factor. */
  'LOADING_AT_ONE',
  /** A factor's weighted scores are all equal, so they cannot be standardised. */
  'CONSTANT_FACTOR_SCORES',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

/** One warning. `factor` is a factor id (`F1`, …), `sort` a sort id, `statements` statement ids. */
export interface AnalysisWarning {
  readonly code: WarningCode;
  readonly factor?: string;
  readonly sort?: string;
  readonly statements?: readonly string[];
  /** FACTOR_COUNT_REDUCED: how many factors were asked for and how many could be extracted, and what limits them (`rank` of the correlation matrix, or its number of `positive-eigenvalues`). */
  readonly asked?: number;
  readonly extracted?: number;
  readonly rank?: number;
  readonly rankOf?: 'rank' | 'positive-eigenvalues';
  /** NEGATIVE_FLAG: the loading. */
  readonly loading?: number;
  /** FACTOR_ARRAY_TIE: the z-score the statements share and the factor-array values they got. */
  readonly zScore?: number;
  readonly values?: readonly number[];
  /**
   * MANUAL_FLAGS: for a factor flagged by hand, the sorts listed (`sorts`) and
   * its automatic flags before (`before`); for a sort that lost an automatic flag
   * on `factor`, where it is flagged by hand now (`flaggedOn`, null = nowhere).
   */
  readonly sorts?: readonly string[];
  readonly before?: readonly string[];
  readonly flaggedOn?: string | null;
  /** VARIMAX_NOT_CONVERGED, CENTROID_NOT_CONVERGED: the iteration limit reached. */
  readonly iterations?: number;
  /** The warning in English (its text in every language comes from the code and the fields above: src/i18n/errors.*.ts). */
  readonly message: string;
}

/** Ids used to name things in warnings; positions (1-based) when absent. */
export interface Names {
  readonly sorts?: readonly string[];
  readonly statements?: readonly string[];
  /** Factor ids, when they are not `F1`, `F2`, … (after a bipolar factor was split: `F1a`, `F1b`, …). */
  readonly factors?: readonly string[];
}

/** The id of factor `index` (0-based): `F1`, `F2`, …, or its id under `names`. */
export function factorId(index: number, names?: Names): string {
  return names?.factors?.[index] ?? `F${index + 1}`;
}

/** The id of sort `index` (0-based) under `names`. */
export function sortName(names: Names | undefined, index: number): string {
  return names?.sorts?.[index] ?? String(index + 1);
}

/** The id of statement `index` (0-based) under `names`. */
export function statementName(names: Names | undefined, index: number): string {
  return names?.statements?.[index] ?? String(index + 1);
}
