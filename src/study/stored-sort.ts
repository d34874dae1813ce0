import { parseSortRecord } from '../core/schema.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { describeSortProblemsBoth, sortProblems } from '../core/validate-sort.ts';
import { DataError } from '../errors.ts';

/** A sort as the study folder stores it: a file in sorts/, or a line of sorts.jsonl. */
export interface StoredSort {
  /** The file (a line of sorts.jsonl: `<path>:<line>`). */
  readonly file: string;
  /** The sort, when its file could be read and parsed. */
  readonly record?: SortRecord;
  /** Why the file is not a valid sort for this study (empty = valid). */
  readonly problem?: string;
  /** The same in Dutch, when there is a problem. */
  readonly problemNl?: string;
}

/**
 * A stored sort parsed and checked against the study: one place for the sort
 * files and the lines of sorts.jsonl. A DataError of `parse` (bad JSON) or of
 * the record's shape becomes the problem; other errors (I/O) are thrown.
 * @param parse reads and parses the JSON
 */
export function checkStoredSort(file: string, study: Study, parse: () => unknown): StoredSort {
  try {
    const record = parseSortRecord(parse() as Parameters<typeof parseSortRecord>[0], file);
    const problem = describeSortProblemsBoth(sortProblems(record.scores, study.statements, study.distribution, study.forced !== false));
    return problem ? { file, record, problem: problem.en, problemNl: problem.nl } : { file, record };
  } catch (error) {
    if (error instanceof DataError) return { file, problem: error.message, problemNl: error.nl ?? error.message };
    throw error;
  }
}
