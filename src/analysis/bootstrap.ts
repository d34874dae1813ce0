/**
 * Bootstrap of a Q analysis (ANALYSIS.md, "Bootstrap"; qmethod's `qmboots`).
 *
 * Each replicate draws sortCount sorts with replacement, extracts and rotates
 * factors as the full analysis did, aligns them to the full-sample loadings of
 * the drawn sorts by orthogonal Procrustes rotation, flags automatically, and
 * computes z-scores and factor arrays. Summaries: the bootstrap SE (and mean) of
 * every z-score and loading, how often each sort was flagged on each factor
 * (per replicate in which it was drawn: a sort drawn twice has the same loading
 * twice and counts once), the factor arrays of the mean bootstrapped z-scores,
 * and the statements whose factor-array position is unstable.
 *
 * Reproducible: replicate r uses its own random stream `seedFor(seed, r)`, and
 * replicates are summed in fixed chunks of {@link BOOTSTRAP_CHUNK} combined in
 * order, so the result is the same however the chunks are spread over workers.
 *
 * Scale: the standardized data are computed once (a sort's standardized scores
 * do not depend on the other sorts); a replicate costs one extraction.
 * Orientation: data statements × sorts; loadings sorts × factors; z-scores statements × factors.
 */
import { DataError } from '../errors.ts';
import { standardizedScores } from './correlation.ts';
import { extractFromScores, rotate } from './extract.ts';
import type { VarimaxStop } from './varimax.ts';
import { factorScores } from './factor-arrays.ts';
import { flagSorts } from './flag.ts';
import { type Matrix, type NullableMatrix } from './matrix.ts';
import { procrustes } from './procrustes.ts';
import { seededRandom, seedFor } from './random.ts';
import { factorZScores } from './z-scores.ts';

/** Replicates per chunk: the unit of work and of summation. */
export const BOOTSTRAP_CHUNK = 25;

/** What a replicate needs (plain data, so it can be sent to a worker thread). */
export interface BootstrapProblem {
  /** Raw scores, statements × sorts. */
  readonly data: Matrix;
  /** The distribution as a sorted multiset. */
  readonly values: readonly number[];
  /** The full-sample rotated loadings (sorts × factors): the Procrustes target. */
  readonly loadings: Matrix;
  readonly extraction: 'pca' | 'centroid';
  readonly rotation: 'varimax' | 'none';
  /** Varimax stopping rule of the analysis (default `converged`). */
  readonly varimaxStop?: VarimaxStop;
  readonly correlation: 'pearson' | 'spearman';
  readonly centroidThreshold?: number;
  readonly seed: string;
}

/** Sums over a run of replicates (typed arrays, row-major). */
export interface BootstrapSums {
  readonly replicates: number;
  /** statements × factors: Σz, Σz², count of replicates with z-scores for the factor. */
  readonly zSum: Float64Array;
  readonly zSq: Float64Array;
  readonly zCount: Float64Array;
  /** sorts × factors: Σ loading, Σ loading², over replicates that drew the sort. */
  readonly loadingSum: Float64Array;
  readonly loadingSq: Float64Array;
  /** sorts × factors: replicates in which the sort was flagged on the factor. */
  readonly flagged: Float64Array;
  /** sorts: replicates that drew the sort. */
  readonly drawn: Float64Array;
  /** statements × factors × distinct values: how often the statement got each array value. */
  readonly arrayCounts: Float64Array;
}

function emptySums(m: number, n: number, k: number, distinct: number): BootstrapSums {
  return {
    replicates: 0,
    zSum: new Float64Array(m * k),
    zSq: new Float64Array(m * k),
    zCount: new Float64Array(m * k),
    loadingSum: new Float64Array(n * k),
    loadingSq: new Float64Array(n * k),
    flagged: new Float64Array(n * k),
    drawn: new Float64Array(n),
    arrayCounts: new Float64Array(m * k * distinct),
  };
}

/** Adds `b` into `a` (same shapes); returns a. */
export function addSums(a: BootstrapSums, b: BootstrapSums): BootstrapSums {
  for (const key of ['zSum', 'zSq', 'zCount', 'loadingSum', 'loadingSq', 'flagged', 'drawn', 'arrayCounts'] as const) {
    const x = a[key];
    const y = b[key];
    for (let i = 0; i < x.length; i++) x[i]! += y[i]!;
  }
  return { ...a, replicates: a.replicates + b.replicates };
}

/** A problem's standardized data, computed once and shared by its replicates. */
export interface PreparedProblem extends BootstrapProblem {
  readonly z: Matrix;
  readonly distinct: readonly number[];
}

export function prepareBootstrap(problem: BootstrapProblem): PreparedProblem {
  return { ...problem, z: standardizedScores(problem.data, problem.correlation), distinct: [...new Set(problem.values)].sort((a, b) => a - b) };
}

/** Runs replicates [from, to) and returns their sums. */
export function runReplicates(p: PreparedProblem, from: number, to: number): BootstrapSums {
  const m = p.data.length;
  const n = p.data[0]!.length;
  const k = p.loadings[0]?.length ?? 0;
  const d = p.distinct.length;
  const slot = new Map(p.distinct.map((v, i) => [v, i]));
  const sums = emptySums(m, n, k, d);
  const idx = new Int32Array(n);
  const seen = new Uint8Array(n);
  for (let r = from; r < to; r++) {
    const random = seededRandom(seedFor(p.seed, r));
    for (let j = 0; j < n; j++) idx[j] = random.int(n);
    const zr = p.z.map((row) => Array.from(idx, (j) => row[j]!));
    const dr = p.data.map((row) => Array.from(idx, (j) => row[j]!));
    const unrotated = extractFromScores(zr, p.extraction, k, p.centroidThreshold).loadings;
    // fewer factors than asked (rank): pad with zero columns so Procrustes can align
    const padded = unrotated.map((row) => (row.length < k ? [...row, ...new Array<number>(k - row.length).fill(0)] : row));
    const rotated = rotate(padded, p.rotation, p.varimaxStop ?? 'converged').loadings;
    const target = Array.from(idx, (j) => p.loadings[j]!);
    const aligned = procrustes(rotated, target).rotated;
    const flags = flagSorts(aligned, m);
    const z = factorZScores(dr, aligned, flags).zScores;
    addReplicate(sums, { idx, seen, aligned, flags, z, values: p.values, slot, m, k, d });
    (sums as { replicates: number }).replicates++;
  }
  return sums;
}

function addReplicate(
  sums: BootstrapSums,
  r: { idx: Int32Array; seen: Uint8Array; aligned: Matrix; flags: readonly (readonly boolean[])[]; z: NullableMatrix; values: readonly number[]; slot: Map<number, number>; m: number; k: number; d: number },
): void {
  const { idx, seen, aligned, flags, z, m, k, d } = r;
  seen.fill(0);
  idx.forEach((j, pos) => {
    if (seen[j] === 1) return; // drawn before in this replicate: same loading, count once
    seen[j] = 1;
    sums.drawn[j]!++;
    for (let f = 0; f < k; f++) {
      const a = aligned[pos]![f]!;
      sums.loadingSum[j * k + f]! += a;
      sums.loadingSq[j * k + f]! += a * a;
      if (flags[pos]![f]) sums.flagged[j * k + f]!++;
    }
  });
  for (let f = 0; f < k; f++) {
    if (z[0]![f] === null) continue;
    const col = z.map((row) => row[f]!);
    const array = factorScores(col, r.values).scores;
    for (let i = 0; i < m; i++) {
      const x = col[i]!;
      sums.zSum[i * k + f]! += x;
      sums.zSq[i * k + f]! += x * x;
      sums.zCount[i * k + f]!++;
      sums.arrayCounts[(i * k + f) * d + r.slot.get(array[i]!)!]!++;
    }
  }
}

/** The chunks [from, to) of `replicates`, in order. */
export function bootstrapChunks(replicates: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < replicates; from += BOOTSTRAP_CHUNK) out.push([from, Math.min(replicates, from + BOOTSTRAP_CHUNK)]);
  return out;
}

/** A statement whose factor-array position moves in the bootstrap. */
export interface UnstableStatement {
  readonly statement: number;
  readonly factor: number;
  /** Value in the full-sample factor array. */
  readonly value: number;
  /** Value in the bootstrapped factor array (of the mean z-scores). */
  readonly bootstrapValue: number;
  /** Share of replicates that gave the statement the full-sample value. */
  readonly sameShare: number;
  /** SD of its array value over the replicates. */
  readonly valueSd: number;
}

/** The bootstrap summary. */
export interface BootstrapSummary {
  readonly replicates: number;
  readonly seed: string;
  /** statements × factors (null where no replicate had z-scores). */
  readonly zMean: NullableMatrix;
  readonly zSe: NullableMatrix;
  /** sorts × factors (null for a sort never drawn). */
  readonly loadingMean: NullableMatrix;
  readonly loadingSe: NullableMatrix;
  /** sorts × factors: share (0..1) of the replicates drawing the sort that flagged it on the factor. */
  readonly flagShare: NullableMatrix;
  /** sorts: replicates that drew the sort. */
  readonly drawn: readonly number[];
  /** statements × factors: factor arrays of the mean bootstrapped z-scores. */
  readonly factorArrays: NullableMatrix;
  /** statements × factors: share of replicates giving the full-sample array value. */
  readonly sameShare: NullableMatrix;
  /** Statement/factor pairs whose bootstrapped value differs from the full one, or whose value SD exceeds 1. */
  readonly unstable: readonly UnstableStatement[];
}

/**
 * Turns the sums into the summary.
 * @param fullArrays the full-sample factor arrays (statements × factors)
 */
export function summarizeBootstrap(p: PreparedProblem, sums: BootstrapSums, fullArrays: NullableMatrix): BootstrapSummary {
  const m = p.data.length;
  const n = p.data[0]!.length;
  const k = p.loadings[0]?.length ?? 0;
  const d = p.distinct.length;
  const sd = (sum: number, sq: number, count: number): number | null => {
    if (count < 2) return null;
    const mean = sum / count;
    return Math.sqrt(Math.max(0, (sq - count * mean * mean) / (count - 1)));
  };
  const grid = (rows: number, f: (i: number, g: number) => number | null) => Array.from({ length: rows }, (_, i) => Array.from({ length: k }, (_, g) => f(i, g)));
  const zMean = grid(m, (i, f) => (sums.zCount[i * k + f]! > 0 ? sums.zSum[i * k + f]! / sums.zCount[i * k + f]! : null));
  const zSe = grid(m, (i, f) => sd(sums.zSum[i * k + f]!, sums.zSq[i * k + f]!, sums.zCount[i * k + f]!));
  const loadingMean = grid(n, (j, f) => (sums.drawn[j]! > 0 ? sums.loadingSum[j * k + f]! / sums.drawn[j]! : null));
  const loadingSe = grid(n, (j, f) => sd(sums.loadingSum[j * k + f]!, sums.loadingSq[j * k + f]!, sums.drawn[j]!));
  const flagShare = grid(n, (j, f) => (sums.drawn[j]! > 0 ? sums.flagged[j * k + f]! / sums.drawn[j]! : null));
  const bootArrays: (number[] | null)[] = Array.from({ length: k }, (_, f) => {
    const col = zMean.map((row) => row[f]);
    return col.some((x) => x === null) ? null : factorScores(col as number[], p.values).scores;
  });
  const sameShare = grid(m, (i, f) => {
    const full = fullArrays[i]?.[f];
    const count = sums.zCount[i * k + f]!;
    if (full === null || full === undefined || count === 0) return null;
    return sums.arrayCounts[(i * k + f) * d + p.distinct.indexOf(full)]! / count;
  });
  const unstable: UnstableStatement[] = [];
  for (let f = 0; f < k; f++) {
    for (let i = 0; i < m; i++) {
      const full = fullArrays[i]?.[f];
      const boot = bootArrays[f]?.[i];
      const count = sums.zCount[i * k + f]!;
      if (full === null || full === undefined || boot === undefined || count === 0) continue;
      let s1 = 0;
      let s2 = 0;
      p.distinct.forEach((v, t) => {
        const c = sums.arrayCounts[(i * k + f) * d + t]!;
        s1 += c * v;
        s2 += c * v * v;
      });
      const valueSd = sd(s1, s2, count) ?? 0;
      if (boot !== full || valueSd > 1) unstable.push({ statement: i, factor: f, value: full, bootstrapValue: boot, sameShare: sameShare[i]![f]!, valueSd });
    }
  }
  return {
    replicates: sums.replicates,
    seed: p.seed,
    zMean,
    zSe,
    loadingMean,
    loadingSe,
    flagShare,
    drawn: Array.from(sums.drawn),
    factorArrays: Array.from({ length: m }, (_, i) => bootArrays.map((c) => (c === null ? null : c[i]!))),
    sameShare,
    unstable,
  };
}

/**
 * The whole bootstrap in this thread (chunk by chunk, in order).
 * @example bootstrap(problem, 1000, fullArrays).zSe
 */
export function bootstrap(problem: BootstrapProblem, replicates: number, fullArrays: NullableMatrix, onProgress?: (done: number, total: number) => void): BootstrapSummary {
  assertReplicates(replicates);
  const p = prepareBootstrap(problem);
  const k = problem.loadings[0]?.length ?? 0;
  let total = emptySums(p.data.length, p.data[0]!.length, k, p.distinct.length);
  for (const [from, to] of bootstrapChunks(replicates)) {
    total = addSums(total, runReplicates(p, from, to));
    onProgress?.(to, replicates);
  }
  return summarizeBootstrap(p, total, fullArrays);
}

/** Throws a DataError unless `replicates` is a whole number ≥ 2. */
export function assertReplicates(replicates: number): void {
  if (!Number.isInteger(replicates) || replicates < 2) throw new DataError(`the bootstrap needs a whole number of replicates ≥ 2, got ${replicates}`);
}

/** The empty sums for a problem (to combine worker results into). */
export function emptyBootstrapSums(p: PreparedProblem): BootstrapSums {
  return emptySums(p.data.length, p.data[0]!.length, p.loadings[0]?.length ?? 0, p.distinct.length);
}
