import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataError } from '../errors.ts';

/** A parsed CSV row with the 1-based line it started on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Guesses the delimiter from the first non-empty line: `,`, `;` or tab (outside quotes). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/**
 * Parses CSV text (BOM, CRLF, quoted fields; `,` `;` or tab) into rows of strings.
 * Errors become a DataError naming file and line. Rows may have different lengths
 * (callers check what they need).
 */
export function parseCsv(text: string, file: string, options: { delimiter?: string } = {}): CsvRow[] {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      // Files edited on several systems mix CRLF and LF line ends.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records
      .map(({ record, info }) => ({ line: info.lines, cells: record }))
      .filter((r) => r.cells.some((c) => c !== ''));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new DataError(`${file}${line ? `:${line}` : ''}: ${error.message.replace(/^Invalid Record Length: /, '')}`, { cause: error });
    }
    throw new DataError(`${file}: cannot read as CSV (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/**
 * Writes rows as CSV (RFC 4180, `\n` line ends, quoting where needed). Fields with
 * `,`, `;`, a tab or surrounding spaces are quoted too, so that parseCsv's delimiter
 * detection and trimming give back exactly what was written.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: { delimiter?: ',' | ';' | '\t' } = {}): string {
  return stringify(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))),
    { delimiter: options.delimiter ?? ',', quoted_match: /[,;\t]|^\s|\s$/ },
  );
}
