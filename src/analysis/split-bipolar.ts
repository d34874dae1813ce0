/**
 * Splitting a bipolar factor (KADE's "split bipolar factor").
 *
 * A factor some sorts load on negatively (and are flagged on) holds two
 * viewpoints. Splitting it turns its negative pole into a factor of its own:
 * factor `Fk` becomes `Fka`, with the original loadings and only the sorts
 * flagged on a positive loading, and `Fkb`, with every loading's sign
 * reversed and only the sorts that were flagged on a negative loading. Each
 * then gets its own z-scores and array from its own sorts, as any factor does.
 * Both keep the original Σ loading² (so the same eigenvalue and explained
 * variance).
 *
 * Orientation: loadings and flags sorts × factors.
 */
import { DataError } from '../errors.ts';
import type { BoolMatrix, Matrix } from './matrix.ts';

/** The loadings, flags and factor ids after the split. */
export interface SplitFactors {
  readonly loadings: number[][];
  readonly flags: boolean[][];
  /** One id per column: `F1a`, `F1b` for a split F1, `F2` for one left alone. */
  readonly factorIds: string[];
  /** The columns of the factors before the split: the original factor each column comes from (0-based). */
  readonly source: number[];
}

/**
 * Splits the named factors (0-based indices) into their two poles.
 * Throws a DataError for a factor that is not bipolar: it needs at least one
 * sort flagged on a positive and one flagged on a negative loading.
 * @param ids the factor ids before the split (for messages and the new ids)
 */
export function splitBipolarFactors(loadings: Matrix, flags: BoolMatrix, split: readonly number[], ids: readonly string[]): SplitFactors {
  const k = ids.length;
  const wanted = new Set(split);
  for (const f of wanted) {
    if (!Number.isInteger(f) || f < 0 || f >= k) throw new DataError(`--split-bipolar names factor ${f + 1}, but the factors are F1..F${k}`);
    const flagged = flags.flatMap((row, i) => (row[f] ? [loadings[i]![f]!] : []));
    const negatives = flagged.filter((a) => a < 0).length;
    if (negatives === 0) throw new DataError(`${ids[f]} is not bipolar: no sort is flagged on it with a negative loading, so it cannot be split`);
    if (negatives === flagged.length) throw new DataError(`${ids[f]} has only negatively flagged sorts: it is one viewpoint (reversed), not two, so it cannot be split`);
  }
  const source: number[] = [];
  const factorIds: string[] = [];
  for (let f = 0; f < k; f++) {
    if (wanted.has(f)) {
      source.push(f, f);
      factorIds.push(`${ids[f]}a`, `${ids[f]}b`);
    } else {
      source.push(f);
      factorIds.push(ids[f]!);
    }
  }
  const out = { loadings: [] as number[][], flags: [] as boolean[][] };
  loadings.forEach((row, i) => {
    const lrow: number[] = [];
    const frow: boolean[] = [];
    source.forEach((f, c) => {
      const a = row[f]!;
      const flagged = flags[i]![f]!;
      const isB = wanted.has(f) && source[c - 1] === f;
      const isA = wanted.has(f) && !isB;
      lrow.push(isB ? -a : a);
      frow.push(isA ? flagged && a >= 0 : isB ? flagged && a < 0 : flagged);
    });
    out.loadings.push(lrow);
    out.flags.push(frow);
  });
  return { ...out, factorIds, source };
}
