/**
 * How many factors? The usual aids side by side, for 1..max factors, and a
 * recommendation that says which of them agree (ANALYSIS.md, "Choosing the
 * number of factors"):
 *
 * - Kaiser–Guttman: eigenvalues of the full correlation matrix above 1;
 * - Humphrey's rule: the product of a factor's two highest absolute unrotated
 *   loadings exceeds twice the standard error 1/√statementCount;
 * - two defining sorts: with k factors (varimax), every factor has at least two
 *   sorts flagged on it (significant, predominant loading);
 * Each rule keeps factors 1..k while they pass (the count is the leading run).
 * - parallel analysis (Horn 1965): eigenvalues of random studies of the same
 *   shape, each sort a random permutation of the study's own forced
 *   distribution; a factor is kept while its eigenvalue exceeds the 95th
 *   percentile. Seeded and reproducible.
 *
 * The recommendation is the smallest of the counts of Humphrey's rule, the two
 * defining sorts and parallel analysis (each is a condition a factor should
 * meet), at least 1; Kaiser–Guttman is reported but never decides (with many
 * more sorts than statements every possible eigenvalue exceeds 1).
 *
 * Scale: everything works on the statements × statements Gram matrix; a random
 * study is never stored (each random sort is added to its Gram matrix and
 * dropped), so memory stays O(statementCount²) and time O(statementCount² ·
 * sortCount · iterations).
 *
 * Orientation: data statements × sorts.
 */
import { DataError } from '../errors.ts';
import { type CorrelationMethod, standardizedScores } from './correlation.ts';
import { extractPrincipalComponents } from './extract-pca.ts';
import { flagSorts } from './flag.ts';
import { symmetricEigenvalues } from './linalg.ts';
import { type Matrix } from './matrix.ts';
import { type Random, seededRandom, seedFor, shuffleInPlace } from './random.ts';
import { varimax } from './varimax.ts';

/** The rules compared. */
export type FactorRule = 'kaiser' | 'humphrey' | 'twoSorts' | 'parallel';

/** Human names of the rules (English; the CLI may translate). */
export const FACTOR_RULE_NAMES: Readonly<Record<FactorRule, string>> = {
  kaiser: 'eigenvalue > 1',
  humphrey: "Humphrey's rule",
  twoSorts: '≥ 2 defining sorts',
  parallel: 'parallel analysis',
};

/** Options of {@link factorCountAids}. */
export interface FactorCountOptions {
  /** Largest number of factors to look at (default 8, at most what the data allow). */
  readonly maxFactors?: number;
  /** Random studies for parallel analysis (default 100; 0 leaves it out). */
  readonly iterations?: number;
  /** Seed of the random studies (default 1). */
  readonly seed?: number | string;
  /** The distribution as a sorted multiset (default: the first sort's scores). */
  readonly values?: readonly number[];
  /** Correlation method (default pearson; kendall is refused: it has no Gram form). */
  readonly correlation?: CorrelationMethod;
  /** Percentile of the random eigenvalues to beat (default 95). */
  readonly percentile?: number;
  /** Called after each random study (for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Only what the recommendation needs: the k-factor solutions (a varimax over
   * every sort each) are rotated only up to the smallest count of the other
   * deciding rules. Rows beyond have `fewestDefiningSorts`/`twoSorts` null.
   */
  readonly quick?: boolean;
}

/** The aids for one number of factors (row k = the k-th factor, or the k-factor solution). */
export interface FactorCountRow {
  /** 1-based. */
  readonly factor: number;
  /** Eigenvalue of the correlation matrix. */
  readonly eigenvalue: number;
  /** Share of the variance (eigenvalue / sortCount), 0..1. */
  readonly explained: number;
  readonly kaiser: boolean;
  /** Product of the two highest absolute unrotated loadings of this factor. */
  readonly humphreyProduct: number;
  readonly humphrey: boolean;
  /** Defining sorts of the weakest factor in the k-factor solution (varimax, automatic flags); null when not computed (quick). */
  readonly fewestDefiningSorts: number | null;
  readonly twoSorts: boolean | null;
  /** The random eigenvalues' percentile at this position (null without parallel analysis). */
  readonly randomEigenvalue: number | null;
  readonly parallel: boolean | null;
}

/** The result of {@link factorCountAids}. */
export interface FactorCountResult {
  readonly statementCount: number;
  readonly sortCount: number;
  readonly maxFactors: number;
  /** All eigenvalues that can be nonzero, descending. */
  readonly eigenvalues: readonly number[];
  /** 2/√statementCount. */
  readonly humphreyThreshold: number;
  readonly rows: readonly FactorCountRow[];
  /** How many factors each rule keeps (parallel: null without it; twoSorts: null when `quick` stopped before it failed). */
  readonly counts: Readonly<Record<FactorRule, number | null>>;
  readonly recommended: number;
  /** The rules whose count equals the recommendation. */
  readonly agreeing: readonly FactorRule[];
  readonly iterations: number;
  readonly percentile: number;
  readonly seed: string;
}

/** How many solutions a quick run rotates: up to the smaller of Humphrey's rule's and the parallel analysis' counts. */
function quickRotationLimit(maxFactors: number, humphrey: number, parallel: number | null): number {
  return Math.min(maxFactors, humphrey, parallel ?? maxFactors);
}

/**
 * The ≥ 2 defining sorts count as a quick run knows it: when every rotated
 * solution up to the limit passed, only that it is ≥ the limit (null: not decided).
 */
function quickTwoSortsCount(twoSorts: number, rotateUpTo: number, maxFactors: number): number | null {
  return rotateUpTo < maxFactors && twoSorts >= rotateUpTo ? null : twoSorts;
}

/** The rules whose count equals the recommendation. */
function agreeingRules(counts: Readonly<Record<FactorRule, number | null>>, recommended: number): FactorRule[] {
  return (Object.keys(counts) as FactorRule[]).filter((r) => counts[r] === recommended);
}

/**
 * The aids as a quick run reports them (`quick: true`): the same recommendation,
 * with the ≥ 2 defining sorts count left undecided where a quick run leaves it.
 * A quick result comes back unchanged. So a note written from either run reads the same.
 */
export function asQuickAids(aids: FactorCountResult): FactorCountResult {
  const { humphrey, parallel, twoSorts } = aids.counts;
  const upTo = quickRotationLimit(aids.maxFactors, humphrey ?? aids.maxFactors, parallel);
  const counts = { ...aids.counts, twoSorts: twoSorts === null ? null : quickTwoSortsCount(twoSorts, upTo, aids.maxFactors) };
  return { ...aids, counts, agreeing: agreeingRules(counts, aids.recommended) };
}

/** Leading run of true values. */
function leading(flags: readonly boolean[]): number {
  const i = flags.indexOf(false);
  return i < 0 ? flags.length : i;
}

/**
 * Quantile of a sorted sample, R's default (type 7).
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Random sorts per batch in {@link randomStudyEigenvalues}. */
const RANDOM_BATCH = 512;

/** Σ x[i + t]·x[j + t] for t < length. */
function dotRows(x: Float64Array, i: number, j: number, length: number): number {
  let s = 0;
  for (let t = 0; t < length; t++) s += x[i + t]! * x[j + t]!;
  return s;
}

/**
 * Eigenvalues of one random study: `sortCount` random permutations of `values`
 * (Pearson correlations; a permutation of the same values always has the same
 * mean and SD, so it is standardized once). Only the statements × statements
 * Gram matrix is kept.
 */
export function randomStudyEigenvalues(values: readonly number[], sortCount: number, random: Random): number[] {
  const m = values.length;
  const mu = values.reduce((a, b) => a + b, 0) / m;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mu) * (b - mu), 0) / (m - 1));
  if (!(sd > 0)) throw new DataError('the distribution has one value only, so sorts cannot be correlated');
  const z = values.map((v) => (v - mu) / sd);
  const gram = new Float64Array(m * m);
  const sort = new Float64Array(m);
  // sorts in batches, one row per statement: the Gram matrix as dot products of contiguous rows
  const batch = Math.min(sortCount, RANDOM_BATCH);
  const rows = new Float64Array(m * batch);
  for (let start = 0; start < sortCount; start += batch) {
    const size = Math.min(batch, sortCount - start);
    for (let j = 0; j < size; j++) {
      sort.set(z);
      shuffleInPlace(sort, random);
      for (let a = 0; a < m; a++) rows[a * batch + j] = sort[a]!;
    }
    for (let a = 0; a < m; a++) {
      for (let b = a; b < m; b++) gram[a * m + b]! += dotRows(rows, a * batch, b * batch, size);
    }
  }
  const full = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a <= b ? gram[a * m + b]! : gram[b * m + a]!)));
  const eig = symmetricEigenvalues(full);
  return eig.slice(0, Math.min(sortCount, m - 1)).map((v) => Math.max(0, v / (m - 1)));
}

/**
 * Parallel analysis: for each position, the `percentile` of the eigenvalues of
 * `iterations` random studies. Random study i uses its own stream
 * `seedFor(seed, i)`, so the result does not depend on how the work is split.
 */
export function parallelAnalysis(
  values: readonly number[],
  sortCount: number,
  options: { iterations: number; seed: number | string; percentile?: number; onProgress?: (done: number, total: number) => void },
): { percentile: number[]; mean: number[] } {
  const runs: number[][] = [];
  for (let it = 0; it < options.iterations; it++) {
    runs.push(randomStudyEigenvalues(values, sortCount, seededRandom(seedFor(options.seed, it))));
    options.onProgress?.(it + 1, options.iterations);
  }
  const positions = runs[0]?.length ?? 0;
  const p = (options.percentile ?? 95) / 100;
  const percentile: number[] = [];
  const mean: number[] = [];
  for (let f = 0; f < positions; f++) {
    const col = runs.map((r) => r[f]!).sort((a, b) => a - b);
    percentile.push(quantileSorted(col, p));
    mean.push(col.reduce((a, b) => a + b, 0) / col.length);
  }
  return { percentile, mean };
}

/**
 * The aids for 1..maxFactors factors and a recommendation.
 * @param data raw scores, statements × sorts
 * @example factorCountAids(data, { maxFactors: 6, iterations: 200, seed: 7 }).recommended
 */
export function factorCountAids(data: Matrix, options: FactorCountOptions = {}): FactorCountResult {
  const method = options.correlation ?? 'pearson';
  if (method === 'kendall') throw new DataError('the number-of-factors aids need Pearson or Spearman correlations (Kendall has no linear-cost form)');
  const m = data.length;
  const n = data[0]?.length ?? 0;
  if (n < 2) throw new DataError('choosing the number of factors needs at least 2 sorts');
  const iterations = options.iterations ?? 100;
  if (!Number.isInteger(iterations) || iterations < 0) throw new DataError(`the number of iterations must be a whole number ≥ 0, got ${iterations}`);
  const percentileLevel = options.percentile ?? 95;
  const seed = options.seed ?? 1;
  const z = standardizedScores(data, method);
  // one Gram matrix for both: the eigenvalues, and the loadings of up to maxFactors (fewer when the rank is lower)
  const pca = extractPrincipalComponents(z, Math.max(1, Math.min(options.maxFactors ?? 8, m - 1, n)));
  const eigenvalues = pca.eigenvalues;
  const unrotated = pca.loadings;
  const k = pca.factorCount;
  const humphreyThreshold = 2 / Math.sqrt(m);
  const values = options.values ? [...options.values].sort((a, b) => a - b) : data.map((row) => row[0]!).sort((a, b) => a - b);
  if (values.length !== m) throw new DataError(`the distribution has ${values.length} places but there are ${m} statements`);
  const random = iterations > 0 ? parallelAnalysis(values, n, { iterations, seed, percentile: percentileLevel, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }) : null;

  const humphreyProducts = Array.from({ length: k }, (_, f) => {
    // the two highest absolute loadings, in one pass
    let first = 0;
    let second = 0;
    for (const row of unrotated) {
      const a = Math.abs(row[f]!);
      if (a > first) [first, second] = [a, first];
      else if (a > second) second = a;
    }
    return first * second;
  });
  const randomAt = (f: number): number | null => (random ? (random.percentile[f] ?? null) : null);
  const humphreyCount = leading(humphreyProducts.map((p) => p > humphreyThreshold));
  const parallelCount = random ? leading(eigenvalues.slice(0, k).map((e, f) => e > (randomAt(f) ?? Infinity))) : null;
  const rotateUpTo = options.quick ? quickRotationLimit(k, humphreyCount, parallelCount) : k;
  const rows: FactorCountRow[] = [];
  for (let f = 0; f < k; f++) {
    let fewest: number | null = null;
    if (f < Math.max(1, rotateUpTo)) {
      const solution = unrotated.map((row) => row.slice(0, f + 1));
      const flags = flagSorts(f === 0 ? solution : varimax(solution).loadings, m);
      fewest = Infinity;
      for (let g = 0; g <= f; g++) fewest = Math.min(fewest, flags.reduce((s, row) => s + (row[g] ? 1 : 0), 0));
    }
    const eigenvalue = eigenvalues[f]!;
    const randomEigenvalue = randomAt(f);
    rows.push({
      factor: f + 1,
      eigenvalue,
      explained: eigenvalue / n,
      kaiser: eigenvalue > 1,
      humphreyProduct: humphreyProducts[f]!,
      humphrey: humphreyProducts[f]! > humphreyThreshold,
      fewestDefiningSorts: fewest,
      twoSorts: fewest === null ? null : fewest >= 2,
      randomEigenvalue,
      parallel: randomEigenvalue === null ? null : eigenvalue > randomEigenvalue,
    });
  }
  const counts: Record<FactorRule, number | null> = {
    kaiser: leading(rows.map((r) => r.kaiser)),
    humphrey: humphreyCount,
    twoSorts: options.quick ? quickTwoSortsCount(leading(rows.map((r) => r.twoSorts === true)), rotateUpTo, k) : leading(rows.map((r) => r.twoSorts === true)),
    parallel: parallelCount,
  };
  const deciding = (['humphrey', 'twoSorts', 'parallel'] as const).map((r) => counts[r]).filter((c): c is number => c !== null);
  const recommended = Math.max(1, Math.min(...deciding));
  const agreeing = agreeingRules(counts, recommended);
  return {
    statementCount: m,
    sortCount: n,
    maxFactors: k,
    eigenvalues,
    humphreyThreshold,
    rows,
    counts,
    recommended,
    agreeing,
    iterations,
    percentile: percentileLevel,
    seed: String(seed),
  };
}

/**
 * Random studies for a quick parallel analysis of `sortCount` sorts: 50 for a
 * small study (up to 200 sorts), fewer for a large one, whose random
 * eigenvalues hardly vary (at 2,000 sorts of 24 statements their SD is about
 * 1% of their mean, measured), never below 5: about 10,000 random sorts in all.
 */
export function quickIterations(sortCount: number): number {
  return Math.max(5, Math.min(50, Math.round(10_000 / Math.max(1, sortCount))));
}

/** "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One line describing the recommendation and which rules agree. */
export function recommendationSummary(aids: FactorCountResult): string {
  const k = aids.recommended;
  const names = aids.agreeing.map((r) => FACTOR_RULE_NAMES[r]);
  const others = (Object.keys(aids.counts) as FactorRule[])
    .filter((r) => aids.counts[r] !== null && !aids.agreeing.includes(r))
    .map((r) => `${FACTOR_RULE_NAMES[r]}: ${aids.counts[r]}`);
  const agree = names.length === 0 ? 'no rule gives exactly this' : names.length === 1 ? `${names[0]} says so` : `${joinAnd(names)} agree`;
  return `${k} factor${k === 1 ? '' : 's'} (${agree}${others.length > 0 ? `; ${others.join(', ')}` : ''})`;
}
