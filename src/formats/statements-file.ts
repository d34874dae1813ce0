import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, LocalText, Statement } from '../core/types.ts';
import { DataError, ioError, type IoWhat } from '../errors.ts';
import { decodeWindows1252 } from './windows-1252.ts';
import { parseCsv } from './csv.ts';

/** The built-in set: 24 statements on what makes employees customer-focused (nl + en). */
export const BUILTIN_STATEMENTS_FILE = fileURLToPath(new URL('../../statements/customer-focus.csv', import.meta.url));

/**
 * Text from bytes: UTF-16 when the file starts with a UTF-16 byte-order mark (Excel's
 * "Unicode text"), UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else
 * Windows-1252 — files from PQMethod on Windows often are. A replacement character
 * that is really in a UTF-8 file stays as it is.
 */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(buf);
  }
}

/** Reads a text file (UTF-8 with or without BOM, else Windows-1252); messages name it `shown` (default: the path). */
export async function readTextFile(path: string, what: IoWhat = 'file', shown = path): Promise<string> {
  try {
    const buf = await readFile(path);
    return decodeText(buf);
  } catch (error) {
    throw ioError(error, shown, 'read', what);
  }
}

/** A cell or id as it may appear inside a one-line message: whitespace runs (also line breaks in quoted cells) become one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** Throws on a repeated id, naming the line of the second occurrence (`lines[i]`: the line of statement i, when known). */
function checkUnique(statements: readonly Statement[], file: string, lines?: readonly number[]): Statement[] {
  const seen = new Map<string, number | undefined>();
  statements.forEach((s, i) => {
    const line = lines?.[i];
    if (seen.has(s.id)) {
      const before = seen.get(s.id);
      throw new DataError(`${file}${line !== undefined ? `:${line}` : ''}: statement id "${oneLine(s.id)}" appears twice${before !== undefined ? ` (also line ${before})` : ''}`);
    }
    seen.set(s.id, line);
  });
  if (statements.length < 2) throw new DataError(`${file}: a Q-set needs at least 2 statements, found ${statements.length}`);
  return [...statements];
}

/** Pads numbered ids so they sort: 1 → "1" (kept as given). */
const lineStatements = (lines: readonly string[], lang: Lang, file: string): Statement[] =>
  checkUnique(
    lines.map((text, i) => ({ id: String(i + 1), text: { [lang]: text } as LocalText })),
    file,
  );

/**
 * Parses a statements CSV. The header needs `id` and at least one text column:
 * `text` (in `lang`), or `nl` / `en`. Optional: `category`, `label` (in `lang`),
 * `label_nl`, `label_en`, and the grid's short labels `short` (in `lang`),
 * `short_nl`, `short_en`. Also accepts a header-less two-column file `id,text`.
 */
export function parseStatementsCsv(text: string, file: string, lang: Lang): Statement[] {
  const rows = parseCsv(text, file);
  const header = rows[0];
  if (!header) throw new DataError(`${file}: no statements found`);
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const hasHeader = col('id') >= 0;
  const idCol = hasHeader ? col('id') : 0;
  const textCols: Partial<Record<Lang, number>> = {};
  const labelCols: Partial<Record<Lang, number>> = {};
  const shortCols: Partial<Record<Lang, number>> = {};
  if (hasHeader) {
    const generic = col('text') >= 0 ? col('text') : col('statement');
    if (generic >= 0) textCols[lang] = generic;
    for (const l of ['nl', 'en'] as const) {
      if (col(l) >= 0) textCols[l] = col(l);
      if (col(`text_${l}`) >= 0) textCols[l] = col(`text_${l}`);
      if (col(`label_${l}`) >= 0) labelCols[l] = col(`label_${l}`);
      if (col(`short_${l}`) >= 0) shortCols[l] = col(`short_${l}`);
    }
    if (col('label') >= 0 && labelCols[lang] === undefined) labelCols[lang] = col('label');
    if (col('short') >= 0 && shortCols[lang] === undefined) shortCols[lang] = col('short');
    if (textCols.nl === undefined && textCols.en === undefined) {
      throw new DataError(`${file}:${header.line}: the header needs a text column ("text", "nl" or "en"), found: ${oneLine(header.cells.join(', '))}`);
    }
  } else {
    if (header.cells.length < 2) throw new DataError(`${file}:${header.line}: expected "id,text" (a header with id and text, or two columns)`);
    textCols[lang] = 1;
  }
  const categoryCol = hasHeader ? col('category') : -1;
  const body = hasHeader ? rows.slice(1) : rows;
  const statements = body.map((row): Statement => {
    const id = (row.cells[idCol] ?? '').trim();
    if (id === '') throw new DataError(`${file}:${row.line}: statement without an id`);
    const texts: { nl?: string; en?: string } = {};
    const labels: { nl?: string; en?: string } = {};
    const shorts: { nl?: string; en?: string } = {};
    const cell = (c: number | undefined) => (c !== undefined ? row.cells[c]?.trim() : undefined);
    for (const l of ['nl', 'en'] as const) {
      const t = cell(textCols[l]);
      if (t) texts[l] = t;
      const lb = cell(labelCols[l]);
      if (lb) labels[l] = lb;
      const sh = cell(shortCols[l]);
      if (sh) shorts[l] = sh;
    }
    if (texts.nl === undefined && texts.en === undefined) throw new DataError(`${file}:${row.line}: statement ${oneLine(id)} has no text`);
    const s: { id: string; text: LocalText; label?: LocalText; short?: LocalText; category?: string } = { id, text: texts };
    if (labels.nl !== undefined || labels.en !== undefined) s.label = labels;
    if (shorts.nl !== undefined || shorts.en !== undefined) s.short = shorts;
    const category = categoryCol >= 0 ? row.cells[categoryCol]?.trim() : undefined;
    if (category) s.category = category;
    return s;
  });
  return checkUnique(statements, file, body.map((row) => row.line));
}

/** A PQMethod .STA or a plain text file: one statement per line, ids 1..N. */
export function parseStatementLines(text: string, file: string, lang: Lang): Statement[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lineStatements(lines, lang, file);
}

/** Reads a statement set from CSV, PQMethod .STA or plain text (one per line). */
/** Reads a statements file; messages name it `shown` (default: the path), e.g. as the user typed it. */
export async function readStatementsFile(path: string, lang: Lang, shown = path): Promise<Statement[]> {
  const text = await readTextFile(path, 'statements', shown);
  const ext = extname(path).toLowerCase();
  // a table saved as text (Excel's "Unicode text" is tab-separated .txt) still starts with its id/text header
  if (ext === '.csv' || ext === '.tsv' || (ext === '.txt' && /^id[\t;,]/i.test(text))) return parseStatementsCsv(text, shown, lang);
  return parseStatementLines(text, shown, lang);
}

export async function builtinStatements(): Promise<Statement[]> {
  return parseStatementsCsv(await readTextFile(BUILTIN_STATEMENTS_FILE, 'builtin-statements'), BUILTIN_STATEMENTS_FILE, 'nl');
}
