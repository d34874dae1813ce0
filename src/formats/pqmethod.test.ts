import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatementLines } from './statements-file.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { DataError } from '../errors.ts';
import { decodeWindows1252 } from './windows-1252.ts';
import { parsePqmethodDat, pqmethodNames, writePqmethodDat, writePqmethodSta } from './pqmethod.ts';

/** The .DAT example of FORMATS.md, with CRLF line ends. */
const example = readFileSync(new URL('../../test/fixtures/pqmethod/KLANT.DAT', import.meta.url), 'latin1');
const ids = Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);

function studyOf(statements: number, title = 'Klantgericht'): Study {
  return {
    schemaVersion: 1,
    title,
    language: 'nl',
    instruction: { nl: '?' },
    statements: Array.from({ length: statements }, (_, i) => ({ id: ids[i] ?? String(i + 1), text: { nl: `Stelling ${i + 1}` } })),
    distribution: { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] },
    questions: [],
    createdAt: '',
  };
}

describe('parsePqmethodDat', () => {
  it('reads the FORMATS.md example: title, names, 24 scores each, mapped to the study ids by position', () => {
    const data = parsePqmethodDat(example, { file: 'KLANT.DAT', statementIds: ids });
    expect(data.title).toBe('Klantgericht');
    expect(data.sorts.map((s) => [s.participant, s.line])).toEqual([
      ['P01', 3],
      ['Anne-Mar', 4],
    ]);
    expect(Object.values(data.sorts[0]?.scores ?? {})).toEqual([2, 0, 4, 1, 3, 0, -2, 0, -1, -1, -4, -1, -3, 2, 1, 0, 3, 1, 1, -2, -1, -3, 2, -2]);
    expect(data.sorts[1]?.scores['S10']).toBe(4);
  });

  it('numbers statements 1..N without study ids', () => {
    expect(parsePqmethodDat(example, { file: 'KLANT.DAT' }).statementIds).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('tolerates trailing spaces, LF or CR line ends, blank lines at the end and a DOS end-of-file mark', () => {
    const messy = `${example.replace(/\r\n/g, '   \n')}\n\n\u001a`;
    expect(parsePqmethodDat(messy, { file: 'm.DAT' }).sorts).toEqual(parsePqmethodDat(example, { file: 'm.DAT' }).sorts);
    expect(parsePqmethodDat(example.replace(/\r\n/g, '\r'), { file: 'm.DAT' }).sorts).toHaveLength(2);
  });

  const lines = example.split('\r\n');
  const withLine = (i: number, line: string) => lines.map((l, k) => (k === i ? line : l)).join('\r\n');
  it.each([
    ['', 'K.DAT: empty file'],
    [withLine(0, '  1  2 24 x'), 'K.DAT:1:1: a PQMethod .DAT file starts with "  0"'],
    [withLine(0, '  0  x 24 x'), 'K.DAT:1:4: the number of sorts (columns 4–6) must be a whole number, found "x"'],
    [withLine(0, '  0  3 24 x'), 'K.DAT:1:4: the header says 3 sorts but the file holds 2'],
    [withLine(0, '  0  2 23 x'), 'K.DAT:1:7: the file has 23 statements, the study has 24'],
    [lines[0] ?? '', 'K.DAT:2: missing'],
    [withLine(1, ' -4 -5'), 'K.DAT:2:4: the highest score -5 is below the lowest score -4'],
    [withLine(2, 'P01        2 0 4 1 3 0-2 0-1-1-4-1-3 2 1 0 3 1 1-2-1-3 2'), 'K.DAT:3:57, participant "P01", statement S24: no score'],
    [withLine(2, 'P01        2 0 4 1 3 0-2 0-1-1-4-1-3 2 1 0 3 1 1-2-1-3 2-2 1'), 'K.DAT:3:59, participant "P01": the line is longer than 10 + 2 × 24 characters'],
    [withLine(2, 'P01     x  2 0 4 1 3 0-2 0-1-1-4-1-3 2 1 0 3 1 1-2-1-3 2-2'), 'K.DAT:3:9, participant "P01": columns 9–10 must be blank'],
    [withLine(2, 'P01        2 0 4 1 3 0-2 0-1-1-4 x-3 2 1 0 3 1 1-2-1-3 2-2'), 'K.DAT:3:33, participant "P01", statement S12: score "x" is not a whole number'],
    [withLine(2, '           2 0 4 1 3 0-2 0-1-1-4-1-3 2 1 0 3 1 1-2-1-3 2-2'), 'K.DAT:3:1: a sort without a name'],
  ])('rejects a broken file with file, line and column (%#)', (text, message) => {
    expect(() => parsePqmethodDat(text, { file: 'K.DAT', statementIds: ids })).toThrow(DataError);
    expect(() => parsePqmethodDat(text, { file: 'K.DAT', statementIds: ids })).toThrow(message);
  });
});

describe('writePqmethodDat', () => {
  it('writes the FORMATS.md example back byte for byte', () => {
    const data = parsePqmethodDat(example, { file: 'KLANT.DAT', statementIds: ids });
    const sorts = data.sorts.map((s, i): SortRecord => ({ schemaVersion: 1, sortId: String(i), participant: s.participant, source: 'import', scores: s.scores }));
    expect(writePqmethodDat(studyOf(24), sorts)).toBe(example);
  });

  it('writes no trailing spaces, even without a title or with short names', () => {
    const sorts: SortRecord[] = [{ schemaVersion: 1, sortId: '1', participant: 'A', source: 'add', scores: Object.fromEntries(ids.map((id, i) => [id, [-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4][i] ?? 0])) }];
    const dat = writePqmethodDat(studyOf(24, ''), sorts);
    for (const line of dat.split('\r\n')) expect(line).toBe(line.trimEnd());
    expect(dat.split('\r\n')[0]).toBe('  0  1 24');
    expect(dat.split('\r\n')[2]).toHaveLength(10 + 2 * 24);
  });

  it('refuses what PQMethod cannot hold', () => {
    const study = { ...studyOf(24), distribution: { scores: [-7, -6], counts: [12, 12] } };
    expect(() => writePqmethodDat(study, [])).toThrow('PQMethod holds scores -6..+13 only; this study uses -7..-6');
  });
});

describe('pqmethodNames', () => {
  it('keeps names that fit, cuts, transliterates and numbers the rest', () => {
    expect(pqmethodNames(['P01', 'Anne-Marie', 'Anne-Mar', 'Anne-Maria', 'Zoë', '  ', 'a b'])).toEqual(['P01', 'Anne-M~2', 'Anne-Mar', 'Anne-M~3', 'Zoe', 'sort6', 'a b']);
  });
});

describe('writePqmethodSta', () => {
  it('writes Windows-1252 with CRLF when every character fits, one statement per line', () => {
    const study = { ...studyOf(3), statements: [{ id: 'a', text: { nl: 'Één “goed” idee' } }, { id: 'b', text: { nl: 'twee\nregels' } }, { id: 'c', text: { nl: 'drie €' } }] };
    const sta = writePqmethodSta(study, 'nl');
    expect(sta.encoding).toBe('windows-1252');
    expect(Buffer.from(sta.bytes).toString('latin1')).toBe('\xC9\xE9n \x93goed\x94 idee\r\ntwee regels\r\ndrie \x80\r\n');
    const back = decodeWindows1252(sta.bytes);
    expect(parseStatementLines(back, 'x.STA', 'nl').map((s) => s.text.nl)).toEqual(['Één “goed” idee', 'twee regels', 'drie €']);
  });

  it('falls back to UTF-8 with a byte-order mark when a character has no Windows-1252 byte', () => {
    const study = { ...studyOf(2), statements: [{ id: 'a', text: { nl: '日本' } }, { id: 'b', text: { nl: 'b' } }] };
    const sta = writePqmethodSta(study, 'nl');
    expect(sta.encoding).toBe('utf-8');
    expect(new TextDecoder().decode(sta.bytes)).toBe('日本\r\nb\r\n');
    expect([...sta.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
