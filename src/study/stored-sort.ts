import { parseSortRecord } from '../core/schema.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { sortProblems } from '../core/validate-sort.ts';
import { DataError, type Problem } from '../errors.ts';

/** A sort as the study folder stores it: a file in sorts/, or a line of sorts.jsonl. */
export interface StoredSort {
  /** The file (a line of sorts.jsonl: `<path>:<line>`). */
  readonly file: string;
  /** The sort, when its file could be read and parsed. */
  readonly record?: SortRecord;
  /** Why the file is not a valid sort for this study (none = valid). */
  readonly problem?: Problem;
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
    const problems = sortProblems(record.scores, study.statements, study.distribution, study.forced !== false);
    return problems.length > 0 ? { file, record, problem: { code: 'sort.problems', params: { problems } } } : { file, record };
  } catch (error) {
    if (error instanceof DataError) return { file, problem: error.problem };
    throw error;
  }
}
