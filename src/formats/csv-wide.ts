import type { SortRecord, Study } from '../core/types.ts';
import { parseCsv, toCsv } from './csv.ts';
import { dataErrorAt } from './errors.ts';
import { parseScore } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

/**
 * Wide CSV (the PQMethod/qmethod layout): a header `id,<sort>,<sort>,…`, then one
 * row per statement `<statement id>,<score>,…`. Statement ids come from the file.
 * The first header cell is free (usually "id"). No teams.
 */
export function parseCsvWide(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const rows = parseCsv(text, file);
  const header = rows[0];
  if (!header) throw dataErrorAt({ file }, 'empty file: expected a header "id,<sort>,<sort>,…"', 'leeg bestand: verwacht een kopregel "id,<sortering>,<sortering>,…"');
  const names = header.cells.slice(1);
  if (names.length === 0) throw dataErrorAt({ file, line: header.line }, 'the header names no sorts (expected "id,<sort>,<sort>,…")', 'de kopregel noemt geen sorteringen (verwacht "id,<sortering>,<sortering>,…")');
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const column = i + 2;
    if (name === '') throw dataErrorAt({ file, line: header.line, column }, 'a sort without a name in the header', 'een sortering zonder naam in de kopregel');
    const before = seen.get(name);
    if (before !== undefined) throw dataErrorAt({ file, line: header.line, column, participant: name }, `the name appears twice in the header (also column ${before})`, `de naam staat twee keer in de kopregel (ook kolom ${before})`);
    seen.set(name, column);
  });
  const scores = names.map((): Record<string, number> => ({}));
  const statementIds: string[] = [];
  const idLines = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const id = row.cells[0] ?? '';
    if (id === '') throw dataErrorAt({ file, line: row.line, column: 1 }, 'a row without a statement id', 'een regel zonder stelling-id');
    const before = idLines.get(id);
    if (before !== undefined) throw dataErrorAt({ file, line: row.line, column: 1, statement: id }, `the statement appears twice (also line ${before})`, `de stelling staat er twee keer (ook regel ${before})`);
    idLines.set(id, row.line);
    if (row.cells.length !== names.length + 1) {
      throw dataErrorAt(
        { file, line: row.line, statement: id },
        `has ${row.cells.length - 1} score${row.cells.length === 2 ? '' : 's'}, the header names ${names.length} sort${names.length === 1 ? '' : 's'}`,
        `heeft ${row.cells.length - 1} score${row.cells.length === 2 ? '' : 's'}, de kopregel noemt ${names.length} sortering${names.length === 1 ? '' : 'en'}`,
      );
    }
    statementIds.push(id);
    names.forEach((participant, i) => {
      const target = scores[i] as Record<string, number>;
      target[id] = parseScore(row.cells[i + 1] ?? '', { file, line: row.line, column: i + 2, participant, statement: id });
    });
  }
  if (statementIds.length === 0) throw dataErrorAt({ file, line: header.line }, 'no statement rows below the header', 'geen regels met stellingen onder de kopregel');
  const sorts = names.map((participant, i): ImportedSort => ({ participant, scores: scores[i] ?? {}, line: header.line, column: i + 2, statementLines: idLines }));
  return { sorts, statementIds };
}

/** Writes the study's sorts as wide CSV: one row per statement (in study order), one column per sort. */
export function writeCsvWide(study: Study, sorts: readonly SortRecord[]): string {
  const rows: (string | number)[][] = [['id', ...sorts.map((s) => s.participant)]];
  for (const st of study.statements) rows.push([st.id, ...sorts.map((s) => s.scores[st.id] ?? '')]);
  return toCsv(rows);
}
