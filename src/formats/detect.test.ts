import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';

const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['lipset wide CSV', 'sorts.csv', fixture('lipset/sorts.csv'), undefined, 'csv-wide'],
    ['a .DAT by name', 'KLANT.DAT', fixture('pqmethod/KLANT.DAT'), undefined, 'pqmethod'],
    ['a .DAT by content', 'klant.txt', fixture('pqmethod/KLANT.DAT'), undefined, 'pqmethod'],
    ['long CSV', 'l.csv', 'participant,team,statement,score\nA,,1,0\n', undefined, 'csv-long'],
    ['HTMLQ', 'h.csv', 'sid;uid;s1;s2\n1;a;1;-1\n', undefined, 'htmlq'],
    ['KADE with the row of numbers', 'k.csv', ',1,2\nA,1,-1\n', undefined, 'kade'],
    ['KADE without it', 'k.csv', 'A,1,-1\nB,-1,1\n', undefined, 'kade'],
    ['wide CSV with numbered sorts, given the study ids', 'w.csv', 'id,1,2\nS1,1,-1\nS2,-1,1\n', ['S1', 'S2'], 'csv-wide'],
    ['EQ Web Sort JSON', 'e.json', '{"x":{"sort":"1|-1"}}', undefined, 'eqws'],
    ['EQ Web Sort JSON without the extension', 'e.txt', '[{"sort":"1|-1"}]', undefined, 'eqws'],
    ['qsort JSON', 'q.json', '{"study":{},"sorts":[]}', undefined, 'json'],
    ['broken JSON named .json', 'q.json', '{', undefined, 'eqws'],
  ] as const)('%s', (_, name, text, ids, format) => {
    expect(detectFormat(name, text, ids)).toBe(format);
  });

  it('gives up on what it cannot read', () => {
    expect(detectFormat('x.txt', '{')).toBeUndefined();
    expect(detectFormat('x.csv', '')).toBeUndefined();
    expect(detectFormat('x.csv', 'a,"b\n')).toBeUndefined();
  });
});

describe('detectFormat on big files', () => {
  it('looks at the first lines only, and copes with a cut inside a quoted field', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `P${i},,S1,0`).join('\n');
    expect(detectFormat('big.csv', `participant,team,statement,score\n${rows}\n`)).toBe('csv-long');
    const quoted = `participant,team,statement,score\n${Array.from({ length: 48 }, () => 'A,,S1,0').join('\n')}\n"B\nB",,S1,0\n`;
    expect(detectFormat('q.csv', quoted)).toBe('csv-long');
  });
});
