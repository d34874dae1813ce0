import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { Study } from '../../core/types.ts';
import { sortTexts } from '../../i18n/sort.ts';
import { cardsFor, studyHeading } from '../cards.ts';
import presortPrompt from './index.ts';
import type { PresortState } from './state.ts';
import { initPresort, toPresort } from './state.ts';

const study: Study = {
  schemaVersion: 1,
  title: 'Klantgerichtheid',
  language: 'nl',
  instruction: { nl: 'Wat is het belangrijkst?', en: 'What matters most?' },
  statements: [
    { id: 'A', text: { nl: 'Medewerkers hebben tijd om te luisteren.', en: 'Employees have time to listen.' } },
    { id: 'B', text: { nl: 'Leidinggevenden geven het goede voorbeeld.', en: 'Managers set a good example.' } },
    { id: 'C', text: { nl: 'Fouten maken mag.', en: 'Mistakes are allowed.' } },
  ],
  distribution: { scores: [-1, 0, 1], counts: [1, 1, 1] },
  questions: [],
  createdAt: '',
};

const config = (lang: 'nl' | 'en', onChange?: (s: PresortState) => void) => ({
  heading: studyHeading(study, lang),
  cards: cardsFor(study, lang),
  texts: sortTexts(lang),
  initial: initPresort(['B', 'A', 'C']),
  size: { columns: 80, rows: 24 },
  ...(onChange ? { onChange } : {}),
});

describe('pre-sort prompt', () => {
  it('shows one statement at a time with the three piles, and records every choice', async () => {
    const changes: PresortState[] = [];
    const { answer, events, getScreen } = await render(presortPrompt, config('en', (s) => changes.push(s)));
    expect(getScreen()).toMatchInlineSnapshot(`
      "Klantgerichtheid                                              Pre-sort · 1 / 3
       What matters most?
       ─────────────────────────────────────────────────────────────────────────────

       Statement 2

         Managers set a good example.





        [1] − disagree           ▸[2] ○ neutral ◂           [3] + agree
            less important            unsure                    important
            (0)                       (0)                       (0)


       1/2/3 or ←/→ + Enter choose · ⌫ take back · Ctrl-C stop"
    `);
    events.keypress('3');
    events.keypress('left');
    events.keypress('left');
    events.keypress('enter');
    expect(getScreen()).toContain('Statement 1 is on the − disagree pile.');
    expect(getScreen()).toContain('(1)                       (0)                       (1)');
    events.keypress('backspace');
    expect(getScreen()).toContain('Statement 1');
    expect(getScreen()).toContain('Employees have time to listen.');
    events.keypress('1');
    events.keypress('2');
    expect(getScreen()).toMatchInlineSnapshot(`
      "Klantgerichtheid                                              Pre-sort · 3 / 3
       What matters most?
       ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

       Every statement is on a pile: 1 agree, 1 neutral, 1 disagree.

       Press Enter to place them in the grid, or ⌫ to take back the last choice.







       Enter continue · ⌫ take back · Ctrl-C stop"
    `);
    events.keypress('enter');
    const state = await answer;
    expect(toPresort(state)).toEqual({ agree: ['B'], neutral: ['C'], disagree: ['A'] });
    expect(changes.map((s) => s.choices.length)).toEqual([1, 1, 2, 1, 2, 3]);
  });

  it('speaks Dutch', async () => {
    const { answer, getScreen } = await render(presortPrompt, config('nl'));
    answer.catch(() => undefined); // left open: its rejection when the test process exits is expected
    expect(getScreen()).toContain('Voorsorteren · 1 / 3');
    expect(getScreen()).toContain('[1] − oneens');
    expect(getScreen()).toContain('1/2/3 of ←/→ + Enter kiezen · ⌫ terugnemen · Ctrl-C stoppen');
  });
});
