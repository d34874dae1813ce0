import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution, Study } from '../../core/types.ts';
import { sortTexts } from '../../i18n/sort.ts';
import { cardsFor, studyHeading } from '../cards.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { minimumSize, renderGrid } from './render.ts';
import type { GridAction } from './state.ts';
import { chosenCard, initGrid, reduceGrid } from './state.ts';

const D24: Distribution = { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] };
const D60: Distribution = { scores: [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5], counts: [3, 4, 5, 6, 7, 10, 7, 6, 5, 4, 3] };

function study(distribution: Distribution): Study {
  const count = distribution.counts.reduce((a, b) => a + b, 0);
  return {
    schemaVersion: 1,
    title: 'Klantgerichtheid van medewerkers',
    language: 'nl',
    instruction: { nl: 'Welke aspecten hebben de grootste invloed op de klantgerichtheid van medewerkers?' },
    statements: Array.from({ length: count }, (_, i) => ({
      id: `S${i + 1}`,
      text: { nl: `Stelling ${i + 1}: leidinggevenden geven medewerkers de ruimte en de tijd om klanten echt goed te helpen, elke dag weer.` },
      label: { nl: `Ruimte om te helpen ${i + 1}` },
    })),
    distribution,
    questions: [],
    createdAt: '',
  };
}

const action: fc.Arbitrary<GridAction> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<GridAction>({ type: 'enter' }) },
  fc.constant<GridAction>({ type: 'undo' }),
  fc.constant<GridAction>({ type: 'space' }),
  fc.constant<GridAction>({ type: 'escape' }),
  fc.constant<GridAction>({ type: 'tab', delta: 1 }),
  { weight: 3, arbitrary: fc.record({ type: fc.constant('arrow' as const), dx: fc.constantFrom(-1 as const, 0 as const, 1 as const), dy: fc.constantFrom(-1 as const, 0 as const, 1 as const) }) },
);

describe('renderGrid', () => {
  it('never draws a line wider than the terminal or more lines than it has (24 and 60 statements, any state, any size)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(D24, D60),
        fc.array(action, { maxLength: 120 }),
        fc.integer({ min: 40, max: 220 }),
        fc.integer({ min: 12, max: 70 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (distribution, actions, columns, rows, lang) => {
          const s0 = study(distribution);
          const ids = s0.statements.map((s) => s.id);
          let state = initGrid(distribution, { agree: ids.filter((_, i) => i % 3 === 0), neutral: ids.filter((_, i) => i % 3 === 1), disagree: ids.filter((_, i) => i % 3 === 2) });
          for (const a of actions) state = reduceGrid(state, a);
          const view = { heading: studyHeading(s0, lang), cards: cardsFor(s0, lang), texts: sortTexts(lang), style: PLAIN_STYLE, size: { columns, rows } };
          const lines = renderGrid(state, view).split('\n');
          expect(lines.length).toBeLessThanOrEqual(rows - 1);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns - 1);
          const min = minimumSize(state);
          if (columns >= min.columns && rows >= min.rows) {
            // The key help is always on screen, on the last line, and so is the chosen card of the pile in view.
            expect(lines.at(-1)).toMatch(/^ (↑\/↓|Enter|arrows|pijltjes) /);
            const chosen = chosenCard(state);
            if (chosen !== undefined) expect(lines.join('\n')).toMatch(new RegExp(`▸ +${chosen.slice(1)}  `));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('asks for a larger window when the grid cannot fit', () => {
    const s0 = study(D60);
    const ids = s0.statements.map((s) => s.id);
    const state = initGrid(D60, { agree: ids, neutral: [], disagree: [] });
    expect(minimumSize(state)).toEqual({ columns: 58, rows: 19 });
    const view = { heading: studyHeading(s0, 'en'), cards: cardsFor(s0, 'en'), texts: sortTexts('en'), style: PLAIN_STYLE, size: { columns: 50, rows: 24 } };
    expect(renderGrid(state, view)).toBe(' The window is too small for the grid. Make it at\n least 58 characters wide and 19 lines high.');
  });

  it('shows every placed card number at 80×24 for 60 statements', () => {
    const s0 = study(D60);
    const ids = s0.statements.map((s) => s.id);
    let state = initGrid(D60, { agree: ids.slice(0, 20), neutral: ids.slice(20, 40), disagree: ids.slice(40) });
    for (let i = 0; i < 60; i++) state = reduceGrid(state, { type: 'enter' });
    const screen = renderGrid(state, { heading: studyHeading(s0, 'nl'), cards: cardsFor(s0, 'nl'), texts: sortTexts('nl'), style: PLAIN_STYLE, size: { columns: 80, rows: 24 } });
    for (let n = 1; n <= 60; n++) expect(screen).toMatch(new RegExp(`(^|[^0-9])${n}([^0-9]|$)`, 'm'));
    expect(screen).toContain('Raster · 60 van 60 geplaatst');
  });
});
