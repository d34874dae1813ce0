import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Study } from '../../core/types.ts';
import { accessibleTexts } from '../../i18n/accessible.ts';
import { sortTexts } from '../../i18n/sort.ts';
import { cardsFor, studyHeading } from '../../prompts/cards.ts';
import type { GridState } from '../../prompts/qsort-grid/state.ts';
import { initGrid, toScores } from '../../prompts/qsort-grid/state.ts';
import { PLAIN_STYLE } from '../../prompts/theme.ts';
import { lineGrid, parseColumn } from './grid.ts';
import { LineIo } from './lines.ts';

const study: Study = {
  schemaVersion: 1,
  title: 'Test',
  language: 'en',
  instruction: { en: 'What matters?' },
  statements: Array.from({ length: 5 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `Statement ${i + 1} text.` }, short: { en: `Short ${i + 1}` } })),
  distribution: { scores: [-1, 0, 1], counts: [1, 3, 1] },
  questions: [],
  createdAt: '',
};

/** The grid step fed with `lines`; resolves with the grid and everything written. */
async function run(lines: readonly string[]): Promise<{ grid: GridState; out: string; changes: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const io = new LineIo(input, output);
  input.write(lines.map((l) => `${l}\n`).join(''));
  let changes = 0;
  const config = {
    heading: studyHeading(study, 'en'),
    cards: cardsFor(study, 'en'),
    texts: sortTexts('en'),
    style: PLAIN_STYLE,
    initial: initGrid(study.distribution, { agree: ['S1', 'S2'], neutral: ['S3'], disagree: ['S4', 'S5'] }),
    onChange: () => changes++,
  };
  const grid = await lineGrid(io, config, accessibleTexts('en'));
  io.close();
  return { grid, out, changes };
}

describe('the accessible grid', () => {
  it('reads columns as +1, 1, -1, −1 and 0', () => {
    expect([parseColumn('+1', [-1, 0, 1]), parseColumn('1', [-1, 0, 1]), parseColumn('-1', [-1, 0, 1]), parseColumn('−1', [-1, 0, 1]), parseColumn('0', [-1, 0, 1])]).toEqual([2, 2, 0, 0, 1]);
    expect(parseColumn('+5', [-1, 0, 1])).toBe(-1);
    expect(parseColumn('left', [-1, 0, 1])).toBe(-1);
  });

  it('places the named card in the named column, refuses a full one, moves and swaps, and knows list, grid, back', async () => {
    const { grid, out, changes } = await run([
      '2', // the second agree card …
      '', // … into the suggested column (+1)
      '1',
      '+1', // full: refused, asked again
      '0',
      'list',
      'back', // card 1 back onto its pile
      'nonsense',
      '1',
      '0',
      '4',
      '-1',
      '5',
      '',
      '3',
      '',
      'move 2 -1', // −1 is full: which card changes places?
      '', // the first (card 4)
      'grid',
      '',
    ]);
    expect(out).toContain('The + agree pile, 2 cards left: choose the card you agree with most.');
    expect(out).toContain('Card 2 into which column? Free: −1, 0, +1. (Enter: +1):');
    expect(out).toContain('Card 2 is in column +1. 1 of 5 placed.');
    expect(out).toContain('Column +1 is full (2 Short 2).');
    expect(out).toContain('Statement 1 taken back.');
    expect(out).toContain('“nonsense” is not a card.');
    expect(out).toContain('Column −1 is full: 4 Short 4. Which card changes places with it? (Enter: 4):');
    expect(out).toContain('Cards 2 and 4 changed places.');
    expect(out).toMatch(/Column \+1: 4 Short 4\.\nColumn 0: /);
    expect(toScores(grid)).toEqual({ S2: -1, S4: 1, S1: 0, S5: 0, S3: 0 });
    expect(changes).toBeGreaterThanOrEqual(8);
    // One plain line per prompt: nothing but text and newlines.
    expect(out).not.toContain('\x1b');
  });
});
