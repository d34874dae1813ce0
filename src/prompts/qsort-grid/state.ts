import { ValidationError } from '@inquirer/core';
import type { Distribution, Presort } from '../../core/types.ts';
import type { Pile } from '../presort/state.ts';

/**
 * The Q-sort grid as pure data. Columns follow the distribution's scores from
 * left (lowest) to right (highest). The card in hand is always `queue[0]`: the
 * cards still to place, agree pile first, then disagree, then neutral. The
 * cursor is on a column and either on its free slot (`row: null`, where Enter
 * places the card in hand) or on a placed card (`row` = its index, where Enter
 * picks it up, swapping it with the card in hand if there is one).
 *
 * The reducer is total: an action that cannot be done leaves the cards where
 * they are and sets `notice` so the view can say why.
 */

export interface GridCursor {
  readonly col: number;
  /** null = the free slot (or, for a full column, the place under it). */
  readonly row: number | null;
}

export type GridNotice =
  | { readonly kind: 'column-full'; readonly col: number }
  | { readonly kind: 'nothing-to-undo' }
  | { readonly kind: 'picked-up'; readonly id: string }
  | { readonly kind: 'swapped'; readonly placed: string; readonly picked: string };

export interface GridState {
  readonly scores: readonly number[];
  readonly capacities: readonly number[];
  /** Placed statement ids per column, top to bottom. */
  readonly columns: readonly (readonly string[])[];
  /** Cards still to place; queue[0] is in hand. */
  readonly queue: readonly string[];
  /** The pre-sort pile of every statement (decides the best column). */
  readonly piles: Readonly<Record<string, Pile>>;
  readonly cursor: GridCursor;
  /** Ids in the order they were placed (for undo). */
  readonly history: readonly string[];
  readonly notice?: GridNotice;
}

export type GridAction =
  | { readonly type: 'move'; readonly dx: -1 | 0 | 1; readonly dy: -1 | 0 | 1 }
  | { readonly type: 'enter' }
  | { readonly type: 'undo' };

export const isComplete = (s: GridState): boolean => s.queue.length === 0;
export const inHand = (s: GridState): string | undefined => s.queue[0];
export const placedCount = (s: GridState): number => s.columns.reduce((n, c) => n + c.length, 0);
const isFree = (s: GridState, col: number): boolean => (s.columns[col]?.length ?? 0) < (s.capacities[col] ?? 0);

/** The piles as one id → pile map. */
export function pileMap(presort: Presort): Record<string, Pile> {
  const piles: Record<string, Pile> = {};
  for (const id of presort.disagree) piles[id] = 'disagree';
  for (const id of presort.neutral) piles[id] = 'neutral';
  for (const id of presort.agree) piles[id] = 'agree';
  return piles;
}

/**
 * The best free column for a card of `pile`: agree → the rightmost free column,
 * disagree → the leftmost, neutral → the free column nearest the middle (the
 * roomier one on a tie, then the left one). -1 when no column is free.
 */
export function bestColumn(s: Pick<GridState, 'columns' | 'capacities' | 'scores'>, pile: Pile): number {
  const free = s.capacities.flatMap((cap, col) => ((s.columns[col]?.length ?? 0) < cap ? [col] : []));
  if (free.length === 0) return -1;
  if (pile === 'agree') return free[free.length - 1] ?? -1;
  if (pile === 'disagree') return free[0] ?? -1;
  const middle = (s.scores.length - 1) / 2;
  const room = (col: number) => (s.capacities[col] ?? 0) - (s.columns[col]?.length ?? 0);
  return [...free].sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || room(b) - room(a) || a - b)[0] ?? -1;
}

/**
 * The cursor for the card in hand: on the best free column's free place (with
 * no card in hand, on the free-place row of the same column). Used after every
 * placement, and when a grid is shown again (resumed, or back from the review).
 */
export function aimed(s: GridState): GridState {
  const card = inHand(s);
  if (card === undefined) return { ...s, cursor: { col: s.cursor.col, row: null } };
  const col = bestColumn(s, s.piles[card] ?? 'neutral');
  return { ...s, cursor: { col: col < 0 ? s.cursor.col : col, row: null } };
}

/**
 * A new grid for a distribution and the pre-sort piles. Throws ValidationError
 * when the piles do not hold exactly as many distinct statements as the
 * distribution has places.
 */
export function initGrid(distribution: Distribution, presort: Presort): GridState {
  const queue = [...presort.agree, ...presort.disagree, ...presort.neutral];
  const places = distribution.counts.reduce((a, b) => a + b, 0);
  if (new Set(queue).size !== queue.length) throw new ValidationError('[qsort grid] a statement is in more than one pile');
  if (places !== queue.length) {
    throw new ValidationError(`[qsort grid] the distribution has ${places} places but there are ${queue.length} statements`);
  }
  const base: GridState = {
    scores: [...distribution.scores],
    capacities: [...distribution.counts],
    columns: distribution.scores.map(() => []),
    queue,
    piles: pileMap(presort),
    cursor: { col: Math.floor(distribution.scores.length / 2), row: null },
    history: [],
  };
  return aimed(base);
}

function withColumn(columns: readonly (readonly string[])[], col: number, next: readonly string[]): (readonly string[])[] {
  return columns.map((c, i) => (i === col ? next : c));
}

function move(s: GridState, dx: number, dy: number): GridState {
  const colCount = s.scores.length;
  let { col, row } = s.cursor;
  if (dx !== 0) {
    col = Math.max(0, Math.min(colCount - 1, col + dx));
    const len = s.columns[col]?.length ?? 0;
    row = row === null || len === 0 ? null : Math.min(row, len - 1);
  }
  if (dy !== 0) {
    const len = s.columns[col]?.length ?? 0;
    if (dy < 0) row = row === null ? (len > 0 ? len - 1 : null) : Math.max(0, row - 1);
    else row = row === null ? null : row + 1 >= len ? null : row + 1;
  }
  if (col === s.cursor.col && row === s.cursor.row) return s;
  return { ...s, cursor: { col, row } };
}

function enter(s: GridState): GridState {
  const { col, row } = s.cursor;
  const column = s.columns[col] ?? [];
  const hand = inHand(s);
  if (row === null) {
    if (hand === undefined) return s;
    if (!isFree(s, col)) return { ...s, notice: { kind: 'column-full', col } };
    return aimed({
      ...s,
      columns: withColumn(s.columns, col, [...column, hand]),
      queue: s.queue.slice(1),
      history: [...s.history, hand],
    });
  }
  const picked = column[row];
  if (picked === undefined) return s;
  if (hand === undefined) {
    // Pick the card up; the only free place is where it came from, so the cursor stays in this column.
    return aimed({
      ...s,
      columns: withColumn(s.columns, col, column.filter((_, i) => i !== row)),
      queue: [picked],
      history: s.history.filter((id) => id !== picked),
      notice: { kind: 'picked-up', id: picked },
    });
  }
  return aimed({
    ...s,
    columns: withColumn(s.columns, col, column.map((id, i) => (i === row ? hand : id))),
    queue: [picked, ...s.queue.slice(1)],
    history: [...s.history.filter((id) => id !== picked), hand],
    notice: { kind: 'swapped', placed: hand, picked },
  });
}

function undo(s: GridState): GridState {
  const last = s.history[s.history.length - 1];
  if (last === undefined) return { ...s, notice: { kind: 'nothing-to-undo' } };
  const col = s.columns.findIndex((c) => c.includes(last));
  if (col < 0) return { ...s, history: s.history.slice(0, -1) };
  return aimed({
    ...s,
    columns: withColumn(s.columns, col, (s.columns[col] ?? []).filter((id) => id !== last)),
    queue: [last, ...s.queue],
    history: s.history.slice(0, -1),
  });
}

export function reduceGrid(state: GridState, action: GridAction): GridState {
  const s: GridState = state.notice ? dropNotice(state) : state;
  switch (action.type) {
    case 'move':
      return move(s, action.dx, action.dy);
    case 'enter':
      return enter(s);
    case 'undo':
      return undo(s);
  }
}

function dropNotice(s: GridState): GridState {
  const { notice: _notice, ...rest } = s;
  return rest;
}

/** statement id → score (column score). Only meaningful when complete. */
export function toScores(s: GridState): Record<string, number> {
  const scores: Record<string, number> = {};
  s.columns.forEach((column, col) => {
    for (const id of column) scores[id] = s.scores[col] ?? 0;
  });
  return scores;
}

/**
 * Checks a grid read back from a draft against the study's ids and distribution:
 * every statement exactly once (placed or in the queue), no column over its
 * capacity, a cursor inside the grid. Returns a problem, or undefined.
 */
export function gridProblem(value: unknown, ids: readonly string[], distribution: Distribution): string | undefined {
  if (typeof value !== 'object' || value === null) return 'the grid is missing';
  const s = value as Partial<Record<keyof GridState, unknown>>;
  const columns = s.columns;
  const queue = s.queue;
  const history = s.history;
  const cursor = s.cursor as Partial<GridCursor> | undefined;
  const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (JSON.stringify(s.scores) !== JSON.stringify(distribution.scores) || JSON.stringify(s.capacities) !== JSON.stringify(distribution.counts)) {
    return 'the grid has another distribution than the study';
  }
  if (!Array.isArray(columns) || columns.length !== distribution.scores.length || !columns.every(isIdList)) return 'the grid columns are damaged';
  if (!isIdList(queue) || !isIdList(history)) return 'the grid queue is damaged';
  if (columns.some((c: string[], i) => c.length > (distribution.counts[i] ?? 0))) return 'a grid column holds more cards than it may';
  const all = [...columns.flat(), ...queue].sort();
  if (all.join('\u0000') !== [...ids].sort().join('\u0000')) return 'the grid does not hold every statement exactly once';
  if (typeof s.piles !== 'object' || s.piles === null || ids.some((id) => !['agree', 'neutral', 'disagree'].includes((s.piles as Record<string, unknown>)[id] as string))) {
    return 'the grid piles are damaged';
  }
  if (!cursor || typeof cursor.col !== 'number' || cursor.col < 0 || cursor.col >= columns.length) return 'the grid cursor is outside the grid';
  const len = (columns[cursor.col] as string[]).length;
  if (cursor.row !== null && (typeof cursor.row !== 'number' || cursor.row < 0 || cursor.row >= len)) return 'the grid cursor is outside the grid';
  return undefined;
}
