import { checkParticipantId } from '../core/paper-sort.ts';
import { describeSortProblemsBoth, sortProblems } from '../core/validate-sort.ts';
import { QError } from '../errors.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { describePlace, oneLine } from './errors.ts';
import type { ImportedSort, FileImportFormat } from './types.ts';

/** The sorts read from one file. */
export interface ImportedFile {
  readonly file: string;
  readonly format: FileImportFormat;
  readonly sorts: readonly ImportedSort[];
}

export interface ImportCheck {
  /** One line per problem (at most `limit`), each naming file, line, participant and statement. */
  readonly problems: readonly string[];
  /** The same lines in Dutch. */
  readonly problemsNl: readonly string[];
  /** How many problems there are in all. */
  readonly total: number;
  /** How many of them are participants that already have a sort in the study. */
  readonly existing: number;
}

/** Where a sort is; at the line of `statement` when the format puts each score on a line of its own. */
function placeOf(file: string, s: ImportedSort, statement?: string): { en: string; nl: string } {
  const statementLine = statement !== undefined ? s.statementLines?.get(statement) : undefined;
  const line = statementLine ?? s.line;
  const place = { file, line, column: s.column, where: line === undefined ? s.where : undefined, participant: s.participant };
  return { en: describePlace(place), nl: describePlace(place, 'nl') };
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
  const problems: string[] = [];
  const problemsNl: string[] = [];
  let total = 0;
  let existing = 0;
  const report = (place: { en: string; nl: string }, en: string, nl: string) => {
    total++;
    if (problems.length < limit) {
      problems.push(oneLine(`${place.en}: ${en}`));
      problemsNl.push(oneLine(`${place.nl}: ${nl}`));
    }
  };
  const firstSeen = new Map<string, string>();
  for (const { file, sorts } of files) {
    for (const s of sorts) {
      const place = placeOf(file, s);
      try {
        checkParticipantId(s.participant, 'the participant id');
      } catch (error) {
        if (!(error instanceof QError)) throw error;
        report(place, error.message, error.nl ?? error.message);
        continue;
      }
      const found = sortProblems(s.scores, study.statements, study.distribution, study.forced !== false);
      const problem = describeSortProblemsBoth(found);
      if (problem) report(placeOf(file, s, found[0]?.statement), problem.en, problem.nl);
      const before = firstSeen.get(s.participant);
      if (before !== undefined) report(place, `the participant appears twice in the import (also ${before})`, `de deelnemer staat twee keer in de import (ook ${before})`);
      else {
        firstSeen.set(s.participant, describePlace({ file, line: s.line, where: s.line === undefined ? s.where : undefined }));
        if (!options.replace && options.hasSort(s.participant)) {
          existing++;
          report(place, 'the participant already has a sort in the study', 'de deelnemer heeft al een sortering in de studie');
        }
      }
    }
  }
  return { problems, problemsNl, total, existing };
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
