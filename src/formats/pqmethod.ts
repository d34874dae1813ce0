import { statementText } from '../core/text.ts';
import type { Distribution, Lang, SortRecord, Study } from '../core/types.ts';
import { DataError } from '../errors.ts';
import { dataErrorAt } from './errors.ts';
import { positionalIds, scoresFromValues } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';
import { encodeWindows1252 } from './windows-1252.ts';

/**
 * PQMethod `.DAT` (see docs: FORMATS.md), fixed width, 1-based columns:
 *   line 1: `  0`, number of sorts (%3d), number of statements (%3d), a space, the title;
 *   line 2: lowest and highest score (%3d each), then 20 counts for the scores −6..+13;
 *   then one line per sort: the name in columns 1–8, columns 9–10 blank, then 2
 *   characters per statement in statement order.
 * Readers tolerate trailing spaces, CRLF and a DOS end-of-file mark; the writer writes
 * CRLF and no trailing spaces.
 */

export const PQ_MIN_SCORE = -6;
export const PQ_MAX_SCORE = 13;
const NAME_WIDTH = 8;
const FIRST_SCORE_COLUMN = 11;

function intField(line: string, from: number, to: number, place: { file: string; line: number }, what: string): number {
  const text = line.slice(from - 1, to).trim();
  if (!/^[+-]?\d+$/.test(text)) throw dataErrorAt({ ...place, column: from }, `${what} (columns ${from}–${to}) must be a whole number, found ${JSON.stringify(text)}`);
  return Number(text);
}

export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\u001a+\s*$/, '').split(/\r\n|\r|\n/).map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Parses a .DAT file. Statement k gets the k-th of `statementIds` (else the id "k"). */
export function parsePqmethodDat(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const lines = splitLines(text);
  const first = lines[0];
  if (first === undefined) throw dataErrorAt({ file }, 'empty file: expected a PQMethod .DAT header');
  const at1 = { file, line: 1 };
  if (intField(first, 1, 3, at1, 'the first field') !== 0) throw dataErrorAt({ ...at1, column: 1 }, 'a PQMethod .DAT file starts with "  0"');
  const sortCount = intField(first, 4, 6, at1, 'the number of sorts');
  const statementCount = intField(first, 7, 9, at1, 'the number of statements');
  if (statementCount < 1) throw dataErrorAt({ ...at1, column: 7 }, 'the number of statements must be at least 1');
  const title = first.slice(10).trim();
  const second = lines[1];
  if (second === undefined) throw dataErrorAt({ file, line: 2 }, 'missing: the line with the lowest and highest score and the counts');
  const at2 = { file, line: 2 };
  const lo = intField(second, 1, 3, at2, 'the lowest score');
  const hi = intField(second, 4, 6, at2, 'the highest score');
  if (hi < lo) throw dataErrorAt({ ...at2, column: 4 }, `the highest score ${hi} is below the lowest score ${lo}`);
  const ids = positionalIds(statementCount, options.statementIds);
  if (ids.length !== statementCount) {
    throw dataErrorAt({ ...at1, column: 7 }, `the file has ${statementCount} statements, the study has ${ids.length}`);
  }
  const width = FIRST_SCORE_COLUMN - 1 + 2 * statementCount;
  const sorts: ImportedSort[] = [];
  lines.slice(2).forEach((raw, i) => {
    const line = i + 3;
    if (raw.trim() === '') return;
    const participant = raw.slice(0, NAME_WIDTH).trim();
    if (participant === '') throw dataErrorAt({ file, line, column: 1 }, 'a sort without a name in columns 1–8');
    const place = { file, line, participant };
    if (raw.slice(NAME_WIDTH, FIRST_SCORE_COLUMN - 1).trim() !== '') throw dataErrorAt({ ...place, column: NAME_WIDTH + 1 }, 'columns 9–10 must be blank (a name has at most 8 characters)');
    if (raw.length > width) throw dataErrorAt({ ...place, column: width + 1 }, `the line is longer than 10 + 2 × ${statementCount} characters`);
    const values = Array.from({ length: statementCount }, (_, k) => raw.slice(FIRST_SCORE_COLUMN - 1 + 2 * k, FIRST_SCORE_COLUMN + 1 + 2 * k));
    const scores = scoresFromValues(values, ids, { ...place, columnOf: (k) => FIRST_SCORE_COLUMN + 2 * k });
    sorts.push({ participant, scores, line });
  });
  if (sorts.length !== sortCount) throw dataErrorAt({ ...at1, column: 4 }, `the header says ${sortCount} sorts but the file holds ${sorts.length}`);
  return { sorts, statementIds: ids, ...(title !== '' ? { title } : {}) };
}

/**
 * Names PQMethod can hold: at most 8 printable ASCII characters, unique. A name that
 * already fits is kept; others are transliterated, shortened and, where needed,
 * made unique with "~2", "~3", ….
 */
export function pqmethodNames(participants: readonly string[]): string[] {
  const clean = participants.map((p) =>
    p
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .trim(),
  );
  const fits = (p: string, i: number) => clean[i] === p && p.length > 0 && p.length <= NAME_WIDTH;
  const used = new Set<string>();
  const names: (string | undefined)[] = participants.map((p, i) => {
    if (!fits(p, i) || used.has(p)) return undefined;
    used.add(p);
    return p;
  });
  return names.map((name, i) => {
    if (name !== undefined) return name;
    const base = (clean[i] ?? '').slice(0, NAME_WIDTH).trimEnd() || `sort${i + 1}`.slice(0, NAME_WIDTH);
    let candidate = base;
    for (let k = 2; used.has(candidate); k++) {
      const suffix = `~${k}`;
      candidate = `${base.slice(0, NAME_WIDTH - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(candidate);
    return candidate;
  });
}

const pad3 = (n: number) => String(n).padStart(3, ' ');

/** The .DAT text (CRLF line ends, no trailing spaces). Throws a DataError for what PQMethod cannot hold. */
export function writePqmethodDat(study: Study, sorts: readonly SortRecord[], names: readonly string[] = pqmethodNames(sorts.map((s) => s.participant))): string {
  const d: Distribution = study.distribution;
  const lo = d.scores[0] ?? 0;
  const hi = d.scores[d.scores.length - 1] ?? 0;
  if (lo < PQ_MIN_SCORE || hi > PQ_MAX_SCORE) {
    throw new DataError(`PQMethod holds scores ${PQ_MIN_SCORE}..+${PQ_MAX_SCORE} only; this study uses ${lo}..${hi}`);
  }
  if (sorts.length > 999 || study.statements.length > 999) {
    throw new DataError(`a PQMethod .DAT holds at most 999 sorts and 999 statements; this study has ${sorts.length} sorts and ${study.statements.length} statements`);
  }
  const title = study.title.replace(/[\r\n\t]+/g, ' ').trim().slice(0, 60).trimEnd();
  const header = `  0${pad3(sorts.length)}${pad3(study.statements.length)}${title ? ` ${title}` : ''}`;
  const counts = Array.from({ length: PQ_MAX_SCORE - PQ_MIN_SCORE + 1 }, (_, i) => {
    const k = d.scores.indexOf(PQ_MIN_SCORE + i);
    return pad3(k >= 0 ? (d.counts[k] ?? 0) : 0);
  });
  const lines = [header, `${pad3(lo)}${pad3(hi)}${counts.join('')}`];
  sorts.forEach((s, i) => {
    const values = study.statements.map((st) => String(s.scores[st.id] ?? 0).padStart(2, ' ')).join('');
    lines.push(`${(names[i] ?? '').padEnd(NAME_WIDTH, ' ')}  ${values}`.trimEnd());
  });
  return `${lines.join('\r\n')}\r\n`;
}

export interface StaFile {
  readonly bytes: Uint8Array;
  readonly encoding: 'windows-1252' | 'utf-8';
}

/**
 * The .STA: one statement per line in study order, CRLF line ends, Windows-1252 when
 * every character has a Windows-1252 byte (what PQMethod on Windows reads), else
 * UTF-8 with a byte-order mark so that no text is lost.
 */
export function writePqmethodSta(study: Study, lang: Lang): StaFile {
  const text = study.statements.map((s) => (statementText(s, lang).replace(/\s*[\r\n]+\s*/g, ' ').trim() || s.id)).join('\r\n') + '\r\n';
  const cp = encodeWindows1252(text);
  if (cp) return { bytes: cp, encoding: 'windows-1252' };
  return { bytes: new TextEncoder().encode(`\uFEFF${text}`), encoding: 'utf-8' };
}

