import { ValidationError } from '@inquirer/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quasiNormalDistribution } from '../../core/distribution.ts';
import type { Distribution, Presort, Statement } from '../../core/types.ts';
import { sortProblems } from '../../core/validate-sort.ts';
import type { GridAction, GridState } from './state.ts';
import { bestColumn, gridProblem, initGrid, isComplete, reduceGrid, toScores } from './state.ts';

const D24: Distribution = { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
const statements = (list: readonly string[]): Statement[] => list.map((id) => ({ id, text: { en: id } }));

function enterUntilDone(state: GridState, limit = 1000): GridState {
  let s = state;
  for (let i = 0; i < limit && !isComplete(s); i++) s = reduceGrid(s, { type: 'enter' });
  return s;
}

/** Every id exactly once over queue and columns, and no column over capacity. */
function expectSound(s: GridState, all: readonly string[]): void {
  expect([...s.queue, ...s.columns.flat()].sort()).toEqual([...all].sort());
  s.columns.forEach((c, i) => expect(c.length).toBeLessThanOrEqual(s.capacities[i] ?? 0));
  expect(gridProblem(JSON.parse(JSON.stringify(s)), all, { scores: s.scores, counts: s.capacities })).toBeUndefined();
}

describe('initGrid', () => {
  it('queues the agree pile first, then disagree, then neutral, and aims at the rightmost column', () => {
    const s = initGrid({ scores: [-1, 0, 1], counts: [1, 1, 1] }, { agree: ['a'], neutral: ['n'], disagree: ['d'] });
    expect(s.queue).toEqual(['a', 'd', 'n']);
    expect(s.cursor).toEqual({ col: 2, row: null });
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

describe('reduceGrid', () => {
  const presort: Presort = { agree: ['S01', 'S02', 'S03'], neutral: ['S04', 'S05', 'S06'], disagree: ['S07', 'S08', 'S09'] };
  const D9: Distribution = { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] };

  it('Enter again and again fills the agree side, then the disagree side, then the middle', () => {
    const s = enterUntilDone(initGrid(D9, presort));
    expect(s.columns).toEqual([['S07'], ['S08', 'S09'], ['S04', 'S05', 'S06'], ['S02', 'S03'], ['S01']]);
    expect(toScores(s)).toEqual({ S01: 2, S02: 1, S03: 1, S04: 0, S05: 0, S06: 0, S07: -2, S08: -1, S09: -1 });
  });

  it('refuses a full column with a notice and keeps every card', () => {
    let s = reduceGrid(initGrid(D9, presort), { type: 'enter' }); // S01 → +2, cursor now on +1
    s = reduceGrid(s, { type: 'move', dx: 1, dy: 0 }); // back to the full +2
    const refused = reduceGrid(s, { type: 'enter' });
    expect(refused.notice).toEqual({ kind: 'column-full', col: 4 });
    expect(refused.columns).toEqual(s.columns);
    expect(refused.queue).toEqual(s.queue);
    expect(reduceGrid(refused, { type: 'move', dx: -1, dy: 0 }).notice).toBeUndefined();
  });

  it('↑ selects a placed card; Enter swaps it with the card in hand', () => {
    let s = reduceGrid(initGrid(D9, presort), { type: 'enter' }); // S01 in +2; S02 in hand
    s = reduceGrid(s, { type: 'move', dx: 1, dy: 0 });
    s = reduceGrid(s, { type: 'move', dx: 0, dy: -1 });
    expect(s.cursor).toEqual({ col: 4, row: 0 });
    s = reduceGrid(s, { type: 'enter' });
    expect(s.columns[4]).toEqual(['S02']);
    expect(s.queue[0]).toBe('S01');
    expect(s.notice).toEqual({ kind: 'swapped', placed: 'S02', picked: 'S01' });
    expect(s.cursor).toEqual({ col: 3, row: null }); // the best free column for S01 (agree)
  });

  it('picks a card up when the hand is empty; the cursor goes to the only free place', () => {
    let s = enterUntilDone(initGrid(D9, presort));
    s = reduceGrid(s, { type: 'move', dx: -1, dy: 0 });
    s = reduceGrid(s, { type: 'move', dx: 0, dy: -1 });
    const col = s.cursor.col;
    s = reduceGrid(s, { type: 'enter' });
    expect(s.queue).toHaveLength(1);
    expect(s.cursor).toEqual({ col, row: null });
    expect(isComplete(reduceGrid(s, { type: 'enter' }))).toBe(true);
  });

  it('Backspace takes back the last placed card into the hand', () => {
    let s = initGrid(D9, presort);
    s = reduceGrid(s, { type: 'enter' });
    s = reduceGrid(s, { type: 'enter' });
    s = reduceGrid(s, { type: 'undo' });
    expect(s.queue.slice(0, 2)).toEqual(['S02', 'S03']);
    expect(s.columns[3]).toEqual([]);
    expect(reduceGrid(initGrid(D9, presort), { type: 'undo' }).notice).toEqual({ kind: 'nothing-to-undo' });
  });

  it('moves stay inside the grid', () => {
    let s = initGrid(D9, presort);
    for (let i = 0; i < 10; i++) s = reduceGrid(s, { type: 'move', dx: 1, dy: -1 });
    expect(s.cursor.col).toBe(4);
    for (let i = 0; i < 10; i++) s = reduceGrid(s, { type: 'move', dx: -1, dy: 1 });
    expect(s.cursor).toEqual({ col: 0, row: null });
  });
});

describe('grid invariants (fast-check)', () => {
  const action: fc.Arbitrary<GridAction> = fc.oneof(
    fc.constant<GridAction>({ type: 'enter' }),
    fc.constant<GridAction>({ type: 'undo' }),
    fc.record({ type: fc.constant('move' as const), dx: fc.constantFrom(-1 as const, 0 as const, 1 as const), dy: fc.constantFrom(-1 as const, 0 as const, 1 as const) }),
  );
  /** A study size, its distribution, and a random split of its ids into three piles. */
  const setup = fc.integer({ min: 1, max: 60 }).chain((n) =>
    fc.tuple(fc.constant(n), fc.array(fc.constantFrom('agree', 'neutral', 'disagree'), { minLength: n, maxLength: n })),
  );
  const build = ([n, piles]: [number, string[]]) => {
    const all = ids(n);
    const presort: Presort = {
      agree: all.filter((_, i) => piles[i] === 'agree'),
      neutral: all.filter((_, i) => piles[i] === 'neutral'),
      disagree: all.filter((_, i) => piles[i] === 'disagree'),
    };
    const distribution = quasiNormalDistribution(n);
    return { all, presort, distribution };
  };

  it('no action sequence loses or duplicates a card or overfills a column', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 200 }), (input, actions) => {
        const { all, presort, distribution } = build(input);
        let s = initGrid(distribution, presort);
        for (const a of actions) {
          s = reduceGrid(s, a);
          expectSound(s, all);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any action sequence, then Enter repeatedly, completes a sort that satisfies the distribution', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 100 }), (input, actions) => {
        const { all, presort, distribution } = build(input);
        let s = initGrid(distribution, presort);
        for (const a of actions) s = reduceGrid(s, a);
        // Back to a free place (↓ past the last card); if the column is full, ← or → to a free one; then Enter until done.
        for (let i = 0; i < 100 && s.cursor.row !== null; i++) s = reduceGrid(s, { type: 'move', dx: 0, dy: 1 });
        if (!isComplete(s)) {
          const target = s.capacities.findIndex((cap, col) => (s.columns[col]?.length ?? 0) < cap);
          while (s.cursor.col !== target) s = reduceGrid(s, { type: 'move', dx: s.cursor.col < target ? 1 : -1, dy: 0 });
          for (let i = 0; i < 100 && s.cursor.row !== null; i++) s = reduceGrid(s, { type: 'move', dx: 0, dy: 1 });
        }
        s = enterUntilDone(s, all.length + 1);
        expect(isComplete(s)).toBe(true);
        expect(sortProblems(toScores(s), statements(all), distribution)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('after every action that changes the card in hand, the highlight is on a free place', () => {
    fc.assert(
      fc.property(setup, fc.array(action, { maxLength: 200 }), (input, actions) => {
        const { presort, distribution } = build(input);
        let s = initGrid(distribution, presort);
        for (const a of actions) {
          const before = s.queue[0];
          s = reduceGrid(s, a);
          if (s.queue[0] !== undefined && s.queue[0] !== before) {
            expect(s.cursor.row).toBeNull();
            expect(s.columns[s.cursor.col]?.length).toBeLessThan(s.capacities[s.cursor.col] ?? 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('from a fresh grid, exactly one Enter per statement completes a valid sort', () => {
    fc.assert(
      fc.property(setup, (input) => {
        const { all, presort, distribution } = build(input);
        let s = initGrid(distribution, presort);
        for (let i = 0; i < all.length; i++) s = reduceGrid(s, { type: 'enter' });
        expect(isComplete(s)).toBe(true);
        expect(sortProblems(toScores(s), statements(all), distribution)).toEqual([]);
      }),
    );
  });
});

describe('gridProblem', () => {
  it('finds a damaged draft grid', () => {
    const s = initGrid(D24, { agree: ids(24), neutral: [], disagree: [] });
    expect(gridProblem(s, ids(24), D24)).toBeUndefined();
    expect(gridProblem({ ...s, queue: s.queue.slice(1) }, ids(24), D24)).toMatch(/exactly once/);
    expect(gridProblem({ ...s, columns: s.columns.map((_, i) => (i === 0 ? ['S01', 'S01'] : [])) }, ids(24), D24)).toMatch(/more cards/);
    expect(gridProblem({ ...s, cursor: { col: 99, row: null } }, ids(24), D24)).toMatch(/cursor/);
    expect(gridProblem(s, ids(24), { scores: [0], counts: [24] })).toMatch(/distribution/);
  });
});
