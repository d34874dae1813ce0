/**
 * The types of the whole-study analysis ({@link analyzeStudy} in
 * analyze-study.ts): what goes in, the options, and the `qsort analyze --json`
 * contract that comes out.
 *
 * Orientation: `data` is statements × sorts; loadings and flags sorts × factors
 * (in `sorts` order); zScores and factorArrays statements × factors (in
 * `statements` order).
 */
import type { CorrelationMethod } from './correlation.ts';
import type { CribSheet } from './crib-sheets.ts';
import type { SignificanceMark } from './distinguishing.ts';
import type { DistributionShape, FactorArrayTie } from './factor-arrays.ts';
import type { BoolMatrix, Matrix, NullableMatrix } from './matrix.ts';
import type { RotationStep } from './judgmental-rotation.ts';
import type { AdjustMethod } from './p-adjust.ts';
import type { RankedStatement } from './ranking.ts';
import type { VarimaxStop } from './varimax.ts';
import type { Viewpoint } from './viewpoints.ts';
import type { AnalysisWarning } from './warnings.ts';

/** A statement as the analysis reports it. */
export interface AnalysisStatement {
  readonly id: string;
  readonly text: string;
}

/** A sort as the analysis receives it. */
export interface AnalysisSort {
  readonly id: string;
  /** Optional group (e.g. team) for the per-group ranking. */
  readonly group?: string;
}

/** What to analyse. */
export interface AnalysisInput {
  readonly statements: readonly AnalysisStatement[];
  readonly sorts: readonly AnalysisSort[];
  /** Raw scores, statements × sorts, in the order of `statements` and `sorts`. */
  readonly data: Matrix;
  /**
   * The distribution: the shape of the factor arrays. Default: the scores of
   * the first sort. With `forced` (default) every sort must follow it; a free
   * study (`forced: false`) needs it (qmethod's `distribution`).
   */
  readonly distribution?: DistributionShape;
  /** false for a free study (the sorts need not follow the distribution); `options.forced` wins. Default true. */
  readonly forced?: boolean;
}

export type Extraction = 'pca' | 'centroid';
export type Rotation = 'varimax' | 'none' | 'judgmental';

/**
 * A rotation by hand: the base it starts from (varimax or none, ordered and
 * signed as always) and the pairwise steps taken from there, in order. After
 * the steps the factors keep their order and sign.
 */
export interface JudgmentalRotation {
  readonly base: 'varimax' | 'none';
  readonly steps: readonly RotationStep[];
}

/** How to analyse. */
export interface AnalysisOptions {
  /** Number of factors to extract (integer ≥ 1). */
  readonly factorCount: number;
  /** Default `pca`. */
  readonly extraction?: Extraction;
  /** Default `varimax`. `judgmental` needs `judgmental`. */
  readonly rotation?: Rotation;
  /** The base and steps of a judgmental rotation (used only with rotation `judgmental`). */
  readonly judgmental?: JudgmentalRotation;
  /** Correlation between sorts; default `pearson`. */
  readonly correlation?: CorrelationMethod;
  /**
   * Flags by hand: factor id (`F1`, …) → the sort ids that define it. Each factor
   * listed replaces its automatic flags entirely; the others stay automatic. A
   * sort listed here is flagged only there (no automatic flag elsewhere); a sort
   * can be listed on one factor only.
   */
  readonly flags?: Readonly<Record<string, readonly string[]>>;
  /** Sorts flagged nowhere by hand (`SORT=0`): their automatic flags are removed. */
  readonly unflagged?: readonly string[];
  /**
   * `qmethod`: the R package qmethod 1.8.4's numbers, with varimax stopped by
   * R's rule (relative change < 1e-5). Default: varimax iterated to convergence.
   */
  readonly compat?: 'qmethod';
  /** Centroid convergence threshold (default 1e-5). */
  readonly centroidThreshold?: number;
  /** Include the sorts × sorts correlation matrix in the result (quadratic in sorts). */
  readonly correlations?: boolean;
  /** Every sort follows the distribution (default true); checked. */
  readonly forced?: boolean;
  /** Correction of the p-values of differences within each pair of factors (default `none`, as PQMethod/qmethod). */
  readonly adjust?: AdjustMethod;
  /**
   * Factor ids (`F1`, …) whose negative pole becomes a factor of its own
   * (KADE's "split bipolar factor"): `F1` becomes `F1a` and `F1b`.
   */
  readonly splitBipolar?: readonly string[];
}

/** The options actually used. */
export interface ResolvedOptions {
  readonly extraction: Extraction;
  readonly rotation: Rotation;
  /** The judgmental rotation's base and steps; null for varimax and none. */
  readonly judgmental: JudgmentalRotation | null;
  /** Factors extracted (may be fewer than requested; see warnings). */
  readonly factorCount: number;
  readonly requestedFactorCount: number;
  readonly correlation: CorrelationMethod;
  readonly flagging: 'automatic' | 'manual';
  /** Factor ids with manual flags. */
  readonly manualFlags: readonly string[];
  /** Sorts flagged nowhere by hand (`SORT=0`). */
  readonly unflagged: readonly string[];
  /** `qmethod` with `--compat qmethod`, else null. */
  readonly compat: 'qmethod' | null;
  /** How varimax stopped (null without varimax). */
  readonly varimax: VarimaxSummary | null;
  readonly centroidThreshold: number | null;
  readonly forced: boolean;
  readonly adjust: AdjustMethod;
  /** The factors that were split into their two poles (ids before the split). */
  readonly splitBipolar: readonly string[];
}

/** How the varimax rotation ran. */
export interface VarimaxSummary {
  /** `converged`: until the criterion no longer rises; `qmethod`: R's relative rule (eps 1e-5). */
  readonly stop: VarimaxStop;
  readonly iterations: number;
  /** False when the iteration limit stopped it. */
  readonly converged: boolean;
  /** The varimax criterion reached (higher is better). */
  readonly criterion: number;
}

/** One factor's summary. */
export interface FactorSummary {
  readonly id: string;
  /** Σ of squared rotated loadings. */
  readonly eigenvalue: number;
  /** 100·eigenvalue/sortCount. */
  readonly explainedVariance: number;
  readonly definingSorts: number;
  readonly reliability: number;
  /** SE of the factor's z-scores; null without z-scores. */
  readonly se: number | null;
}

/** One pair of factors compared on a statement. */
export interface StatementComparison {
  /** e.g. ["F1", "F2"]. */
  readonly factors: readonly [string, string];
  /** z(first) − z(second). */
  readonly difference: number;
  /** Two-sided p of the difference. */
  readonly p: number;
  /** `p` adjusted within the pair of factors (options.adjust; equal to `p` with `none`). */
  readonly pAdjusted: number;
  /** From the z thresholds with adjust `none`, else from `pAdjusted`. */
  readonly significance: SignificanceMark;
}

/** Distinguishing/consensus information about one statement. */
export interface StatementRow {
  readonly id: string;
  readonly consensus: boolean;
  /** Factor ids this statement distinguishes (every pair with it significant). */
  readonly distinguishes: readonly string[];
  readonly distinguishesAll: boolean;
  readonly comparisons: readonly StatementComparison[];
}

/** A statement in the overall or a group's ranking: rankStatements' row, named by the statement's id. */
export interface RankingRow extends Omit<RankedStatement, 'statement'> {
  readonly id: string;
}

/** The result of {@link analyzeStudy} (the `qsort analyze --json` contract). */
export interface AnalysisResult {
  readonly statements: readonly AnalysisStatement[];
  /** Sort ids, the row order of `loadings` and `flags`. */
  readonly sorts: readonly string[];
  readonly options: ResolvedOptions;
  /** Eigenvalues of the sorts' correlation matrix, descending (the ones that can be nonzero). */
  readonly eigenvalues: readonly number[];
  readonly factors: readonly FactorSummary[];
  /** Unrotated loadings, sorts × factors, in extraction order (PCA: column sums ≥ 0; centroid: qmethod's signs). */
  readonly unrotatedLoadings: Matrix;
  /** Rotation T (factors × factors) with loadings = unrotatedLoadings · T, columns ordered and signed as `loadings`. */
  readonly rotationMatrix: Matrix;
  /** Rotated loadings, sorts × factors, ordered by Σ loading² and signed to a column sum ≥ 0. */
  readonly loadings: Matrix;
  readonly flags: BoolMatrix;
  /** statements × factors; null for a factor without z-scores. */
  readonly zScores: NullableMatrix;
  /** statements × factors; each column a permutation of the distribution; null without z-scores. */
  readonly factorArrays: NullableMatrix;
  readonly factorArrayTies: readonly FactorArrayTie[];
  /** Correlations between factor z-scores, factors × factors. */
  readonly factorCorrelations: NullableMatrix;
  /** Standard errors of differences, factors × factors. */
  readonly sed: NullableMatrix;
  readonly statementTable: readonly StatementRow[];
  /** Every factor's poles: pole 1 (its positively flagged sorts) and, when some sort is flagged negatively, pole −1. */
  readonly viewpoints: readonly Viewpoint[];
  /** Per factor: its two highest columns, statements ranked higher/lower than in every other factor, its two lowest columns. */
  readonly cribSheets: readonly CribSheet[];
  /** All statements by mean score over all sorts. */
  readonly ranking: readonly RankingRow[];
  /** Per group of sorts (only sorts with a group). */
  readonly rankingByGroup: readonly { readonly group: string; readonly sortCount: number; readonly ranking: readonly RankingRow[] }[];
  /** Per factor by z-score (null for a factor without z-scores). */
  readonly rankingByFactor: readonly { readonly factor: string; readonly ranking: readonly { readonly id: string; readonly rank: number; readonly zScore: number }[] | null }[];
  /** The sorts × sorts correlation matrix, only when asked for (or null). */
  readonly correlationMatrix: Matrix | null;
  readonly warnings: readonly AnalysisWarning[];
}

