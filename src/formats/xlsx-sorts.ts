/**
 * The sorts as a workbook (`qsort export --format xlsx`) and a plain workbook
 * read back (`qsort import`, `qsort init --from`).
 *
 * Written: sheet "sorts" in the wide layout — a header `id, <sort>, <sort>, …`,
 * then one row per statement with every sort's score (numbers) — and sheet
 * "statements" (`id, text`, in the study's language, plus a column per other
 * language the statements have), so that the file makes a study on its own.
 *
 * Read: a workbook that is not KADE's is read like our CSV: its "sorts" sheet
 * (else its first sheet) in the wide or the long layout, and its "statements"
 * sheet when there is one.
 */
import { statementText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { LANGS } from '../core/types.ts';
import { toCsv } from './csv.ts';
import { findSheet } from './kade-xlsx.ts';
import { addTable, newWorkbook, workbookBytes, type SheetRows } from './xlsx-workbook.ts';

export async function writeSortsWorkbook(study: Study, sorts: readonly SortRecord[], lang: Lang, createdAt: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(createdAt);
  addTable(workbook, {
    name: 'sorts',
    header: ['id', ...sorts.map((s) => s.participant)],
    rows: study.statements.map((st) => [st.id, ...sorts.map((s) => s.scores[st.id] ?? null)]),
    freezeColumns: 1,
  });
  const others = LANGS.filter((l) => l !== lang && study.statements.some((s) => (s.text[l] ?? '') !== ''));
  addTable(workbook, {
    name: 'statements',
    header: ['id', 'text', ...others],
    rows: study.statements.map((s) => [s.id, statementText(s, lang), ...others.map((l) => s.text[l] ?? '')]),
    textColumns: [1, ...others.map((_, i) => i + 2)],
  });
  if (sorts.some((s) => s.team)) {
    addTable(workbook, { name: 'teams', header: ['participant', 'team'], rows: sorts.map((s) => [s.participant, s.team ?? '']) });
  }
  return workbookBytes(workbook);
}

/**
 * A sheet as CSV text in which line k is the sheet's row k (blank rows stay
 * blank lines), so that the CSV readers' messages name the Excel row.
 */
export function sheetCsv(sheet: SheetRows): string {
  const lines: string[] = [];
  for (const row of sheet.rows) {
    while (lines.length < row.line - 1) lines.push('');
    lines.push(toCsv([row.cells]).replace(/\n$/, ''));
  }
  return `${lines.join('\n')}\n`;
}

/** The sheet that holds the sorts in a plain workbook: "sorts", else the first sheet with anything on it. */
export function plainSortsSheet(sheets: readonly SheetRows[]): SheetRows | undefined {
  return findSheet(sheets, ['sorts', 'qsorts', 'q-sorts']) ?? sheets.find((s) => s.rows.length > 0 && !['statements', 'teams'].includes(s.name.trim().toLowerCase()));
}

/** participant → team from a "teams" sheet (participant, team), when there is one. */
export function teamsSheet(sheets: readonly SheetRows[]): ReadonlyMap<string, string> {
  const sheet = findSheet(sheets, ['teams']);
  const teams = new Map<string, string>();
  for (const row of sheet?.rows.slice(1) ?? []) if ((row.cells[0] ?? '') !== '' && (row.cells[1] ?? '') !== '') teams.set(row.cells[0]!, row.cells[1]!);
  return teams;
}
