import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError, IoError } from '../errors.ts';
import type { Statement } from '../core/types.ts';
import { builtinStatements, decodeText, parseStatementLines, parseStatementsCsv, readStatementsFile } from './statements-file.ts';
import { useTempDir } from '../../test/helpers/temp-dir.ts';

const tmp = useTempDir('qsort-statements-');

describe('the built-in customer-focus statements', () => {
  it('are 24, S01..S24, 8 per category, in both languages, with labels of at most 24 characters', async () => {
    const statements = await builtinStatements();
    expect(statements.map((s) => s.id)).toEqual(Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));
    const perCategory = new Map<string, number>();
    for (const s of statements) perCategory.set(s.category ?? '', (perCategory.get(s.category ?? '') ?? 0) + 1);
    expect(Object.fromEntries(perCategory)).toEqual({ willen: 8, kunnen: 8, mogen: 8 });
    for (const s of statements) {
      expect(s.text.nl, s.id).toMatch(/^[A-Z].*\.$/);
      expect(s.text.en, s.id).toMatch(/^[A-Z].*\.$/);
      expect(s.label?.nl?.length, s.id).toBeGreaterThan(0);
      expect(s.label?.en?.length, s.id).toBeGreaterThan(0);
      expect(s.label?.nl?.length ?? 99, s.id).toBeLessThanOrEqual(24);
      expect(s.label?.en?.length ?? 99, s.id).toBeLessThanOrEqual(24);
    }
  });

  it('hold the clinic top five verbatim (seed 003, lines 43-47), capitalised and ending in a full stop', async () => {
    const seed = [
      'medewerkers hebben de tijd om echt te luisteren naar klanten en hen te begrijpen;',
      'leidinggevenden geven de medewerkers de ruimte om klanten geweldig te helpen;',
      'de organisatie heeft een heldere visie op de klant;',
      'leidinggevenden geven het goede voorbeeld op het vlak van klantgericht gedrag;',
      'medewerkers worden actief betrokken bij allerlei verbeteractiviteiten.',
    ];
    const expected = seed.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1, -1)}.`);
    const statements = await builtinStatements();
    expect(statements.slice(0, 5).map((s) => s.text.nl)).toEqual(expected);
  });

  it('have distinct texts and labels (no statement twice)', async () => {
    const statements = await builtinStatements();
    for (const pick of [(s: Statement) => s.text.nl, (s: Statement) => s.text.en, (s: Statement) => s.label?.nl, (s: Statement) => s.label?.en]) {
      expect(new Set(statements.map(pick)).size).toBe(24);
    }
  });
});

describe('parseStatementsCsv', () => {
  it('reads id,category,nl,en,label_nl,label_en with quoted commas', () => {
    const csv = 'id,category,nl,en,label_nl,label_en\nA,mogen,"Een, twee.",One two.,Kort,Short\nB,,Drie.,,,\n';
    expect(parseStatementsCsv(csv, 'x.csv', 'nl')).toEqual([
      { id: 'A', category: 'mogen', text: { nl: 'Een, twee.', en: 'One two.' }, label: { nl: 'Kort', en: 'Short' } },
      { id: 'B', text: { nl: 'Drie.' } },
    ]);
  });

  it('reads id,text in the given language, with a label column, semicolons, a BOM and CRLF', () => {
    const csv = '\uFEFFID;Text;Label\r\n1;First statement;First\r\n2;Second statement;\r\n';
    expect(parseStatementsCsv(csv, 'x.csv', 'en')).toEqual([
      { id: '1', text: { en: 'First statement' }, label: { en: 'First' } },
      { id: '2', text: { en: 'Second statement' } },
    ]);
  });

  it('reads a header-less two-column file as id,text', () => {
    expect(parseStatementsCsv('1,Alpha\n2,Beta\n', 'x.csv', 'nl')).toEqual([
      { id: '1', text: { nl: 'Alpha' } },
      { id: '2', text: { nl: 'Beta' } },
    ]);
  });

  it.each([
    ['', 'x.csv: no statements found'],
    ['id,category\nA,mogen\n', 'x.csv:1: the header needs a text column ("text", "nl" or "en"), found: id, category'],
    ['just one column\nanother\n', 'x.csv:1: expected "id,text" (a header with id and text, or two columns)'],
    ['id,text\n,Alpha\nB,Beta\n', 'x.csv:2: statement without an id'],
    ['id,text\nA,\nB,Beta\n', 'x.csv:2: statement A has no text'],
    ['id,text\nA,Alpha\nA,Beta\n', 'x.csv:3: statement id "A" appears twice (also line 2)'],
    ['id,text\nA,Alpha\nB,Beta\n"A",Gamma\n', 'x.csv:4: statement id "A" appears twice (also line 2)'],
    ['id,text\nA,Alpha\n', 'x.csv: a Q-set needs at least 2 statements, found 1'],
    ['id,text\nA,"Alpha\nB,Beta\n', 'Quote Not Closed'],
  ])('rejects %j with a clear DataError', (csv, message) => {
    expect(() => parseStatementsCsv(csv, 'x.csv', 'nl')).toThrow(DataError);
    expect(() => parseStatementsCsv(csv, 'x.csv', 'nl')).toThrow(message);
  });
});

describe('parseStatementLines (PQMethod .STA, plain text)', () => {
  it('numbers non-empty lines 1..N and trims them', () => {
    expect(parseStatementLines('  First \r\n\r\nSecond\n', 'x.sta', 'en')).toEqual([
      { id: '1', text: { en: 'First' } },
      { id: '2', text: { en: 'Second' } },
    ]);
  });

  it('needs two statements', () => {
    expect(() => parseStatementLines('only one\n', 'x.sta', 'en')).toThrow('x.sta: a Q-set needs at least 2 statements, found 1');
  });
});

describe('readStatementsFile', () => {
  it('chooses the parser by extension', async () => {
    await writeFile(join(tmp.path, 'a.csv'), 'id,en\nX,Ex\nY,Why\n');
    await writeFile(join(tmp.path, 'a.sta'), 'id,en\nX,Ex\n');
    expect((await readStatementsFile(join(tmp.path, 'a.csv'), 'nl')).map((s) => s.id)).toEqual(['X', 'Y']);
    expect((await readStatementsFile(join(tmp.path, 'a.sta'), 'nl')).map((s) => s.text.nl)).toEqual(['id,en', 'X,Ex']);
  });

  it('reads Windows-1252 text (PQMethod on Windows)', async () => {
    await writeFile(join(tmp.path, 'w.sta'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x6e, 0x61, 0xef, 0x65, 0x66, 0x0d, 0x0a]));
    expect((await readStatementsFile(join(tmp.path, 'w.sta'), 'nl')).map((s) => s.text.nl)).toEqual(['café', 'naïef']);
  });

  it('turns a missing file into an IoError naming it', async () => {
    const missing = join(tmp.path, 'nope.csv');
    await expect(readStatementsFile(missing, 'nl')).rejects.toThrow(IoError);
    await expect(readStatementsFile(missing, 'nl')).rejects.toThrow(`cannot read the statements ${missing}: no such file or folder`);
  });
});

/** A DataError, or a valid statement set: unique non-empty ids, text in some language, at least two. */
function expectDataErrorOrValidSet(parse: () => Statement[]): void {
  let statements: Statement[];
  try {
    statements = parse();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).not.toMatch(/\n/);
    return;
  }
  expect(statements.length).toBeGreaterThanOrEqual(2);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  for (const s of statements) {
    expect(s.id.trim()).not.toBe('');
    expect((s.text.nl ?? s.text.en ?? '').trim()).not.toBe('');
  }
}

describe('statements files: random input never crashes', () => {
  it('random bytes in a .csv, .sta or .txt file give a DataError or a valid set', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('.csv', '.tsv', '.sta', '.txt'), async (bytes, ext) => {
        const path = join(tmp.path, `r${n++}${ext}`);
        await writeFile(path, bytes);
        let result: Statement[] | undefined;
        try {
          result = await readStatementsFile(path, 'nl');
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
          return;
        }
        expectDataErrorOrValidSet(() => result ?? []);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV-like text (quotes, delimiters, line breaks) gives a DataError or a valid set', () => {
    const csvish = fc
      .array(fc.constantFrom('id', 'text', 'nl', 'en', 'label', 'category', 'A', 'B', '1', ',', ';', '\t', '"', '\n', '\r\n', ' ', 'x', '\uFEFF', ''), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(csvish, fc.constantFrom('nl' as const, 'en' as const), (text, lang) => {
        expectDataErrorOrValidSet(() => parseStatementsCsv(text, 'r.csv', lang));
        expectDataErrorOrValidSet(() => parseStatementLines(text, 'r.sta', lang));
      }),
      { numRuns: 1000 },
    );
  });

  it('mutating the built-in file never crashes the parser', async () => {
    const { readFile } = await import('node:fs/promises');
    const { BUILTIN_STATEMENTS_FILE } = await import('./statements-file.ts');
    const original = await readFile(BUILTIN_STATEMENTS_FILE, 'utf8');
    fc.assert(
      fc.property(fc.nat({ max: original.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        const mutated = original.slice(0, at) + insert + original.slice(at + cut);
        expectDataErrorOrValidSet(() => parseStatementsCsv(mutated, 'm.csv', 'nl'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readStatementsFile: a table saved as .txt', () => {
  const dir = useTempDir('qsort-stxt-');
  it('reads a tab-separated .txt with an id/text header as a table (Excel\'s "Unicode text")', async () => {
    const file = join(dir.path, 'set.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\ttext\r\nA\tAlpha\r\nB\tBeta\r\n', 'utf16le')]));
    const statements = await readStatementsFile(file, 'en');
    expect(statements.map((s) => [s.id, s.text.en])).toEqual([
      ['A', 'Alpha'],
      ['B', 'Beta'],
    ]);
  });
});

describe('decodeText', () => {
  it('reads UTF-16 with a byte-order mark (Excel\'s "Unicode text"), little- and big-endian', () => {
    const text = 'id\ttext\r\nA\tZoë werkt graag €\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });

  it('keeps a replacement character that is really in a UTF-8 file, and reads invalid UTF-8 as Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFa\uFFFDb'))).toBe('a\uFFFDb');
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0xe9]))).toBe('€ é');
  });
});
