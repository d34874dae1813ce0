import type { SortRecord, Study } from '../core/types.ts';

/** The file formats qsort reads sorts from. */
export const IMPORT_FORMATS = ['csv-wide', 'csv-long', 'pqmethod', 'kade', 'htmlq', 'eqws', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The file formats `qsort export` writes. */
export const EXPORT_FORMATS = ['csv-wide', 'csv-long', 'pqmethod', 'kade', 'htmlq', 'eqws', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Excel workbooks: read and written apart from the text formats (formats/xlsx-import.ts, xlsx-sorts.ts). */
export const XLSX_FORMAT = 'xlsx';
export const XLSX_DESCRIPTION = "Excel .xlsx: KADE's input workbook (Type 2), or sheets like the CSV";
/** Every format `import` and `init --from` read, and `export` writes (the text formats and xlsx). */
export const FILE_IMPORT_FORMATS = [...IMPORT_FORMATS, XLSX_FORMAT] as const;
export const FILE_EXPORT_FORMATS = [...EXPORT_FORMATS, XLSX_FORMAT] as const;
export type FileImportFormat = (typeof FILE_IMPORT_FORMATS)[number];
export type FileExportFormat = (typeof FILE_EXPORT_FORMATS)[number];
/** Is this file name an Excel workbook's? */
export const isXlsxName = (name: string): boolean => /\.xlsx$/i.test(name);

/** What each format is, one line each (for --help and the README). */
export const FORMAT_DESCRIPTIONS: Readonly<Record<ImportFormat, string>> = {
  'csv-wide': 'header id,<sort>,<sort>,…; a row per statement (PQMethod, qmethod)',
  'csv-long': 'participant,team,statement,score; a row per score',
  pqmethod: 'PQMethod .DAT (fixed width), with its .STA of statements',
  kade: 'KADE / Ken-Q CSV: statement numbers, then a row per participant',
  htmlq: 'HTMLQ / FlashQ CSV: ;-separated, sid, uid, s1…sN, comment*, dur*',
  eqws: 'EQ Web Sort / Easy-HTMLQ JSON: records with "sort": "2|-1|0|…"',
  json: "qsort's own JSON: the study and every sort, whole",
};

/** The formats as an indented list for --help. */
export function formatList(formats: readonly (ImportFormat | typeof XLSX_FORMAT)[]): string {
  return formats.map((f) => `  ${f.padEnd(9)}  ${f === XLSX_FORMAT ? XLSX_DESCRIPTION : FORMAT_DESCRIPTIONS[f]}`).join('\n');
}

/** One sort as read from a file, before it is checked against a study. */
export interface ImportedSort {
  readonly participant: string;
  readonly team?: string;
  /** statement id → score. */
  readonly scores: Readonly<Record<string, number>>;
  /** The 1-based line the sort starts on (absent when the format has no lines worth naming). */
  readonly line?: number;
  /** The 1-based column (field) of the sort, when a sort is a column (wide CSV). */
  readonly column?: number;
  /** The line of each statement's score, when scores sit on lines of their own (wide and long CSV). */
  readonly statementLines?: ReadonlyMap<string, number>;
  /** Where else to point a reader when there is no line (e.g. a JSON record key). */
  readonly where?: string;
  readonly comment?: string;
  /** The whole sort record, when the file holds qsort's own records (kept as they are). */
  readonly record?: SortRecord;
}

/** What a parser returns: the sorts, and what the file says about the statements. */
export interface ImportedData {
  readonly sorts: readonly ImportedSort[];
  /**
   * The statement ids the scores refer to, in file order. For formats that name
   * statements (csv-wide, csv-long, json) these are the file's ids; for formats
   * that only give values in statement order (pqmethod, kade, htmlq, eqws) these
   * are the ids they were mapped to (the `statementIds` option, else 1..N).
   */
  readonly statementIds: readonly string[];
  /** A title, when the file holds one (PQMethod .DAT line 1, qsort's JSON export). */
  readonly title?: string;
  /** The whole study, when the file holds one (qsort's JSON export). */
  readonly study?: Study;
}

export interface ParseOptions {
  /** The file name used in error messages. */
  readonly file: string;
  /**
   * For formats without statement ids: the ids of statement 1..N, in order
   * (the study's statements). Without it, statements are numbered "1".."N".
   */
  readonly statementIds?: readonly string[];
}
