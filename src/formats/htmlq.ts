import type { SortRecord, Study } from '../core/types.ts';
import { parseCsv, toCsv } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { dataErrorAt } from './errors.ts';
import { positionalIds, scoresFromValues } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

const STATEMENT_COLUMN = /^s(\d+)$/;

/** Is this header row an HTMLQ / FlashQ export (s1…sN plus sid or uid)? */
export function looksLikeHtmlq(header: CsvRow | undefined): boolean {
  if (!header) return false;
  const names = header.cells.map((c) => c.toLowerCase());
  return names.includes('s1') && (names.includes('sid') || names.includes('uid'));
}

/**
 * HTMLQ / FlashQ CSV (`;`-separated; `,` and tab are detected too): a header with
 * `sid`, `uid`, `datetime`, `npos`, `nneu`, `nneg`, the statement columns
 * `s1…sN` (the score of statement k), `comment*` and `dur*`. The participant is
 * `uid`, else `sid`. Comments are kept (joined by line breaks); `datetime`, the
 * presort counts and the durations are not imported.
 */
export function parseHtmlq(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const rows = parseCsv(text, file);
  const header = rows[0];
  if (!header || !looksLikeHtmlq(header)) {
    throw dataErrorAt({ file, line: header?.line }, 'expected an HTMLQ header with "sid" or "uid" and the statement columns s1…sN');
  }
  const names = header.cells.map((c) => c.toLowerCase());
  const statementCols: number[] = [];
  const numbered = names.flatMap((name, col) => {
    const m = STATEMENT_COLUMN.exec(name);
    return m ? [{ k: Number(m[1]), col }] : [];
  });
  const last = numbered.reduce((max, n) => Math.max(max, n.k), 0);
  // s1…sN must all be there (checked without building an array as long as the largest N).
  const byNumber = new Map<number, number>();
  for (const n of numbered) {
    if (byNumber.has(n.k)) throw dataErrorAt({ file, line: header.line, column: n.col + 1 }, `the header has s${n.k} twice`);
    byNumber.set(n.k, n.col);
  }
  for (let k = 1; k <= Math.min(last, numbered.length + 1); k++) {
    const col = byNumber.get(k);
    if (col === undefined) throw dataErrorAt({ file, line: header.line }, `the header has s${last} but no s${k}`);
    statementCols.push(col);
  }
  const ids = positionalIds(statementCols.length, options.statementIds);
  const uid = names.indexOf('uid');
  const sid = names.indexOf('sid');
  const commentCols = names.flatMap((n, col) => (n.startsWith('comment') ? [col] : []));
  const sorts = rows.slice(1).map((row): ImportedSort => {
    const participant = (uid >= 0 ? row.cells[uid] : '') || (sid >= 0 ? row.cells[sid] : '') || '';
    if (participant === '') throw dataErrorAt({ file, line: row.line }, 'a row without a participant (neither uid nor sid is filled in)');
    const values = statementCols.map((col) => row.cells[col] ?? '');
    const scores = scoresFromValues(values, ids, { file, line: row.line, participant, columnOf: (k) => (statementCols[k] ?? 0) + 1 });
    const comment = commentCols.map((col) => row.cells[col] ?? '').filter((c) => c !== '').join('\n');
    return { participant, scores, line: row.line, ...(comment !== '' ? { comment } : {}) };
  });
  if (sorts.length === 0) throw dataErrorAt({ file, line: header.line }, 'no sorts below the header');
  return { sorts, statementIds: ids };
}

/** Writes `;`-separated HTMLQ CSV: sid, uid (the participant), datetime, presort counts, s1…sN, comment1. */
export function writeHtmlq(study: Study, sorts: readonly SortRecord[]): string {
  const n = study.statements.length;
  const rows: (string | number)[][] = [
    ['sid', 'uid', 'datetime', 'npos', 'nneu', 'nneg', ...Array.from({ length: n }, (_, i) => `s${i + 1}`), 'comment1'],
  ];
  sorts.forEach((s, i) => {
    rows.push([
      i + 1,
      s.participant,
      s.finishedAt ?? '',
      s.presort?.agree.length ?? '',
      s.presort?.neutral.length ?? '',
      s.presort?.disagree.length ?? '',
      ...study.statements.map((st) => s.scores[st.id] ?? ''),
      s.comment ?? '',
    ]);
  });
  return toCsv(rows, { delimiter: ';' });
}
