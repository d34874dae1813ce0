import { parseCsv } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { looksLikeEqws } from './eqws.ts';
import { looksLikeHtmlq } from './htmlq.ts';
import { isRecord } from './json-text.ts';
import { looksLikeQsortJson } from './qsort-json.ts';
import type { ImportFormat } from './types.ts';

/** How many lines of a CSV file detection looks at (a big file is not parsed twice). */
const HEAD_LINES = 50;

/** The first rows of a CSV text; the whole text when the cut falls inside a quoted field. */
function csvHead(text: string, fileName: string): CsvRow[] | undefined {
  let cut = -1;
  for (let k = 0; k < HEAD_LINES; k++) {
    cut = text.indexOf('\n', cut + 1);
    if (cut < 0) break;
  }
  for (const part of cut < 0 ? [text] : [text.slice(0, cut + 1), text]) {
    try {
      return parseCsv(part, fileName);
    } catch {
      // The cut fell inside a quoted field, or the text is no CSV at all.
    }
  }
  return undefined;
}

const DAT_HEADER = /^\uFEFF?\s*0\s*\d+\s+\d+/;

/**
 * Guesses a file's format from its name and content (`--format auto`):
 * - `.dat`, or a first line like "  0  9 33", → pqmethod;
 * - JSON (`.json`, or text starting with `{`/`[`) → qsort's own export when it has
 *   "study" and "sorts", else eqws;
 * - CSV: a header with participant, statement and score → csv-long; with s1 and
 *   sid/uid → htmlq; a first column of the study's statement ids → csv-wide; a
 *   first row of statement numbers or of scores → kade; otherwise csv-wide.
 * Returns undefined when nothing fits.
 */
export function detectFormat(fileName: string, text: string, statementIds?: readonly string[]): ImportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  if (ext === 'dat' || DAT_HEADER.test(body)) return 'pqmethod';
  const start = body.trimStart()[0];
  if (ext === 'json' || start === '{' || start === '[') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return ext === 'json' ? 'eqws' : undefined;
    }
    if (looksLikeQsortJson(data)) return 'json';
    if (looksLikeEqws(data) || ext === 'json' || isRecord(data)) return 'eqws';
    return undefined;
  }
  const rows = csvHead(body, fileName);
  if (!rows) return undefined;
  const header = rows[0];
  if (!header) return undefined;
  const names = new Set(header.cells.map((c) => c.toLowerCase()));
  if (names.has('participant') && names.has('statement') && names.has('score')) return 'csv-long';
  if (looksLikeHtmlq(header)) return 'htmlq';
  // A first column of the study's statement ids (in the rows looked at) is a wide CSV.
  if (statementIds && rows.length > 1) {
    const known = new Set(statementIds);
    if (rows.slice(1).every((r) => known.has(r.cells[0] ?? ''))) return 'csv-wide';
  }
  const values = header.cells.slice(1);
  if (values.length > 0 && values.every((c) => /^[+\-−–]?\d+$/.test(c))) return 'kade';
  return 'csv-wide';
}
