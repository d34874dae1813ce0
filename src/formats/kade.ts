import type { SortRecord, Study } from '../core/types.ts';
import { parseCsv, toCsv } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { dataErrorAt } from './errors.ts';
import { positionalIds, scoresFromValues } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

const isInteger = (cell: string) => /^[+\-−–]?\d+$/.test(cell.trim());

/** True when a row's value cells are the statement numbers 1, 2, …, n. */
const isNumberRow = (cells: readonly string[]) => cells.length > 0 && cells.every((c, i) => c.trim() === String(i + 1));

/**
 * Is the first row a header? Yes when its values are the statement numbers 1..n or
 * anything other than whole numbers; a row of scores is a sort.
 */
export function kadeHasHeader(first: CsvRow | undefined): boolean {
  if (!first) return false;
  const values = first.cells.slice(1);
  return isNumberRow(values) || !values.every(isInteger);
}

/** Drops empty cells at the end of a row (spreadsheets add them). */
function trimRow(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * KADE / Ken-Q CSV: a header row of statement numbers (dropped), then one row per
 * participant: the name, then the scores in statement order. Statements come
 * separately, so statement k is the k-th of `statementIds` (else "k").
 */
export function parseKade(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const rows = parseCsv(text, file);
  const body = kadeHasHeader(rows[0]) ? rows.slice(1) : rows;
  const firstRow = body[0];
  if (!firstRow) throw dataErrorAt({ file }, 'no sorts found: expected one row per participant (name, then the scores)');
  const ids = positionalIds(trimRow(firstRow.cells).length - 1, options.statementIds);
  const sorts = body.map((row): ImportedSort => {
    const participant = row.cells[0] ?? '';
    if (participant === '') throw dataErrorAt({ file, line: row.line, column: 1 }, 'a row without a participant name');
    const scores = scoresFromValues(trimRow(row.cells).slice(1), ids, { file, line: row.line, participant, columnOf: (k) => k + 2 });
    return { participant, scores, line: row.line };
  });
  return { sorts, statementIds: ids };
}

/** Writes the header of statement numbers, then one row per sort (statements in study order). */
export function writeKade(study: Study, sorts: readonly SortRecord[]): string {
  const rows: (string | number)[][] = [['', ...study.statements.map((_, i) => i + 1)]];
  for (const s of sorts) rows.push([s.participant, ...study.statements.map((st) => s.scores[st.id] ?? '')]);
  return toCsv(rows);
}
