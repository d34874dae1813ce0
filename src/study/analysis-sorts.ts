import { DataError } from '../errors.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { readAllSorts, readStudy } from './study-folder.ts';

/** A study with the sorts an analysis or ranking can use. */
export interface StudySorts {
  readonly study: Study;
  /** The valid sorts, in file-name order. */
  readonly sorts: readonly SortRecord[];
  /** One line per sort file left out ("warning: left out <file>: <why>"), for stderr. */
  readonly messages: readonly string[];
}

/**
 * Reads the study and its valid sorts. Invalid sort files are left out and
 * named in `messages`, so one broken file never stops a ranking, report or analysis.
 */
export async function readStudySorts(dir: string): Promise<StudySorts> {
  const study = await readStudy(dir);
  const stored = await readAllSorts(dir, study);
  return {
    study,
    sorts: stored.flatMap((s) => (s.record && s.problem === undefined ? [s.record] : [])),
    // a problem that already starts with the file (a JSON or shape error) names it once
    messages: stored
      .filter((s) => s.problem !== undefined)
      .map((s) => `warning: left out ${s.problem?.startsWith(s.file) ? s.problem : `${s.file}: ${s.problem}`}`),
  };
}

/**
 * Throws a DataError when the study has fewer than `min` valid sorts.
 * @param purpose what needs them, e.g. "a report", "an analysis"
 */
export function assertSortCount(dir: string, sortCount: number, min: number, purpose: string): void {
  if (sortCount >= min) return;
  throw new DataError(
    `the study in ${dir} has ${sortCount} valid sort${sortCount === 1 ? '' : 's'}; ${purpose} needs at least ${min} ("qsort list" shows them)`,
  );
}
