/**
 * Flagging: which sorts define which factor.
 *
 * Orientation: loadings and flags are sorts × factors.
 *
 * Automatic rule (PQMethod, qmethod's `qflag`): sort i is flagged on factor f when
 * a² > h² − a² and |a| > 1.96/√statementCount, both strict (a = loading,
 * h² = the sort's communality, Σ of its squared loadings). The first condition
 * means a² > h²/2, so a sort is flagged on at most one factor.
 */
import { DataError } from '../errors.ts';
import { type BoolMatrix, type Matrix } from './matrix.ts';
import { Z_05 } from './thresholds.ts';
import { type AnalysisWarning, factorId, type Names, sortName } from './warnings.ts';

/**
 * Automatic flags (sorts × factors).
 * @param loadings rotated loadings, sorts × factors
 * @param statementCount number of statements (sets the 1.96/√m threshold)
 * @example flagSorts([[0.8, 0.1], [0.3, 0.3]], 33) // [[true, false], [false, false]]
 */
export function flagSorts(loadings: Matrix, statementCount: number): boolean[][] {
  if (!(statementCount > 0)) throw new DataError(`statementCount must be positive, got ${statementCount}`);
  const threshold = Z_05 / Math.sqrt(statementCount);
  return loadings.map((row) => {
    const h2 = row.reduce((s, a) => s + a * a, 0);
    return row.map((a) => a * a > h2 - a * a && Math.abs(a) > threshold);
  });
}

/**
 * Manual flags: `manual.get(f)` lists the sorts (0-based) flagged on factor f
 * (0-based); `unflagged` lists sorts flagged nowhere. Each factor present in
 * `manual` has its automatic flags replaced entirely; other factors keep
 * `automatic`. Every sort named (in `manual` or `unflagged`) is flagged exactly
 * where it is named and nowhere else, so no sort ever has two flags. Throws a
 * DataError for an index out of range or a sort named twice.
 * @example applyManualFlags([[true, false], [false, true]], new Map([[1, [0]]])) // [[false, true], [false, false]]
 * @returns flags, sorts × factors
 */
export function applyManualFlags(
  automatic: BoolMatrix,
  manual: ReadonlyMap<number, readonly number[]>,
  unflagged: readonly number[] = [],
): boolean[][] {
  const sortCount = automatic.length;
  const factorCount = automatic[0]?.length ?? 0;
  const out = automatic.map((row) => [...row]);
  const named = new Map<number, number | null>();
  const name = (i: number, f: number | null): void => {
    if (!Number.isInteger(i) || i < 0 || i >= sortCount) {
      throw new DataError(`manual flags name sort ${i + 1}, but there are ${sortCount} sorts`);
    }
    if (named.has(i)) throw new DataError(`manual flags name sort ${i + 1} twice; a sort is flagged on one factor at most`);
    named.set(i, f);
  };
  for (const [f, sorts] of manual) {
    if (!Number.isInteger(f) || f < 0 || f >= factorCount) {
      throw new DataError(`manual flags name factor ${f + 1}, but there are ${factorCount} factors`);
    }
    for (const row of out) row[f] = false;
    for (const i of sorts) name(i, f);
  }
  for (const i of unflagged) name(i, null);
  for (const [i, f] of named) {
    const row = out[i]!;
    row.fill(false);
    if (f !== null) row[f] = true;
  }
  return out;
}

/**
 * Warnings about flags: a `NEGATIVE_FLAG` for each sort flagged on a negative
 * loading (the flag is kept; the sort then counts the factor's viewpoint reversed).
 */
export function flagWarnings(loadings: Matrix, flags: BoolMatrix, names?: Names): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  flags.forEach((row, i) =>
    row.forEach((flagged, f) => {
      const a = loadings[i]![f]!;
      if (flagged && a < 0) {
        warnings.push({
          code: 'NEGATIVE_FLAG',
          factor: factorId(f),
          sort: sortName(names, i),
          loading: a,
          message: `sort ${sortName(names, i)} is flagged on ${factorId(f)} with a negative loading (${a.toFixed(3)}): it holds ${factorId(f)} reversed (shown as "${factorId(f)}, reversed"; --split-bipolar ${factorId(f)} makes it a factor of its own)`,
        });
      }
    }),
  );
  return warnings;
}
