/**
 * KADE's input workbook, "Type 2" (Q sorts in rows), read from its sheets
 * (pure: the sheets come from xlsx-workbook.ts). Both versions KADE reads:
 * - version 2: sheets "name" (the project name under a heading), "sorts" (one
 *   row per participant: the name, then the scores in statement order),
 *   "pattern" (the scores −6 … +13 in row 1, how many cards each takes in
 *   row 2), "statements" (a header with "Statements", then number and text per
 *   row) and "version";
 * - the older one-sheet layout: "sorts" holds "Project Name" and the name,
 *   a "Sort Pattern" row (one score per statement), a header row
 *   ("participants", s1, s2, …) and the sorts below it — often after many
 *   blank rows; "statements" as above.
 * Sheet names are matched without regard to case ("Sorts", "qsorts", "q-sorts").
 */
import type { Distribution } from '../core/types.ts';
import { dataErrorAt } from './errors.ts';
import { positionalIds, scoresFromValues } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';
import type { SheetRows } from './xlsx-workbook.ts';

const SORTS_SHEETS = ['sorts', 'qsorts', 'q-sorts'];
const STATEMENTS_SHEETS = ['statements', 'statement'];

/** A statement as the workbook gives it: its number (or position) and text. */
export interface WorkbookStatement {
  readonly id: string;
  readonly text: string;
}

/** What a workbook holds beyond the sorts: title, statements and distribution, when it says. */
export interface WorkbookData extends ImportedData {
  readonly statements?: readonly WorkbookStatement[];
  readonly distribution?: Distribution;
}

export const findSheet = (sheets: readonly SheetRows[], names: readonly string[]): SheetRows | undefined =>
  sheets.find((s) => names.includes(s.name.trim().toLowerCase()));

const isWhole = (cell: string): boolean => /^[+\-−–]?\d+$/.test(cell.trim());
const toWhole = (cell: string): number => Number(cell.trim().replace(/^[−–]/, '-'));
const first = (cell: string | undefined, pattern: RegExp): boolean => pattern.test((cell ?? '').trim());

/** Is this a KADE Type 2 workbook: a sorts sheet and a statements sheet, with a pattern sheet or a "Sort Pattern" row? */
export function isKadeWorkbook(sheets: readonly SheetRows[]): boolean {
  const sorts = findSheet(sheets, SORTS_SHEETS);
  if (!sorts || !findSheet(sheets, STATEMENTS_SHEETS)) return false;
  return findSheet(sheets, ['pattern', 'patterns']) !== undefined || sorts.rows.some((r) => first(r.cells[0], /^sort pattern/i));
}

/** The title: the "name" sheet's cell under "Project Name", or the one beside or under it on the sorts sheet. */
function title(sheets: readonly SheetRows[], sorts: SheetRows): string | undefined {
  const nameSheet = findSheet(sheets, ['name', 'names']);
  const rows = nameSheet ? nameSheet.rows : sorts.rows;
  const k = rows.findIndex((r) => first(r.cells[0], /^project name/i));
  if (k < 0) return nameSheet ? rows[0]?.cells[0] : undefined;
  const beside = rows[k]?.cells[1];
  return beside !== undefined && beside !== '' ? beside : rows[k + 1]?.cells[0];
}

function distributionOf(scores: readonly number[]): Distribution {
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const range = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return { scores: range, counts: range.map((s) => scores.filter((v) => v === s).length) };
}

/** The "pattern" sheet: scores in its first row, counts in the second. */
function patternSheet(sheet: SheetRows, file: string): Distribution {
  const [head, counts] = sheet.rows;
  const place = { file: `${file} [${sheet.name}]` };
  if (!head || !counts) throw dataErrorAt(place, 'expected the scores (−6 … +13) in row 1 and the number of cards for each in row 2', 'verwacht de scores (−6 … +13) in rij 1 en het aantal kaarten per score in rij 2');
  const values: number[] = [];
  head.cells.forEach((cell, c) => {
    const n = counts.cells[c] ?? '';
    if (cell === '' && n === '') return;
    if (!isWhole(cell) || (n !== '' && !isWhole(n))) throw dataErrorAt({ ...place, line: counts.line, column: c + 1 }, `${JSON.stringify(n || cell)} is not a whole number`, `${JSON.stringify(n || cell)} is geen geheel getal`);
    for (let k = 0; k < (n === '' ? 0 : toWhole(n)); k++) values.push(toWhole(cell));
  });
  if (values.length === 0) throw dataErrorAt({ ...place, line: counts.line }, 'the pattern holds no cards', 'het patroon bevat geen kaarten');
  return distributionOf(values);
}

function statementsSheet(sheet: SheetRows, file: string): WorkbookStatement[] {
  const place = { file: `${file} [${sheet.name}]` };
  const headerIndex = sheet.rows.findIndex((r) => r.cells.some((c) => /^statements?$/i.test(c)));
  if (headerIndex < 0) throw dataErrorAt(place, 'no column headed "Statements"', 'geen kolom met de kop "Statements"');
  const header = sheet.rows[headerIndex]!;
  const textColumn = header.cells.findIndex((c) => /^statements?$/i.test(c));
  const numberColumn = header.cells.findIndex((c, i) => i !== textColumn && /num|nr|^no\.?$|^id$/i.test(c));
  const out: WorkbookStatement[] = [];
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    const text = (row.cells[textColumn] ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const number = numberColumn >= 0 ? (row.cells[numberColumn] ?? '').trim() : '';
    const id = number !== '' ? number : String(out.length + 1);
    if (out.some((s) => s.id === id)) throw dataErrorAt({ ...place, line: row.line, column: numberColumn + 1 }, `statement number ${id} appears twice`, `stellingnummer ${id} staat er twee keer`);
    out.push({ id, text });
  }
  if (out.length === 0) throw dataErrorAt(place, 'no statements under the "Statements" heading', 'geen stellingen onder de kop "Statements"');
  return out;
}

/** The sort rows: a name, then whole numbers; metadata rows, the header and blank rows are skipped. */
function sortRows(sorts: SheetRows, file: string, ids: readonly string[], start: number): ImportedSort[] {
  const place = `${file} [${sorts.name}]`;
  const out: ImportedSort[] = [];
  for (const row of sorts.rows.slice(start)) {
    const [name = '', ...values] = row.cells;
    if (first(name, /^(participants?|project name|sort pattern)/i) && !values.every(isWhole)) continue;
    if (name === '' && values.every((v) => v === '')) continue;
    if (name === '') throw dataErrorAt({ file: place, line: row.line, column: 1 }, 'a row of scores without a participant name', 'een rij scores zonder naam van de deelnemer');
    const scores = scoresFromValues(values, ids, { file: place, line: row.line, participant: name, columnOf: (k) => k + 2 });
    out.push({ participant: name, scores, line: row.line });
  }
  return out;
}

/** Reads a KADE Type 2 workbook (see the top of this file). Statement k is `statementIds[k]` when given, else the workbook's number. */
export function parseKadeWorkbook(sheets: readonly SheetRows[], options: ParseOptions): WorkbookData {
  const { file } = options;
  const sorts = findSheet(sheets, SORTS_SHEETS)!;
  const statements = statementsSheet(findSheet(sheets, STATEMENTS_SHEETS)!, file);
  const patternRow = sorts.rows.findIndex((r) => first(r.cells[0], /^sort pattern/i));
  const pattern = findSheet(sheets, ['pattern', 'patterns']);
  let distribution: Distribution;
  if (pattern) distribution = patternSheet(pattern, file);
  else {
    const row = sorts.rows[patternRow]!;
    const values = row.cells.slice(1).filter((c) => c !== '');
    const bad = values.findIndex((v) => !isWhole(v));
    if (bad >= 0) throw dataErrorAt({ file: `${file} [${sorts.name}]`, line: row.line, column: bad + 2 }, `the sort pattern holds ${JSON.stringify(values[bad])}, not a whole number`, `het sorteerpatroon bevat ${JSON.stringify(values[bad])}, geen geheel getal`);
    distribution = distributionOf(values.map(toWhole));
  }
  const ids = positionalIds(statements.length, options.statementIds ?? statements.map((s) => s.id));
  const found = sortRows(sorts, file, ids, patternRow >= 0 ? patternRow + 1 : 0);
  if (found.length === 0) throw dataErrorAt({ file: `${file} [${sorts.name}]` }, 'no sorts found: expected one row per participant (the name, then the scores)', 'geen sorteringen gevonden: verwacht één rij per deelnemer (de naam, dan de scores)');
  const name = title(sheets, sorts);
  return { sorts: found, statementIds: ids, statements, distribution, ...(name ? { title: name } : {}) };
}
