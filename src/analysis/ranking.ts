/**
 * Ranked statements: across sorts (and per group of sorts, e.g. teams), rank
 * statements by their mean score, with the sample SD, the share of sorts that put
 * the statement in the top two and in the bottom two columns, and the number of
 * sorts. Also per factor by z-score. Ties (means within 1e-9) share a rank
 * (competition ranking: 1, 2, 2, 4) and stay in statement order.
 *
 * Orientation: data statements × sorts. Cost O(statementCount · sortCount).
 */
import { mean as ssMean, sampleStandardDeviation } from 'simple-statistics';
import { DataError } from '../errors.ts';
import { type Matrix, type NullableMatrix } from './matrix.ts';
import { TIE_TOLERANCE } from './thresholds.ts';

/** One statement in a ranking. */
export interface RankedStatement {
  /** 0-based statement index. */
  readonly statement: number;
  /** 1-based rank; tied statements share the rank. */
  readonly rank: number;
  /** Mean score over the sorts. */
  readonly mean: number;
  /** Sample SD (n − 1); null with fewer than two sorts. */
  readonly sd: number | null;
  /** Share (0..1) of sorts placing the statement in the two highest columns. */
  readonly topTwoShare: number;
  /** Share (0..1) of sorts placing the statement in the two lowest columns. */
  readonly bottomTwoShare: number;
  /** Number of sorts. */
  readonly n: number;
}

/** Options of {@link rankStatements}. */
export interface RankingOptions {
  /**
   * The distribution's column scores (any order). The top two columns are its two
   * highest scores, the bottom two its two lowest. Default: the scores found in the data.
   */
  readonly columns?: readonly number[];
}

/** Statement order by a key (descending), with competition ranks for keys within 1e-9. */
function competitionRanks(keys: readonly number[]): { order: number[]; ranks: number[] } {
  const order = keys.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);
  const ranks = new Array<number>(keys.length);
  order.forEach((s, pos) => {
    const prev = order[pos - 1];
    ranks[s] = prev !== undefined && keys[prev]! - keys[s]! <= TIE_TOLERANCE ? ranks[prev]! : pos + 1;
  });
  // keep tied statements in statement order
  order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  return { order, ranks };
}

/**
 * Ranks statements by mean score over the given sorts (all by default).
 * @param data statements × sorts
 * @param sortIndices which sorts (columns) to use; default all
 * @returns statements in rank order
 * @example rankStatements([[4, 3], [-4, -3]])[0] // { statement: 0, rank: 1, mean: 3.5, … }
 */
export function rankStatements(data: Matrix, options: RankingOptions = {}, sortIndices?: readonly number[]): RankedStatement[] {
  const all = data[0]?.length ?? 0;
  const cols = sortIndices ?? Array.from({ length: all }, (_, j) => j);
  if (cols.length === 0) throw new DataError('cannot rank statements over zero sorts');
  const distinct = [...new Set(options.columns ?? data.flatMap((row) => cols.map((j) => row[j]!)))].sort((a, b) => a - b);
  const topCut = distinct[Math.max(0, distinct.length - 2)]!;
  const bottomCut = distinct[Math.min(distinct.length - 1, 1)]!;
  const stats = data.map((row, i) => {
    const v = cols.map((j) => row[j]!);
    return {
      statement: i,
      mean: ssMean(v),
      sd: v.length >= 2 ? sampleStandardDeviation(v) : null,
      topTwoShare: v.filter((x) => x >= topCut).length / v.length,
      bottomTwoShare: v.filter((x) => x <= bottomCut).length / v.length,
      n: v.length,
    };
  });
  const { order, ranks } = competitionRanks(stats.map((s) => s.mean));
  return order.map((i) => ({ ...stats[i]!, rank: ranks[i]! }));
}

/** A ranking within one group of sorts. */
export interface GroupRanking {
  readonly group: string;
  readonly sortCount: number;
  readonly ranking: readonly RankedStatement[];
}

/**
 * Ranks statements within each group of sorts (e.g. teams). Sorts whose label is
 * null/undefined/empty are left out. Groups come in order of first appearance.
 * @param groups one label per sort (same order as the columns of `data`)
 */
export function rankStatementsByGroup(
  data: Matrix,
  groups: readonly (string | null | undefined)[],
  options: RankingOptions = {},
): GroupRanking[] {
  const n = data[0]?.length ?? 0;
  if (groups.length !== n) throw new DataError(`${groups.length} group labels for ${n} sorts`);
  const members = new Map<string, number[]>();
  groups.forEach((g, j) => {
    if (g === null || g === undefined || g === '') return;
    const list = members.get(g) ?? [];
    list.push(j);
    members.set(g, list);
  });
  const columns = options.columns ?? [...new Set(data.flat())];
  return [...members].map(([group, cols]) => ({
    group,
    sortCount: cols.length,
    ranking: rankStatements(data, { columns }, cols),
  }));
}

/** A statement in a factor's ranking. */
export interface FactorRankedStatement {
  readonly statement: number;
  readonly rank: number;
  readonly zScore: number;
}

/**
 * Ranks statements per factor by z-score (highest first), ties within 1e-9
 * sharing a rank. A factor without z-scores gets null.
 * @param zScores statements × factors
 */
export function rankByFactor(zScores: NullableMatrix): (FactorRankedStatement[] | null)[] {
  const k = zScores[0]?.length ?? 0;
  return Array.from({ length: k }, (_, f) => {
    const z = zScores.map((row) => row[f] ?? null);
    if (z.some((x) => x === null)) return null;
    const zf = z as number[];
    const { order, ranks } = competitionRanks(zf);
    return order.map((i) => ({ statement: i, rank: ranks[i]!, zScore: zf[i]! }));
  });
}
