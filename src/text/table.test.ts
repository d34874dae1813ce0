import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';

describe('renderTable with a wrapping column', () => {
  const columns = [{ header: 'n', right: true }, { header: 'text', wrap: true }, { header: 'mean', right: true }];
  const long = 'the quick brown fox jumps over the lazy dog and keeps running far away';

  it('wraps the cell over several lines and keeps the other cells on the first', () => {
    expect(renderTable(columns, [['1', long, '+1.00'], ['2', 'short', '−0.50']], 30)).toBe(
      [
        'n  text                   mean',
        '─  ────────────────────  ─────',
        '1  the quick brown fox   +1.00',
        '   jumps over the lazy',
        '   dog and keeps',
        '   running far away',
        '2  short                 −0.50',
        '',
      ].join('\n'),
    );
  });

  it('lets the wrapping column give way first, and never loses a word', () => {
    for (const width of [24, 40, 80]) {
      const out = renderTable(columns, [['12', long, '+1.00']], width);
      expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(width);
      const words = out.split('\n').slice(2).join(' ').split(/\s+/).filter((w) => w !== '' && !/^[+\d.]+$/.test(w));
      expect(words.join(' ')).toBe(long);
    }
  });

  it('styles each wrapped line of a cell', () => {
    const out = renderTable(columns, [['1', long, '+1.00']], 30, (t, _r, c) => (c === 1 ? `<${t}>` : t));
    expect(out.split('\n').slice(2, 6).every((l) => l.includes('<'))).toBe(true);
  });
});
