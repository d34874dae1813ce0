import { DataError, type ErrorParams } from '../errors.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { warningProblemLine } from '../i18n/errors.ts';
import { readAllSorts, readStudy, type StoredSort } from './study-folder.ts';

/** A study with the sorts an analysis or ranking can use. */
export interface StudySorts {
  readonly study: Study;
  /** The valid sorts, in file-name order. */
  readonly sorts: readonly SortRecord[];
  /** The sort files left out (invalid for the study): say them with leftOutLines. */
  readonly leftOut: readonly StoredSort[];
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
    leftOut: stored.filter((s) => s.problem !== undefined),
  };
}

/** One line per sort file left out ("warning: left out <file>: <why>"), for stderr, in `lang`. */
export function leftOutLines(leftOut: readonly StoredSort[], lang: Lang): string[] {
  return leftOut.flatMap((s) => (s.problem === undefined ? [] : [warningProblemLine({ code: 'sorts.left-out', params: { file: s.file, problem: s.problem } }, lang)]));
}

/**
 * Throws a DataError when the study has fewer than `min` valid sorts.
 * @param purpose what needs them: an analysis, a report, …
 */
export function assertSortCount(dir: string, sortCount: number, min: number, purpose: ErrorParams['sorts.too-few']['purpose']): void {
  if (sortCount >= min) return;
  throw new DataError('sorts.too-few', { dir, count: sortCount, min, purpose });
}
