import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardLabels, labelResolver } from './card-labels.ts';
import { checkLine, columnsNotation, initPaperSheet, isDone, reducePaperSheet, type PaperSheetState, type SheetCards } from './paper-sheet.ts';
import type { Statement } from './types.ts';

const statements = (ids: readonly string[]): Statement[] => ids.map((id) => ({ id, text: { en: `text ${id}` } }));
const study = statements(Array.from({ length: 9 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));
const cardsOf = (set: readonly Statement[]): SheetCards => ({ labels: cardLabels(set), ids: set.map((s) => s.id), resolve: labelResolver(set) });
const cards = cardsOf(study);
const columns = [
  { score: -1, count: 2 },
  { score: 0, count: 5 },
  { score: 1, count: 2 },
];
const type = (state: PaperSheetState, text: string) => reducePaperSheet(state, { type: 'input', text }, cards);
const enter = (state: PaperSheetState) => reducePaperSheet(state, { type: 'enter' }, cards);

describe('card labels', () => {
  it('are the numbers 1…N when typing a number finds that statement, else the ids', () => {
    expect(cardLabels(study)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(cardLabels(statements(['sta_1', 'sta_2', 'sta_3']))).toEqual(['1', '2', '3']);
    expect(cardLabels(statements(['S03', 'S01', 'S02']))).toEqual(['S03', 'S01', 'S02']);
    expect(cardLabels(statements(['3', '1', '2']))).toEqual(['3', '1', '2']);
    expect(cardLabels(statements(['alpha', 'beta']))).toEqual(['1', '2']);
    expect(labelResolver(statements(['alpha', 'beta']))('2')).toBe('beta');
    expect(labelResolver(statements(['alpha', 'beta']))('BETA')).toBe('beta');
    expect(labelResolver(statements(['3', '1', '2']))('1')).toBe('1');
    expect(labelResolver(study)('s4')).toBe('S04');
    expect(labelResolver(study)('10')).toBeUndefined();
  });
});

describe('typing a paper sheet in', () => {
  it('checks every number as it is typed: unknown, twice, already in a column, too many', () => {
    let s = initPaperSheet(columns);
    expect(checkLine(type(s, '12'), cards).problem).toEqual({ kind: 'unknown', typed: '12' });
    expect(checkLine(type(s, '3 3 '), cards).problem).toEqual({ kind: 'twice', label: '3' });
    expect(checkLine(type(s, '3 4 5'), cards).problem).toEqual({ kind: 'too-many', count: 2, typed: 3 });
    s = enter(type(s, '3, 4'));
    expect(s).toMatchObject({ current: 1, filled: [['S03', 'S04']], input: '' });
    expect(checkLine(type(s, '1 4 '), cards).problem).toEqual({ kind: 'used', label: '4', score: -1 });
    expect(enter(type(s, '1 2')).refused).toEqual({ kind: 'too-few', count: 5, typed: 2 });
    expect(type(enter(type(s, '1 2')), '1 2 ').refused).toBeUndefined();
  });

  it('a label that may still grow is not refused before it is finished', () => {
    const many = statements(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    const c = cardsOf(many);
    const s = reducePaperSheet(initPaperSheet([{ score: 0, count: 12 }]), { type: 'input', text: '1 1' }, c);
    expect(checkLine(s, c).problem).toBeUndefined();
    expect(checkLine({ ...s, input: '1 1 ' }, c).problem).toEqual({ kind: 'twice', label: '1' });
    expect(checkLine({ ...s, input: '1 13' }, c).problem).toEqual({ kind: 'unknown', typed: '13' });
  });

  it('Backspace on an empty line goes back to the column before, with its cards to edit; the last column takes what is left', () => {
    let s = enter(type(initPaperSheet(columns), '3 4'));
    s = reducePaperSheet(s, { type: 'back' }, cards);
    expect(s).toMatchObject({ current: 0, filled: [], input: '3 4' });
    s = enter(enter(s));
    expect(s.current).toBe(1);
    s = enter(type(s, '1 2 5 6 7'));
    s = enter(s);
    expect(isDone(s)).toBe(true);
    expect(s.filled[2]).toEqual(['S08', 'S09']);
    expect(columnsNotation(s)).toBe('-1:S03,S04 / 0:S01,S02,S05,S06,S07 / 1:S08,S09');
  });

  it('never loses or doubles a card, and a finished sheet fills every column exactly (fast-check)', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('input' as const), text: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }).map((n) => n.join(' ')) }),
      fc.constant({ type: 'enter' as const }),
      fc.constant({ type: 'back' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let s = initPaperSheet(columns);
        for (const a of actions) s = reducePaperSheet(s, a, cards);
        const used = s.filled.flat();
        expect(new Set(used).size).toBe(used.length);
        s.filled.forEach((ids, c) => expect(ids).toHaveLength(columns[c]!.count));
        if (isDone(s)) expect([...used].sort()).toEqual(cards.ids);
      }),
    );
  });
});
