/**
 * Step 3 of {@link analyzeStudy}: the flags. Automatic (PQMethod's rule), then
 * the flags by hand: a factor that any listed sort names is flagged by hand
 * only; every listed sort is flagged exactly where it is listed (`unflagged`:
 * nowhere) and nowhere else. At most one flag per sort, always. Warnings say
 * what the flags by hand changed.
 */
import { DataError } from '../errors.ts';
import type { ValidatedAnalysis } from './analyze-validate.ts';
import { applyManualFlags, flagSorts, flagWarnings } from './flag.ts';
import type { BoolMatrix, Matrix } from './matrix.ts';
import { type AnalysisWarning, factorId } from './warnings.ts';

/** The flags and what the flags by hand changed. */
export interface ResolvedFlags {
  readonly flags: BoolMatrix;
  /** Factor ids flagged by hand. */
  readonly manualFactors: readonly string[];
  /** Sorts flagged nowhere by hand. */
  readonly unflagged: readonly string[];
  readonly warnings: readonly AnalysisWarning[];
}

function factorIndex(fid: string, factorCount: number): number {
  const f = /^F([1-9]\d*)$/.exec(fid) ? Number(fid.slice(1)) - 1 : -1;
  if (f < 0 || f >= factorCount) throw new DataError(`manual flags name factor "${fid}", but the factors are F1..F${factorCount}`);
  return f;
}

function sortIndexer(sortIds: readonly string[]): (id: string, where: string) => number {
  const index = new Map(sortIds.map((id, i) => [id, i]));
  const seen = new Set<string>();
  return (id, where) => {
    const i = index.get(id);
    if (i === undefined) throw new DataError(`manual flags ${where} name an unknown sort "${id}"`);
    if (seen.has(id)) throw new DataError(`sort "${id}" is flagged by hand twice; a sort is flagged on one factor at most`);
    seen.add(id);
    return i;
  };
}

/** The English text of a MANUAL_FLAGS warning (src/i18n/errors.en.ts renders the same from the fields). */
export function manualFlagsMessage(w: Pick<AnalysisWarning, 'factor' | 'sort' | 'sorts' | 'before' | 'flaggedOn'>): string {
  const list = (ids: readonly string[] | undefined): string => (ids && ids.length > 0 ? ids.join(', ') : 'none');
  if (w.sort === undefined) return `${w.factor ?? ''} is flagged by hand: ${list(w.sorts)} (the automatic flags were: ${list(w.before)})`;
  const where = w.flaggedOn ? `flagged by hand on ${w.flaggedOn}` : 'flagged nowhere by hand';
  return `sort ${w.sort}: its automatic flag on ${w.factor ?? ''} was removed (${where})`;
}

/** What changed, one warning per factor flagged by hand and per sort that lost an automatic flag elsewhere. */
function changeWarnings(auto: BoolMatrix, flags: BoolMatrix, manual: ReadonlyMap<number, readonly number[]>, named: ReadonlySet<number>, sortIds: readonly string[]): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  const ids = (rows: readonly number[]): string[] => rows.map((i) => sortIds[i]!);
  for (const [f, rows] of [...manual].sort((a, b) => a[0] - b[0])) {
    const before = ids(auto.flatMap((r, i) => (r[f] ? [i] : [])));
    const w = { code: 'MANUAL_FLAGS', factor: factorId(f), sorts: ids(rows), before } as const;
    warnings.push({ ...w, message: manualFlagsMessage(w) });
  }
  for (const i of [...named].sort((a, b) => a - b)) {
    const now = flags[i]!.indexOf(true);
    auto[i]!.forEach((was, g) => {
      if (was && g !== now && !manual.has(g)) {
        const w = { code: 'MANUAL_FLAGS', factor: factorId(g), sort: sortIds[i]!, flaggedOn: now < 0 ? null : factorId(now) } as const;
        warnings.push({ ...w, message: manualFlagsMessage(w) });
      }
    });
  }
  return warnings;
}

/**
 * The flags for the rotated `loadings` (sorts × factors) under the options' flags by hand.
 * @example resolveFlags(validated, loadings).flags
 */
export function resolveFlags(v: ValidatedAnalysis, loadings: Matrix): ResolvedFlags {
  const factorCount = loadings[0]?.length ?? 0;
  const auto = flagSorts(loadings, v.statementIds.length);
  const byFactor = Object.entries(v.options.flags ?? {});
  const unflaggedIds = v.options.unflagged ?? [];
  if (byFactor.length === 0 && unflaggedIds.length === 0) {
    return { flags: auto, manualFactors: [], unflagged: [], warnings: flagWarnings(loadings, auto, v.names) };
  }
  const indexOf = sortIndexer(v.sortIds);
  const manual = new Map<number, number[]>();
  for (const [fid, ids] of byFactor) manual.set(factorIndex(fid, factorCount), ids.map((id) => indexOf(id, `on ${fid}`)));
  const unflagged = unflaggedIds.map((id) => indexOf(id, 'for "nowhere" (=0)'));
  const flags = applyManualFlags(auto, manual, unflagged);
  const named = new Set([...[...manual.values()].flat(), ...unflagged]);
  return {
    flags,
    manualFactors: byFactor.map(([fid]) => fid),
    unflagged: unflaggedIds,
    warnings: [...changeWarnings(auto, flags, manual, named, v.sortIds), ...flagWarnings(loadings, flags, v.names)],
  };
}
