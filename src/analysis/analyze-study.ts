/**
 * The whole Q analysis as one call — a thin orchestrator over the steps, each of
 * which can also be called alone:
 *
 * correlation → extraction (PCA | centroid) → rotation (varimax | none) → order
 * and sign → judgmental steps (when asked for) → flags (automatic, or manual per factor) → z-scores → factor arrays
 * → characteristics → distinguishing/consensus → ranking.
 *
 * Orientation: `data` is statements × sorts; loadings and flags sorts × factors
 * (in `sorts` order); zScores and factorArrays statements × factors (in
 * `statements` order). Factor ids are `F1`, `F2`, ….
 *
 * Scale: with Pearson or Spearman correlations nothing here is quadratic in the
 * number of sorts: extraction and the eigenvalues work on the standardized data
 * Z. A sorts × sorts correlation matrix is built only for Kendall correlations
 * or when `options.correlations` is true.
 *
 * The result holds `null` wherever a number does not exist, never NaN.
 */
import { DataError } from '../errors.ts';
import { factorCharacteristics } from './characteristics.ts';
import { type CorrelationMethod, correlationMatrix, standardizedScores } from './correlation.ts';
import { type CribSheet, cribSheets } from './crib-sheets.ts';
import { type SignificanceMark, distinguishingStatements } from './distinguishing.ts';
import { extractCentroids } from './extract-centroid.ts';
import {
  assertFactorCount,
  correlationEigenvalues,
  extractPrincipalComponentsFromCorrelation,
} from './extract-pca.ts';
import { extractFromScores, rotateOrdered } from './extract.ts';
import { type DistributionShape, type FactorArrayTie, distributionValues, factorArrays } from './factor-arrays.ts';
import { applyManualFlags, flagSorts, flagWarnings } from './flag.ts';
import { assertFiniteMatrix, type BoolMatrix, type Matrix, type NullableMatrix } from './matrix.ts';
import type { RotationStep } from './judgmental-rotation.ts';
import { ADJUST_METHODS, type AdjustMethod } from './p-adjust.ts';
import { type RankedStatement, rankByFactor, rankStatements, rankStatementsByGroup } from './ranking.ts';
import { CENTROID_THRESHOLD } from './thresholds.ts';
import { type AnalysisWarning, factorId, type Names } from './warnings.ts';
import { splitBipolarFactors } from './split-bipolar.ts';
import { factorViewpoints, type Viewpoint } from './viewpoints.ts';
import { factorZScores } from './z-scores.ts';

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
   * The forced distribution. Default: the scores of the first sort. With
   * `forced` (default) every sort must follow it.
   */
  readonly distribution?: DistributionShape;
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
   * Manual flags: factor id (`F1`, …) → the sort ids that define it. Each factor
   * listed replaces its automatic flags entirely; the others stay automatic.
   */
  readonly flags?: Readonly<Record<string, readonly string[]>>;
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
  readonly centroidThreshold: number | null;
  readonly forced: boolean;
  readonly adjust: AdjustMethod;
  /** The factors that were split into their two poles (ids before the split). */
  readonly splitBipolar: readonly string[];
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

function assertUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DataError(`${what} id "${id}" appears twice`);
    seen.add(id);
  }
}

/**
 * The first sort (column of `data`) whose scores are not a permutation of
 * `values`, or −1. Counts instead of sorting: O(statementCount) per sort.
 */
function firstUnforcedSort(data: Matrix, values: readonly number[]): number {
  const distinct = [...new Set(values)];
  const slot = new Map(distinct.map((v, i) => [v, i]));
  const expected = new Int32Array(distinct.length);
  for (const v of values) expected[slot.get(v)!]!++;
  const counts = new Int32Array(distinct.length);
  const n = data[0]?.length ?? 0;
  for (let j = 0; j < n; j++) {
    counts.set(expected);
    for (const row of data) {
      const k = slot.get(row[j]!);
      if (k === undefined || --counts[k]! < 0) return j;
    }
  }
  return -1;
}

/**
 * Splits the factors named in `splitBipolar` (ids `F1`, …) into their two poles
 * (split-bipolar.ts); without any, the loadings and flags as they are.
 */
function splitStep(loadings: Matrix, flags: BoolMatrix, splitBipolar: readonly string[], factorCount: number) {
  const ids = Array.from({ length: factorCount }, (_, f) => factorId(f));
  if (splitBipolar.length === 0) return { loadings, flags, factorIds: ids };
  const indices = splitBipolar.map((fid) => {
    const f = ids.indexOf(fid);
    if (f < 0) throw new DataError(`--split-bipolar names factor "${fid}", but the factors are F1..F${factorCount}`);
    return f;
  });
  return splitBipolarFactors(loadings, flags, indices, ids);
}

/**
 * Runs the full analysis.
 * @example analyzeStudy({ statements, sorts, data }, { factorCount: 3 }).factorArrays
 */
export function analyzeStudy(input: AnalysisInput, options: AnalysisOptions): AnalysisResult {
  const { statements, sorts, data } = input;
  const extraction = options.extraction ?? 'pca';
  const rotation = options.rotation ?? 'varimax';
  const method = options.correlation ?? 'pearson';
  const forced = options.forced ?? true;
  assertFactorCount(options.factorCount);
  if (!['pca', 'centroid'].includes(extraction)) throw new DataError(`unknown extraction "${extraction}"`);
  if (!['varimax', 'none', 'judgmental'].includes(rotation)) throw new DataError(`unknown rotation "${rotation}"`);
  const judgmental = rotation === 'judgmental' ? options.judgmental : undefined;
  if (rotation === 'judgmental' && judgmental === undefined) throw new DataError('a judgmental rotation needs its base and steps');
  if (!['pearson', 'spearman', 'kendall'].includes(method)) throw new DataError(`unknown correlation "${method}"`);
  const adjust = options.adjust ?? 'none';
  if (!ADJUST_METHODS.includes(adjust)) throw new DataError(`unknown p-value adjustment "${String(adjust)}"`);
  assertFiniteMatrix(data, 'data');
  if (data.length !== statements.length) throw new DataError(`data has ${data.length} rows but there are ${statements.length} statements`);
  if (data[0]!.length !== sorts.length) throw new DataError(`data has ${data[0]!.length} columns but there are ${sorts.length} sorts`);
  if (sorts.length < 2) throw new DataError('an analysis needs at least 2 sorts');
  const statementIds = statements.map((s) => s.id);
  const sortIds = sorts.map((s) => s.id);
  assertUnique(statementIds, 'statement');
  assertUnique(sortIds, 'sort');
  const names: Names = { sorts: sortIds, statements: statementIds };

  // distribution
  const firstSort = data.map((row) => row[0]!);
  const values = input.distribution ? distributionValues(input.distribution) : [...firstSort].sort((a, b) => a - b);
  if (values.length !== statements.length) {
    throw new DataError(`the distribution has ${values.length} places but there are ${statements.length} statements`);
  }
  if (forced) {
    const bad = firstUnforcedSort(data, values);
    if (bad >= 0) throw new DataError(`sort ${sortIds[bad]} does not follow the forced distribution`);
  }

  const warnings: AnalysisWarning[] = [];
  // correlation and extraction
  let eigenvalues: readonly number[];
  let unrotated: Matrix;
  let correlation: Matrix | null = null;
  if (method === 'kendall') {
    correlation = correlationMatrix(data, 'kendall', sortIds);
    const pca = extractPrincipalComponentsFromCorrelation(correlation, options.factorCount);
    eigenvalues = pca.eigenvalues;
    if (extraction === 'pca') {
      unrotated = pca.loadings;
      warnings.push(...pca.warnings);
    } else {
      const c = extractCentroids(correlation, options.factorCount, { threshold: options.centroidThreshold ?? CENTROID_THRESHOLD });
      unrotated = c.loadings;
      warnings.push(...c.warnings);
    }
  } else {
    const z = standardizedScores(data, method, sortIds);
    if (options.correlations) correlation = correlationMatrix(data, method, sortIds);
    const extracted = extractFromScores(z, extraction, options.factorCount, options.centroidThreshold);
    eigenvalues = extracted.eigenvalues ?? correlationEigenvalues(z);
    unrotated = extracted.loadings;
    warnings.push(...extracted.warnings);
  }
  const factorCount = unrotated[0]?.length ?? 0;

  // rotation, order and sign
  const rotated = rotateOrdered(unrotated, judgmental ?? (rotation as 'varimax' | 'none'));
  if (!rotated.converged) warnings.push({ code: 'VARIMAX_NOT_CONVERGED', iterations: rotated.iterations, message: `varimax stopped after ${rotated.iterations} iterations without converging` });
  const loadings = rotated.loadings;

  // flags
  let flags: BoolMatrix = flagSorts(loadings, statements.length);
  const manualIds = Object.keys(options.flags ?? {});
  if (options.flags && manualIds.length > 0) {
    const manual = new Map<number, number[]>();
    const sortIndex = new Map(sortIds.map((id, i) => [id, i]));
    for (const [fid, ids] of Object.entries(options.flags)) {
      const f = /^F(\d+)$/.exec(fid) ? Number(fid.slice(1)) - 1 : -1;
      if (f < 0 || f >= factorCount) throw new DataError(`manual flags name factor "${fid}", but the factors are F1..F${factorCount}`);
      manual.set(
        f,
        ids.map((id) => {
          const i = sortIndex.get(id);
          if (i === undefined) throw new DataError(`manual flags on ${fid} name an unknown sort "${id}"`);
          return i;
        }),
      );
    }
    flags = applyManualFlags(flags, manual);
  }
  warnings.push(...flagWarnings(loadings, flags, names));
  const split = splitStep(loadings, flags, options.splitBipolar ?? [], factorCount);
  const factorIds = split.factorIds;
  const scored: Names = { ...names, factors: factorIds };

  // scores
  const z = factorZScores(data, split.loadings, split.flags, scored);
  warnings.push(...z.warnings);
  const arrays = factorArrays(z.zScores, values, scored);
  warnings.push(...arrays.warnings);
  const characteristics = factorCharacteristics(split.loadings, split.flags, z.zScores);
  const distinctions = distinguishingStatements(z.zScores, characteristics.sed, adjust);
  const idOf = (f: number): string => factorIds[f]!;
  const factorSummaries = characteristics.factors.map((c, f) => ({
    id: idOf(f),
    eigenvalue: c.eigenvalue,
    explainedVariance: c.explainedVariance,
    definingSorts: c.definingSorts,
    reliability: c.reliability,
    se: c.se,
  }));

  // ranking
  const columns = input.distribution ? input.distribution.scores : [...new Set(values)];
  const toRow = (r: RankedStatement): RankingRow => ({
    id: statementIds[r.statement]!,
    rank: r.rank,
    mean: r.mean,
    sd: r.sd,
    topTwoShare: r.topTwoShare,
    bottomTwoShare: r.bottomTwoShare,
    n: r.n,
  });
  const groups = sorts.map((s) => s.group);
  const byGroup = groups.some((g) => g !== undefined && g !== '') ? rankStatementsByGroup(data, groups, { columns }) : [];

  return {
    statements: statements.map((s) => ({ id: s.id, text: s.text })),
    sorts: sortIds,
    options: {
      extraction,
      rotation,
      judgmental: judgmental ?? null,
      factorCount,
      requestedFactorCount: options.factorCount,
      correlation: method,
      flagging: manualIds.length > 0 ? 'manual' : 'automatic',
      manualFlags: manualIds,
      centroidThreshold: extraction === 'centroid' ? (options.centroidThreshold ?? CENTROID_THRESHOLD) : null,
      forced,
      adjust,
      splitBipolar: [...new Set(options.splitBipolar ?? [])],
    },
    eigenvalues,
    factors: factorSummaries,
    unrotatedLoadings: unrotated,
    rotationMatrix: rotated.rotation,
    loadings: split.loadings,
    flags: split.flags,
    zScores: z.zScores,
    factorArrays: arrays.arrays,
    factorArrayTies: arrays.ties,
    factorCorrelations: characteristics.correlations,
    sed: characteristics.sed,
    statementTable: distinctions.map((d, i) => ({
      id: statementIds[i]!,
      consensus: d.consensus,
      distinguishes: d.distinguishes.map(idOf),
      distinguishesAll: d.distinguishesAll,
      comparisons: d.pairs.map((p) => ({
        factors: [idOf(p.factors[0]), idOf(p.factors[1])] as const,
        difference: p.difference,
        p: p.p,
        pAdjusted: p.pAdjusted,
        significance: p.significance,
      })),
    })),
    viewpoints: factorViewpoints({
      statements,
      sorts: sortIds,
      factors: factorSummaries,
      loadings: split.loadings,
      flags: split.flags,
      zScores: z.zScores,
      factorArrays: arrays.arrays,
      factorArrayTies: arrays.ties,
    }),
    cribSheets: cribSheets(arrays.arrays, z.zScores, factorIds, statementIds),
    ranking: rankStatements(data, { columns }).map(toRow),
    rankingByGroup: byGroup.map((g) => ({ group: g.group, sortCount: g.sortCount, ranking: g.ranking.map(toRow) })),
    rankingByFactor: rankByFactor(z.zScores).map((r, f) => ({
      factor: idOf(f),
      ranking: r === null ? null : r.map((x) => ({ id: statementIds[x.statement]!, rank: x.rank, zScore: x.zScore })),
    })),
    correlationMatrix: correlation !== null && (options.correlations ?? false) ? correlation : null,
    warnings,
  };
}
