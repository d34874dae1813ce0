import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PresortAction } from './state.ts';
import { currentStatement, initPresort, isPresortDone, pileSizes, presortProblem, reducePresort, toPresort } from './state.ts';

describe('reducePresort', () => {
  it('chooses with 1/2/3, arrows move the highlight, Enter takes it, Backspace undoes', () => {
    let s = initPresort(['a', 'b', 'c']);
    s = reducePresort(s, { type: 'choose', pile: 'agree' });
    expect(currentStatement(s)).toBe('b');
    s = reducePresort(s, { type: 'move', dx: -1 });
    expect(s.highlight).toBe('disagree');
    s = reducePresort(s, { type: 'move', dx: -1 });
    expect(s.highlight).toBe('disagree');
    s = reducePresort(s, { type: 'confirm' });
    expect(s.highlight).toBe('neutral');
    s = reducePresort(s, { type: 'undo' });
    expect(s.highlight).toBe('disagree');
    expect(currentStatement(s)).toBe('b');
    s = reducePresort(reducePresort(s, { type: 'choose', pile: 'neutral' }), { type: 'choose', pile: 'disagree' });
    expect(isPresortDone(s)).toBe(true);
    expect(reducePresort(s, { type: 'choose', pile: 'agree' })).toBe(s);
    expect(toPresort(s)).toEqual({ agree: ['a'], neutral: ['b'], disagree: ['c'] });
    expect(pileSizes(s)).toEqual({ agree: 1, neutral: 1, disagree: 1 });
  });

  it('keeps every statement on at most one pile whatever the keys (fast-check)', () => {
    const action: fc.Arbitrary<PresortAction> = fc.oneof(
      fc.record({ type: fc.constant('choose' as const), pile: fc.constantFrom('agree' as const, 'neutral' as const, 'disagree' as const) }),
      fc.record({ type: fc.constant('move' as const), dx: fc.constantFrom(-1 as const, 1 as const) }),
      fc.constant({ type: 'confirm' as const }),
      fc.constant({ type: 'undo' as const }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }), fc.array(action, { maxLength: 150 }), (order, actions) => {
        let s = initPresort(order);
        for (const a of actions) s = reducePresort(s, a);
        const p = toPresort(s);
        const placed = [...p.agree, ...p.neutral, ...p.disagree];
        expect(new Set(placed).size).toBe(placed.length);
        expect(placed.sort()).toEqual(order.slice(0, s.choices.length).sort());
        expect(presortProblem(JSON.parse(JSON.stringify(s)), order)).toBeUndefined();
      }),
    );
  });

  it('presortProblem rejects an order of another study', () => {
    expect(presortProblem(initPresort(['a', 'b']), ['a', 'c'])).toMatch(/does not hold/);
    expect(presortProblem({ order: ['a'], choices: ['maybe'], highlight: 'agree' }, ['a'])).toMatch(/piles/);
  });
});
