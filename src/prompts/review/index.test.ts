import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { sortTexts } from '../../i18n/sort.ts';
import type { Cards } from '../cards.ts';
import pager from './index.ts';
import { reviewBody } from './render.ts';
import { reduceScroll } from './state.ts';

const cards: Cards = new Map(
  Array.from({ length: 12 }, (_, i) => [`S${i + 1}`, { id: `S${i + 1}`, number: String(i + 1), text: `Statement ${i + 1}, a text that is long enough to wrap onto a second line at eighty columns.`, label: `L${i + 1}` }]),
);
const columns = [['S1', 'S2'], ['S3', 'S4', 'S5'], ['S6', 'S7', 'S8', 'S9'], ['S10', 'S11'], ['S12']];
const texts = sortTexts('en');
const config = (allowBack: boolean) => ({
  heading: { title: 'Study', instruction: 'What matters most?' },
  right: 'Review',
  body: reviewBody(columns, [-2, -1, 0, 1, 2], cards, texts),
  keys: [texts.keys.confirm, texts.keys.back],
  scrollKey: texts.keys.scroll,
  allowBack,
  texts,
  size: { columns: 80, rows: 24 },
});

describe('review pager', () => {
  it('shows the columns from the highest score down, scrolls, and confirms with Enter', async () => {
    const { answer, events, getScreen } = await render(pager, config(true));
    expect(getScreen()).toMatchInlineSnapshot(`
      "Study                                                                   Review
       What matters most?

       This is how you sorted the statements, from most agree to least agree.

       Column +2
         12  Statement 12, a text that is long enough to wrap onto a second line at
             eighty columns.

       Column +1
         10  Statement 10, a text that is long enough to wrap onto a second line at
             eighty columns.
         11  Statement 11, a text that is long enough to wrap onto a second line at
             eighty columns.

       Column 0
          6  Statement 6, a text that is long enough to wrap onto a second line at
             eighty columns.
          7  Statement 7, a text that is long enough to wrap onto a second line at
             eighty columns.

       ↓ 18 more lines
       Enter confirm · ↑/↓ scroll · ⌫ back to the grid"
    `);
    for (let i = 0; i < 100; i++) events.keypress('down');
    expect(getScreen()).toContain('Column −2');
    expect(getScreen()).toContain('↑ 18 more lines');
    events.keypress('enter');
    await expect(answer).resolves.toBe('confirm');
  });

  it('goes back with Backspace only when allowed', async () => {
    const back = await render(pager, config(true));
    back.events.keypress('backspace');
    await expect(back.answer).resolves.toBe('back');
    const welcome = await render(pager, config(false));
    welcome.events.keypress('backspace');
    welcome.events.keypress('enter');
    await expect(welcome.answer).resolves.toBe('confirm');
  });

  it('reduceScroll clamps to the body', () => {
    expect(reduceScroll({ offset: 0 }, { type: 'line', delta: -1 }, 50, 10)).toEqual({ offset: 0 });
    expect(reduceScroll({ offset: 0 }, { type: 'end' }, 50, 10)).toEqual({ offset: 40 });
    expect(reduceScroll({ offset: 40 }, { type: 'page', delta: 1 }, 50, 10)).toEqual({ offset: 40 });
    expect(reduceScroll({ offset: 40 }, { type: 'page', delta: -1 }, 50, 10)).toEqual({ offset: 31 });
  });
});
