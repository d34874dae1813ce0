import { checkParticipantId } from '../core/paper-sort.ts';
import { sortProblems } from '../core/validate-sort.ts';
import { QError, type Place, type Problem } from '../errors.ts';
import type { SortRecord, Study } from '../core/types.ts';
import type { ImportedSort, FileImportFormat } from './types.ts';

/** The sorts read from one file. */
export interface ImportedFile {
  readonly file: string;
  readonly format: FileImportFormat;
  readonly sorts: readonly ImportedSort[];
}

export interface ImportCheck {
  /** The problems (at most `limit`), each at its file, line, participant and statement. */
  readonly problems: readonly Problem[];
  /** How many problems there are in all. */
  readonly total: number;
  /** How many of them are participants that already have a sort in the study. */
  readonly existing: number;
}

/** Where a sort is; at the line of `statement` when the format puts each score on a line of its own. */
function placeOf(file: string, s: ImportedSort, statement?: string): Place {
  const statementLine = statement !== undefined ? s.statementLines?.get(statement) : undefined;
  const line = statementLine ?? s.line;
  return { file, line, column: s.column, where: line === undefined ? s.where : undefined, participant: s.participant };
}

/**
 * Checks every sort of every file before anything is written (pure, linear time):
 * the participant id (as for `qsort add`: not empty, one line, at most 100
 * characters), each sort against the study (statement ids, scores, the
 * distribution), each participant once in the whole import, and not already in
 * the study unless `replace`.
 */
export function checkImport(
  files: readonly ImportedFile[],
  study: Study,
  options: { readonly hasSort: (participant: string) => boolean; readonly replace?: boolean; readonly limit?: number },
): ImportCheck {
  const limit = options.limit ?? 20;
  const problems: Problem[] = [];
  let total = 0;
  let existing = 0;
  const report = (at: Place, problem: Problem) => {
    total++;
    if (problems.length < limit) problems.push({ ...problem, at } as Problem);
  };
  const firstSeen = new Map<string, Place>();
  for (const { file, sorts } of files) {
    for (const s of sorts) {
      const place = placeOf(file, s);
      try {
        checkParticipantId(s.participant, null);
      } catch (error) {
        if (!(error instanceof QError)) throw error;
        report(place, error.problem);
        continue;
      }
      const found = sortProblems(s.scores, study.statements, study.distribution, study.forced !== false);
      if (found.length > 0) report(placeOf(file, s, found[0]?.statement), { code: 'sort.problems', params: { problems: found } });
      const before = firstSeen.get(s.participant);
      if (before !== undefined) report(place, { code: 'import.participant-twice', params: { before } });
      else {
        firstSeen.set(s.participant, { file, line: s.line, where: s.line === undefined ? s.where : undefined });
        if (!options.replace && options.hasSort(s.participant)) {
          existing++;
          report(place, { code: 'import.participant-has-sort', params: {} });
        }
      }
    }
  }
  return { problems, total, existing };
}

/** The record to save for an imported sort: qsort's own records as they are, others as new 'import' sorts. */
export function importedRecord(s: ImportedSort, study: Study, sortId: () => string): SortRecord {
  if (s.record) return s.record;
  const scores: Record<string, number> = {};
  for (const st of study.statements) {
    const score = s.scores[st.id];
    if (score !== undefined) scores[st.id] = score;
  }
  return {
    schemaVersion: 1,
    sortId: sortId(),
    participant: s.participant,
    ...(s.team !== undefined ? { team: s.team } : {}),
    source: 'import',
    scores,
    ...(s.comment !== undefined ? { comment: s.comment } : {}),
  };
}
