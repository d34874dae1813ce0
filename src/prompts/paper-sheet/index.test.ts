import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { cardLabels, labelResolver } from '../../core/card-labels.ts';
import { columnsNotation } from '../../core/paper-sheet.ts';
import type { Statement } from '../../core/types.ts';
import { paperTexts } from '../../i18n/paper.ts';
import paperSheet from './index.ts';

const study: Statement[] = Array.from({ length: 6 }, (_, i) => ({ id: `S0${i + 1}`, text: { en: `statement ${i + 1}` } }));
const t = paperTexts('en');
const config = {
  columns: [
    { score: -1, count: 1 },
    { score: 0, count: 4 },
    { score: 1, count: 1 },
  ],
  cards: { labels: cardLabels(study), ids: study.map((s) => s.id), resolve: labelResolver(study) },
  texts: { heading: t.heading('"anne"'), instruction: t.instruction(6), column: t.column, left: t.left, lastColumn: t.lastColumn, keys: t.keys, problem: t.problem },
  doneText: t.sheetDone('"anne"'),
  width: 80,
};

describe('the paper sheet prompt', () => {
  it('takes a sheet column by column, refuses a wrong number at once, and resolves with the finished sheet', async () => {
    const { answer, events, getScreen } = await render(paperSheet, config);
    events.type('5');
    events.keypress('enter');
    events.type('1 7');
    expect(getScreen()).toMatchInlineSnapshot(`
      "The sheet of "anne"
      Type the numbers of the cards in each column, from the left (6 cards).
          −1 (1)  5
       ›   0 (4)  1 7
          +1 (1)

      Left: 2 3 4 6
      ✗ there is no card "7"
      Enter next column · Backspace on an empty line: back · Ctrl+C stop"
    `);
    events.keypress('backspace');
    events.type('2 5 ');
    expect(getScreen()).toContain('✗ card 5 is already in column −1');
    events.keypress('backspace');
    events.keypress('backspace');
    events.type('3 4');
    events.keypress('enter');
    expect(getScreen()).toContain('Enter alone takes the cards that are left.');
    events.keypress('enter');
    const sheet = await answer;
    expect(columnsNotation(sheet)).toBe('-1:S05 / 0:S01,S02,S03,S04 / 1:S06');
  });
});
