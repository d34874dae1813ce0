import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { Study } from '../../core/types.ts';
import { sortTexts } from '../../i18n/sort.ts';
import { cardsFor, studyHeading } from '../cards.ts';
import { makeSortStyle } from '../theme.ts';
import qsortGrid from './index.ts';
import type { GridState } from './state.ts';
import { initGrid, isComplete, toScores } from './state.ts';

const study: Study = {
  schemaVersion: 1,
  title: 'Test study',
  language: 'en',
  instruction: { en: 'What matters most?' },
  statements: Array.from({ length: 9 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `Statement number ${i + 1} says something.` }, label: { en: `Label ${i + 1}` } })),
  distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] },
  questions: [],
  createdAt: '',
};
const presort = { agree: ['S1', 'S2', 'S3'], neutral: ['S4', 'S5', 'S6'], disagree: ['S7', 'S8', 'S9'] };

function config(lang: 'en' | 'nl', onChange?: (s: GridState) => void) {
  return {
    heading: studyHeading(study, lang),
    cards: cardsFor(study, lang),
    texts: sortTexts(lang),
    initial: initGrid(study.distribution, presort),
    size: { columns: 80, rows: 24 },
    ...(onChange ? { onChange } : {}),
  };
}

/** A prompt left open at the end of a test: its rejection when vitest exits is expected. */
async function open(c: Parameters<typeof qsortGrid>[0]) {
  const rendered = await render(qsortGrid, c);
  rendered.answer.catch(() => undefined);
  return rendered;
}

describe('qsort grid prompt', () => {
  it('draws the grid at 80 columns with the pile in view, and Enter ×9 completes the sort', async () => {
    const changes: GridState[] = [];
    const { answer, events, getScreen } = await render(qsortGrid, config('en', (s) => changes.push(s)));
    expect(getScreen()).toMatchInlineSnapshot(`
      "Test study                                                Grid · 0 of 9 placed
       What matters most?

        ◂ disagree                                                         agree ▸
              −2             −1             0              +1           ▸ +2 ◂
        ┌────────────┐ ┌────────────┐ ┌────────────┐ ┌────────────┐ ┌────────────┐
        │            │ │            │ │            │ │            │ ▸            ◂
        └────────────┘ │            │ │            │ │            │ └────────────┘
                       └────────────┘ │            │ └────────────┘
                                      └────────────┘

       The + agree pile, 3 left: pick the card you agree with most     Tab: − 3 · ○ 3
       ▸ 1  Statement number 1 says something.
         2  Statement number 2 says something.
         3  Statement number 3 says something.
       ↑/↓ card · ←/→ column · Enter place · Tab pile · Space move · ⌫ take back"
    `);
    for (let i = 0; i < 9; i++) events.keypress('enter');
    expect(getScreen()).toContain('All 9 statements are placed.');
    events.keypress('enter');
    const done = await answer;
    expect(isComplete(done)).toBe(true);
    expect(toScores(done)).toEqual({ S1: 2, S2: 1, S3: 1, S7: -2, S8: -1, S9: -1, S4: 0, S5: 0, S6: 0 });
    expect(changes).toHaveLength(9);
  });

  it('↓ chooses the third card of the pile and Enter places that one', async () => {
    const { events, getScreen } = await open(config('en'));
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toMatch(/▸ 3  Statement number 3 says something\./);
    events.keypress('enter');
    expect(getScreen()).toMatch(/│ +3 +│ *$/m); // 80 columns: numbers only in the cells
    expect(getScreen()).toContain('The + agree pile, 2 left');
  });

  it('refuses a full column with a message; Space, arrows and Enter move a card', async () => {
    const { events, getScreen } = await open(config('en'));
    events.keypress('enter'); // S1 → +2
    events.keypress('right'); // back to the full +2
    events.keypress('enter');
    expect(getScreen()).toContain('Column +2 is full: choose another column, or Space to move a card out.');
    expect(getScreen()).toMatch(/└ +full +┘/);
    events.keypress('space');
    expect(getScreen()).toContain('Selected card in column +2:');
    events.keypress('space');
    expect(getScreen()).toContain('Card 1 picked up');
    events.keypress('left');
    expect(getScreen()).toContain('Enter: card 1 to the free place in column +1.');
    events.keypress('enter');
    expect(getScreen()).toContain('Card 1 is now in column +1.');
    events.keypress('escape');
    expect(getScreen()).toContain('The + agree pile, 2 left');
  });

  it('Tab shows the next pile', async () => {
    const { events, getScreen } = await open(config('en'));
    events.keypress('tab');
    expect(getScreen()).toContain('The − disagree pile, 3 left: pick the card you disagree');
    expect(getScreen()).toMatch(/▸ 7  Statement number 7/);
  });

  it('speaks Dutch', async () => {
    const { events, getScreen } = await open(config('nl'));
    events.keypress('backspace');
    expect(getScreen()).toContain('Er is nog niets om terug te nemen.');
    expect(getScreen()).toContain('Raster · 0 van 9 geplaatst');
    expect(getScreen()).toContain('↑/↓ kaart · ←/→ kolom · Enter leggen · Tab stapel · spatie verplaatsen');
  });

  it('opens the help with ? and closes it with any key, without touching the cards', async () => {
    const changes: GridState[] = [];
    const { events, getScreen } = await open(config('nl', (s) => changes.push(s)));
    events.keypress('?');
    expect(getScreen()).toContain('Zo werkt het raster');
    expect(getScreen()).toContain('Lees eerst de hele stapel');
    events.keypress('enter');
    expect(getScreen()).toContain('Raster · 0 van 9 geplaatst');
    expect(changes).toHaveLength(0);
  });

  it('marks the cursor with inverse video when colour is on, and with ▸ ◂ always', async () => {
    const { getScreen } = await open({ ...config('en'), style: makeSortStyle(1) });
    expect(getScreen({ raw: true })).toContain('\u001b[7m');
    expect(getScreen()).toMatch(/▸ +◂/);
  });
});
