import { ValidationError } from '@inquirer/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quasiNormalDistribution } from '../../core/distribution.ts';
import type { Distribution, Presort, Statement } from '../../core/types.ts';
import { sortProblems } from '../../core/validate-sort.ts';
import { restoreGrid } from './check.ts';
import type { GridAction, GridState } from './state.ts';
import { bestColumn, chosenCard, focusedCard, initGrid, isComplete, pileCards, reduceGrid, toScores } from './state.ts';

const D24: Distribution = { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] };
const D9: Distribution = { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
const statements = (list: readonly string[]): Statement[] => list.map((id) => ({ id, text: { en: id } }));
const presort: Presort = { agree: ['S01', 'S02', 'S03'], neutral: ['S04', 'S05', 'S06'], disagree: ['S07', 'S08', 'S09'] };

const run = (s: GridState, ...actions: GridAction[]): GridState => actions.reduce(reduceGrid, s);
const enter: GridAction = { type: 'enter' };
const space: GridAction = { type: 'space' };
const up: GridAction = { type: 'arrow', dx: 0, dy: -1 };
const down: GridAction = { type: 'arrow', dx: 0, dy: 1 };
const left: GridAction = { type: 'arrow', dx: -1, dy: 0 };
const right: GridAction = { type: 'arrow', dx: 1, dy: 0 };

function enterUntilDone(state: GridState, limit = 1000): GridState {
  let s = state;
  for (let i = 0; i < limit && !isComplete(s); i++) s = reduceGrid(s, enter);
  return s;
}

/** Every id exactly once over queue and columns, no column over capacity, the mode consistent, and the grid restorable from JSON. */
function expectSound(s: GridState, all: readonly string[], distribution: Distribution): void {
  expect([...s.queue, ...s.columns.flat()].sort()).toEqual([...all].sort());
  s.columns.forEach((c, i) => expect(c.length).toBeLessThanOrEqual(s.capacities[i] ?? 0));
  expect(s.order.filter((id) => s.queue.includes(id))).toEqual(s.queue);
  if (s.mode === 'pile') expect(chosenCard(s)).toBeDefined();
  if (s.queue.length === 0) expect(s.mode).not.toBe('pile');
  if (s.mode === 'carry') expect(s.columns[s.carry?.col ?? -1]?.[s.carry?.row ?? -1]).toBe(s.carry?.id);
  const { notice: _notice, ...stored } = JSON.parse(JSON.stringify(s)) as GridState;
  expect(restoreGrid(stored, all, distribution)).toEqual(stored);
}

describe('initGrid', () => {
  it('shows the agree pile first, the first card chosen, the highlight on the rightmost column', () => {
    const s = initGrid({ scores: [-1, 0, 1], counts: [1, 1, 1] }, { agree: ['a'], neutral: ['n'], disagree: ['d'] });
    expect(s.queue).toEqual(['a', 'd', 'n']);
    expect(s.pile).toBe('agree');
    expect(chosenCard(s)).toBe('a');
    expect(s.cursor).toEqual({ col: 2, row: null });
  });

  it('starts on the disagree pile when nothing is agreed with', () => {
    expect(initGrid(D9, { agree: [], neutral: ids(4), disagree: ['x', 'y', 'z', 'w', 'v'] }).pile).toBe('disagree');
  });

  it('refuses piles that do not fit the distribution', () => {
    expect(() => initGrid(D24, { agree: ['a'], neutral: [], disagree: [] })).toThrow(ValidationError);
    expect(() => initGrid({ scores: [0, 1], counts: [1, 1] }, { agree: ['a'], neutral: ['a'], disagree: [] })).toThrow(/more than one pile/);
  });
});

describe('bestColumn', () => {
  const empty = { scores: [-2, -1, 0, 1, 2], capacities: [1, 2, 3, 2, 1], columns: [[], [], [], [], []] };
  it('takes the outermost free column on the pile side, and the middle for neutral', () => {
    expect(bestColumn(empty, 'agree')).toBe(4);
    expect(bestColumn(empty, 'disagree')).toBe(0);
    expect(bestColumn(empty, 'neutral')).toBe(2);
  });
  it('moves inwards as columns fill, and crosses the middle when a pile is large', () => {
    expect(bestColumn({ ...empty, columns: [[], [], [], [], ['x']] }, 'agree')).toBe(3);
    expect(bestColumn({ ...empty, columns: [[], [], ['a', 'b', 'c'], ['d', 'e'], ['f']] }, 'agree')).toBe(1);
    expect(bestColumn({ ...empty, columns: [[], [], ['a', 'b', 'c'], [], []] }, 'neutral')).toBe(1);
  });
  it('is -1 when everything is full', () => {
    expect(bestColumn({ scores: [0], capacities: [1], columns: [['x']] }, 'neutral')).toBe(-1);
  });
});

describe('the pile in view', () => {
  it('Enter again and again fills the agree side, then the disagree side, then the middle', () => {
    const s = enterUntilDone(initGrid(D9, presort));
    expect(s.columns).toEqual([['S07'], ['S08', 'S09'], ['S04', 'S05', 'S06'], ['S02', 'S03'], ['S01']]);
    expect(toScores(s)).toEqual({ S01: 2, S02: 1, S03: 1, S04: 0, S05: 0, S06: 0, S07: -2, S08: -1, S09: -1 });
    expect(s.mode).toBe('grid');
  });

  it('↓ chooses another card of the pile; Enter places that card, not the first', () => {
    const s = run(initGrid(D9, presort), down, down);
    expect(chosenCard(s)).toBe('S03');
    const placed = run(s, enter);
    expect(placed.columns[4]).toEqual(['S03']);
    expect(pileCards(placed, 'agree')).toEqual(['S01', 'S02']);
    expect(chosenCard(placed)).toBe('S02'); // the focus stays on the same line, clamped
    expect(placed.cursor).toEqual({ col: 3, row: null });
  });

  it('Tab shows the next pile with cards and aims at its best column', () => {
    const s = run(initGrid(D9, presort), { type: 'tab', delta: 1 });
    expect(s.pile).toBe('disagree');
    expect(s.cursor).toEqual({ col: 0, row: null });
    expect(run(s, { type: 'tab', delta: 1 }).pile).toBe('neutral');
    expect(run(s, { type: 'tab', delta: 1 }, { type: 'tab', delta: 1 }).pile).toBe('agree');
    expect(run(initGrid(D9, presort), { type: 'tab', delta: -1 }).pile).toBe('neutral');
  });

  it('a pile that runs out gives way to the next in the recommended order', () => {
    const s = run(initGrid(D9, presort), enter, enter, enter);
    expect(s.pile).toBe('disagree');
    expect(chosenCard(s)).toBe('S07');
    expect(s.cursor.col).toBe(0);
  });

  it('refuses a full column with a notice and keeps every card', () => {
    const s = run(initGrid(D9, presort), enter, right);
    const refused = run(s, enter);
    expect(refused.notice).toEqual({ kind: 'column-full', col: 4 });
    expect(refused.columns).toEqual(s.columns);
    expect(run(refused, left).notice).toBeUndefined();
  });

  it('Backspace takes back the last placed card into its pile, at its place there', () => {
    const s = run(initGrid(D9, presort), down, enter, enter, { type: 'undo' }); // S02 → +2, S03 → +1, S03 back
    expect(s.queue.slice(0, 2)).toEqual(['S01', 'S03']);
    expect(s.columns[3]).toEqual([]);
    expect(chosenCard(s)).toBe('S03');
    expect(s.cursor).toEqual({ col: 3, row: null });
    expect(run(initGrid(D9, presort), { type: 'undo' }).notice).toEqual({ kind: 'nothing-to-undo' });
  });

  it('the arrows stay inside the grid and the pile', () => {
    let s = initGrid(D9, presort);
    for (let i = 0; i < 10; i++) s = run(s, right, down);
    expect(s.cursor.col).toBe(4);
    expect(s.focus).toBe(2);
    for (let i = 0; i < 10; i++) s = run(s, left, up);
    expect(s.cursor).toEqual({ col: 0, row: null });
    expect(s.focus).toBe(0);
  });
});

describe('moving: pick up, carry, drop', () => {
  const full = () => enterUntilDone(initGrid(D9, presort));

  it('Space picks the focused card up, arrows carry it, Enter drops it: a swap in full columns', () => {
    let s = full(); // cursor on the last card placed, S06 in column 0
    expect(focusedCard(s)).toBe('S06');
    s = run(s, space);
    expect(s.mode).toBe('carry');
    expect(s.carry).toEqual({ id: 'S06', col: 2, row: 2 });
    s = run(s, right, right, enter); // into +2, onto S01
    expect(s.columns[4]).toEqual(['S06']);
    expect(s.columns[2]).toEqual(['S04', 'S05', 'S01']);
    expect(s.notice).toEqual({ kind: 'swapped', id: 'S06', other: 'S01' });
    expect(s.mode).toBe('grid');
    expect(focusedCard(s)).toBe('S06');
  });

  it('in the grid the arrows move over placed cards only', () => {
    let s = run(initGrid(D9, presort), enter, space); // S01 in +2, into the grid
    expect(s.mode).toBe('grid');
    expect(focusedCard(s)).toBe('S01');
    s = run(s, left, left, up, down);
    expect(focusedCard(s)).toBe('S01');
    expect(run(s, { type: 'escape' }).mode).toBe('pile');
  });

  it('a card carried to a column with room moves there; Escape puts it back', () => {
    let s = run(initGrid(D9, presort), enter, space, space); // carry S01 from +2
    s = run(s, left);
    expect(s.cursor).toEqual({ col: 3, row: null });
    const moved = run(s, enter);
    expect(moved.columns[3]).toEqual(['S01']);
    expect(moved.columns[4]).toEqual([]);
    expect(moved.notice).toEqual({ kind: 'moved', id: 'S01', col: 3 });
    const back = run(s, { type: 'escape' });
    expect(back.columns[4]).toEqual(['S01']);
    expect(back.mode).toBe('grid');
  });

  it('Space on an empty grid says there is nothing to move', () => {
    expect(run(initGrid(D9, presort), space).notice).toEqual({ kind: 'nothing-placed' });
  });

  it('relocate and place (the accessible mode) move a named card', () => {
    let s = run(initGrid(D9, presort), { type: 'place', id: 'S08', col: 1 });
    expect(s.columns[1]).toEqual(['S08']);
    expect(s.pile).toBe('disagree');
    s = run(s, { type: 'relocate', id: 'S08', col: 3 });
    expect(s.columns[3]).toEqual(['S08']);
    s = run(s, { type: 'place', id: 'S01', col: 4 }, { type: 'relocate', id: 'S08', col: 4 });
    expect(s.notice).toEqual({ kind: 'column-full', col: 4 });
    s = run(s, { type: 'relocate', id: 'S08', col: 4, swapWith: 'S01' });
    expect(s.columns[4]).toEqual(['S08']);
    expect(s.columns[3]).toEqual(['S01']);
  });
});

describe('grid invariants (fast-check)', () => {
  const action: fc.Arbitrary<GridAction> = fc.oneof(
    { weight: 3, arbitrary: fc.constant<GridAction>(enter) },
    fc.constant<GridAction>(space),
    fc.constant<GridAction>({ type: 'escape' }),
    fc.constant<GridAction>({ type: 'undo' }),
    fc.record({ type: fc.constant('tab' as const), delta: fc.constantFrom(-1 as const, 1 as const) }),
    { weight: 4, arbitrary: fc.record({ type: fc.constant('arrow' as const), dx: fc.constantFrom(-1 as const, 0 as const, 1 as const), dy: fc.constantFrom(-1 as const, 0 as const, 1 as const) }) },
    fc.record({ type: fc.constant('choose' as const), id: fc.integer({ min: 1, max: 60 }).map((i) => ids(i)[i - 1] ?? 'S01') }),
    fc.record({ type: fc.constant('place' as const), id: fc.integer({ min: 1, max: 60 }).map((i) => ids(i)[i - 1] ?? 'S01'), col: fc.integer({ min: -1, max: 12 }) }),
    fc.record({
      type: fc.constant('relocate' as const),
      id: fc.integer({ min: 1, max: 60 }).map((i) => ids(i)[i - 1] ?? 'S01'),
      col: fc.integer({ min: -1, max: 12 }),
      swapWith: fc.integer({ min: 1, max: 60 }).map((i) => ids(i)[i - 1] ?? 'S01'),
    }),
  );
  /** A study size, its distribution, and a random split of its ids into three piles. */
  const setup = fc.integer({ min: 1, max: 60 }).chain((n) =>
    fc.tuple(fc.constant(n), fc.array(fc.constantFrom('agree', 'neutral', 'disagree'), { minLength: n, maxLength: n })),
  );
  const build = ([n, piles]: [number, string[]]) => {
    const all = ids(n);
    const split: Presort = {
      agree: all.filter((_, i) => piles[i] === 'agree'),
      neutral: all.filter((_, i) => piles[i] === 'neutral'),
      disagree: all.filter((_, i) => piles[i] === 'disagree'),
    };
    return { all, presort: split, distribution: quasiNormalDistribution(n) };
  };

  it('no sequence of pile choices, pick-ups, carries, drops and swaps loses or duplicates a card or overfills a column', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 150 }), (input, actions) => {
        const { all, presort: split, distribution } = build(input);
        let s = initGrid(distribution, split);
        for (const a of actions) {
          s = reduceGrid(s, a);
          expectSound(s, all, distribution);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any sequence, then Escape and Enter repeatedly, completes a sort that satisfies the distribution', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 100 }), (input, actions) => {
        const { all, presort: split, distribution } = build(input);
        let s = initGrid(distribution, split);
        for (const a of actions) s = reduceGrid(s, a);
        s = run(s, { type: 'escape' }, { type: 'escape' });
        s = enterUntilDone(s, all.length + 1);
        expect(isComplete(s)).toBe(true);
        expect(sortProblems(toScores(s), statements(all), distribution)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('whenever the pile in view changes or a card is placed from it, the highlight is on a free column', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 150 }), (input, actions) => {
        const { presort: split, distribution } = build(input);
        let s = initGrid(distribution, split);
        for (const a of actions) {
          const before = s;
          s = reduceGrid(s, a);
          const placedFromPile = before.mode === 'pile' && s.queue.length < before.queue.length;
          if (s.mode === 'pile' && (placedFromPile || s.pile !== before.pile)) {
            expect(s.cursor.row).toBeNull();
            expect(s.columns[s.cursor.col]?.length).toBeLessThan(s.capacities[s.cursor.col] ?? 0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('from a fresh grid, exactly one Enter per statement completes a valid sort', () => {
    fc.assert(
      fc.property(setup, (input) => {
        const { all, presort: split, distribution } = build(input);
        const s = enterUntilDone(initGrid(distribution, split), all.length);
        expect(isComplete(s)).toBe(true);
        expect(sortProblems(toScores(s), statements(all), distribution)).toEqual([]);
      }),
    );
  });
});

describe('restoreGrid', () => {
  const s = initGrid(D24, { agree: ids(24), neutral: [], disagree: [] });
  it('finds a damaged draft grid', () => {
    expect(restoreGrid(s, ids(24), D24)).toEqual(s);
    expect(restoreGrid({ ...s, queue: s.queue.slice(1) }, ids(24), D24)).toMatch(/exactly once/);
    expect(restoreGrid({ ...s, columns: s.columns.map((_, i) => (i === 0 ? ['S01', 'S01'] : [])) }, ids(24), D24)).toMatch(/more cards/);
    expect(restoreGrid({ ...s, cursor: { col: 99, row: null } }, ids(24), D24)).toMatch(/cursor/);
    expect(restoreGrid({ ...s, mode: 'fly' }, ids(24), D24)).toMatch(/mode/);
    expect(restoreGrid({ ...s, focus: 30 }, ids(24), D24)).toMatch(/pile/);
    expect(restoreGrid({ ...s, mode: 'carry' }, ids(24), D24)).toMatch(/carried/);
    expect(restoreGrid(s, ids(24), { scores: [0], counts: [24] })).toMatch(/distribution/);
  });

  it('brings a grid of an older draft (one card in hand) up to date, aimed at its pile', () => {
    const old = { scores: D9.scores, capacities: D9.counts, columns: [[], [], [], [], ['S01']], queue: ['S02', 'S03', 'S07', 'S08', 'S09', 'S04', 'S05', 'S06'], piles: initGrid(D9, presort).piles, cursor: { col: 3, row: null }, history: ['S01'] };
    const restored = restoreGrid(old, ids(9), D9);
    expect(typeof restored).toBe('object');
    const g = restored as GridState;
    expect(g.order).toEqual(['S01', 'S02', 'S03', 'S07', 'S08', 'S09', 'S04', 'S05', 'S06']);
    expect(chosenCard(g)).toBe('S02');
    expect(g.cursor).toEqual({ col: 3, row: null });
  });
});
