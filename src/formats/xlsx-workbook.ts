/**
 * Excel workbooks (.xlsx) in and out, through exceljs: every sheet read as rows
 * of text cells (the same CsvRow shape the CSV readers use, with the Excel row
 * number as the line), and tables written with numbers as numbers, a frozen
 * header row and column widths that fit their content.
 */
import ExcelJS from 'exceljs';
import { paperErrors } from '../i18n/paper.ts';
import type { CsvRow } from './csv.ts';

/** One sheet: its name and its non-empty rows (cells from column A; `line` is the Excel row number). */
export interface SheetRows {
  readonly name: string;
  readonly rows: readonly CsvRow[];
}

/** Does the file start like a zip archive (an .xlsx is one)? */
export const looksLikeXlsx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

type CellValue = ExcelJS.CellValue;

/** A cell's value as text: numbers in full, formulas by their result, rich text joined, dates as ISO dates. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('error' in value) return '';
  return '';
}

/** Reads every sheet of a workbook. A file that is no .xlsx is a DataError naming it. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<SheetRows[]> {
  if (!looksLikeXlsx(bytes)) {
    throw paperErrors.notXlsx(file);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw paperErrors.unreadableWorkbook(file, reason, error);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: CsvRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const values = row.values as CellValue[];
      const cells = values.slice(1).map((v) => cellText(v ?? null));
      // ExcelJS leaves holes for empty cells: fill them with ''.
      const dense = Array.from({ length: cells.length }, (_, i) => cells[i] ?? '');
      while (dense.length > 0 && dense[dense.length - 1] === '') dense.pop();
      if (dense.some((c) => c !== '')) rows.push({ line, cells: dense });
    });
    return { name: sheet.name, rows };
  });
}

/** A cell to write: text, a number, a boolean, or nothing. */
export type OutCell = string | number | boolean | null | undefined;

export interface TableSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly OutCell[])[];
  /** Freeze this many columns too (e.g. the row names). */
  readonly freezeColumns?: number;
  /** Number format of the number cells (default 0.000; integers keep "0"). */
  readonly numberFormat?: string;
  /** Columns (0-based) that hold long text: wrapped, at most 60 wide. */
  readonly textColumns?: readonly number[];
  /** Cells to emphasise (bold, shaded), as [row, column] in `rows`, 0-based. */
  readonly marked?: readonly (readonly [number, number])[];
  /** Lines under the table (notes, a legend), each in column A. */
  readonly notes?: readonly string[];
}

function width(values: readonly OutCell[], wrap: boolean): number {
  const longest = Math.max(...values.map((v) => (v === null || v === undefined ? 0 : typeof v === 'number' ? Math.min(String(Number(v.toFixed(3))).length, 10) : String(v).length)));
  return Math.max(6, Math.min(wrap ? 60 : 40, longest + 2));
}

/** Adds a table sheet: bold header, frozen header row (and columns), widths from the content. */
export function addTable(workbook: ExcelJS.Workbook, table: TableSheet): ExcelJS.Worksheet {
  const freeze = table.freezeColumns ?? 0;
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: freeze, ySplit: 1 }] });
  sheet.addRow([...table.header]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((c) => (c === undefined ? null : c)));
  const text = new Set(table.textColumns ?? []);
  table.header.forEach((name, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = width([name, ...table.rows.map((r) => r[c])], text.has(c));
    if (text.has(c)) column.alignment = { wrapText: true, vertical: 'top' };
  });
  const format = table.numberFormat ?? '0.000';
  table.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' && !Number.isInteger(value)) sheet.getCell(r + 2, c + 1).numFmt = format;
    }),
  );
  for (const [r, c] of table.marked ?? []) {
    const cell = sheet.getCell(r + 2, c + 1);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
  }
  if (table.notes && table.notes.length > 0) {
    sheet.addRow([]);
    for (const note of table.notes) sheet.addRow([note]).font = { italic: true };
  }
  return sheet;
}

/** A new workbook with qsort as its creator and a fixed date (the caller's clock). */
export function newWorkbook(createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'qsort';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
