import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortTexts } from '../../i18n/sort.ts';
import type { Cards } from '../cards.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { renderPresort } from './render.ts';
import { initPresort, PILES, reducePresort } from './state.ts';

const long = 'Leidinggevenden geven medewerkers de ruimte en de tijd om klanten echt goed te helpen, ook als dat betekent dat zij van de vaste regels moeten afwijken om het probleem op te lossen.';
const cards: Cards = new Map(Array.from({ length: 40 }, (_, i) => [`S${i}`, { id: `S${i}`, number: String(i + 1), text: i % 2 ? long : 'Kort.', label: 'Label' }]));

describe('renderPresort', () => {
  it('fits any terminal from 40×12 up, always ending with the key help', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 40, max: 220 }), fc.integer({ min: 12, max: 70 }), fc.constantFrom('nl' as const, 'en' as const), (done, columns, rows, lang) => {
        let state = initPresort([...cards.keys()]);
        for (let i = 0; i < done; i++) state = reducePresort(state, { type: 'choose', pile: PILES[i % 3] ?? 'neutral' });
        const heading = { title: 'Klantgerichtheid van medewerkers', instruction: 'Welke aspecten hebben de grootste invloed op de klantgerichtheid van medewerkers in de zorg?' };
        const lines = renderPresort(state, { heading, cards, texts: sortTexts(lang), style: PLAIN_STYLE, size: { columns, rows } }).split('\n');
        expect(lines.length).toBeLessThanOrEqual(rows - 1);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns - 1);
        expect(lines.at(-1)).toMatch(/^ (1\/2\/3|Enter) /);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a long statement in full at 80×24', () => {
    const text = Array.from({ length: 3 }, () => long).join(' ');
    const one: Cards = new Map([['X', { id: 'X', number: '1', text, label: 'X' }]]);
    const screen = renderPresort(initPresort(['X']), { heading: { title: 'T', instruction: 'Q?' }, cards: one, texts: sortTexts('en'), style: PLAIN_STYLE, size: { columns: 80, rows: 24 } });
    expect(text.length).toBeGreaterThan(500);
    expect(screen).not.toContain('…');
    expect(screen.split('\n').length).toBeLessThanOrEqual(23);
    expect(screen.replace(/\s+/g, ' ')).toContain(text.slice(-60));
  });
});
