import { ValidationError } from '@inquirer/core';
import type { Distribution, Presort } from '../../core/types.ts';
import type { Pile } from '../presort/state.ts';

/**
 * The Q-sort grid as pure data, worked the way the Q literature describes it:
 * the pile in view is a list, the participant reads it whole and picks the
 * strongest card for the outermost free column; then rearranges freely.
 *
 * Columns follow the distribution's scores from left (lowest) to right
 * (highest). Three modes:
 * - `pile`: ↑/↓ choose a card of the pile in view (`focus`), ←/→ the column
 *   (`cursor.col`), Enter places the card; Tab shows another pile.
 * - `grid`: the cursor is on a placed card (`cursor.row`); Space (or Enter)
 *   picks it up.
 * - `carry`: the card picked up (`carry`) stays where it lies until it is
 *   dropped: the cursor is the target, a card (swap with it) or a free place
 *   (`row: null`). So a draft written at any moment holds every card once.
 *
 * The reducer is total: an action that cannot be done leaves the cards where
 * they are and sets `notice` so the view can say why.
 */

export type GridMode = 'pile' | 'grid' | 'carry';

export interface GridCursor {
  readonly col: number;
  /** A card's index in the column, or null: the column's free place (pile mode: always null). */
  readonly row: number | null;
}

/** The card picked up in carry mode and where it lies until it is dropped. */
export interface Carried {
  readonly id: string;
  readonly col: number;
  readonly row: number;
}

export type GridNotice =
  | { readonly kind: 'column-full'; readonly col: number }
  | { readonly kind: 'nothing-to-undo' }
  | { readonly kind: 'nothing-placed' }
  | { readonly kind: 'picked-up'; readonly id: string }
  | { readonly kind: 'moved'; readonly id: string; readonly col: number }
  | { readonly kind: 'swapped'; readonly id: string; readonly other: string };

export interface GridState {
  readonly scores: readonly number[];
  readonly capacities: readonly number[];
  /** Placed statement ids per column, top to bottom. */
  readonly columns: readonly (readonly string[])[];
  /** Every statement in the recommended order: the agree pile, then disagree, then neutral (each in pre-sort order). */
  readonly order: readonly string[];
  /** Cards still to place, in `order`. */
  readonly queue: readonly string[];
  /** The pre-sort pile of every statement. */
  readonly piles: Readonly<Record<string, Pile>>;
  /** The pile in view (pile mode). */
  readonly pile: Pile;
  /** The chosen card: its index in the pile in view. */
  readonly focus: number;
  readonly mode: GridMode;
  readonly cursor: GridCursor;
  readonly carry?: Carried;
  /** Ids in the order they were placed (for undo). */
  readonly history: readonly string[];
  readonly notice?: GridNotice;
}

export type GridAction =
  | { readonly type: 'arrow'; readonly dx: -1 | 0 | 1; readonly dy: -1 | 0 | 1 }
  /** Pile: place the chosen card. Grid: pick the card up. Carry: drop it. */
  | { readonly type: 'enter' }
  /** Pile: go into the grid to move cards. Grid: pick up. Carry: drop. */
  | { readonly type: 'space' }
  /** Carry: put the card back. Grid: back to the pile. Pile: the highlight back on the suggested column. */
  | { readonly type: 'escape' }
  /** Another pile (Tab: +1, Shift-Tab: −1). */
  | { readonly type: 'tab'; readonly delta: -1 | 1 }
  | { readonly type: 'undo' }
  /** A card by name (the accessible mode): choose it in its pile. */
  | { readonly type: 'choose'; readonly id: string }
  /** The accessible mode: a card still to place into a column. */
  | { readonly type: 'place'; readonly id: string; readonly col: number }
  /** The accessible mode: a placed card to another column; into a full column it swaps with `swapWith`. */
  | { readonly type: 'relocate'; readonly id: string; readonly col: number; readonly swapWith?: string };

/** The order in which the piles are worked: agree from the right, disagree from the left, neutral in the middle. */
export const PILE_ORDER: readonly Pile[] = ['agree', 'disagree', 'neutral'];

export const isComplete = (s: GridState): boolean => s.queue.length === 0;
export const placedCount = (s: GridState): number => s.columns.reduce((n, c) => n + c.length, 0);
const isFree = (s: Pick<GridState, 'columns' | 'capacities'>, col: number): boolean => (s.columns[col]?.length ?? 0) < (s.capacities[col] ?? 0);

/** The cards of a pile still to place, in order. */
export const pileCards = (s: Pick<GridState, 'queue' | 'piles'>, pile: Pile): string[] => s.queue.filter((id) => s.piles[id] === pile);

/** The chosen card of the pile in view (pile mode), or undefined. */
export function chosenCard(s: GridState): string | undefined {
  return s.mode === 'pile' ? pileCards(s, s.pile)[s.focus] : undefined;
}

/** The placed card under the cursor (grid and carry mode), or undefined. */
export function focusedCard(s: GridState): string | undefined {
  return s.mode === 'pile' || s.cursor.row === null ? undefined : s.columns[s.cursor.col]?.[s.cursor.row];
}

/** The piles as one id → pile map. */
export function pileMap(presort: Presort): Record<string, Pile> {
  const piles: Record<string, Pile> = {};
  for (const id of presort.disagree) piles[id] = 'disagree';
  for (const id of presort.neutral) piles[id] = 'neutral';
  for (const id of presort.agree) piles[id] = 'agree';
  return piles;
}

/** The recommended order of the grid step: agree, disagree, neutral. */
export const recommendedOrder = (presort: Presort): string[] => [...presort.agree, ...presort.disagree, ...presort.neutral];

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
 * Puts the state right after any change: a pile in view that still has cards
 * (the next one in PILE_ORDER when it ran out), the focus inside it, and grid
 * mode once everything is placed.
 */
function settle(s: GridState): GridState {
  if (s.queue.length === 0) {
    if (s.mode !== 'pile') return s;
    const col = s.columns[s.cursor.col]?.length ? s.cursor.col : Math.max(0, s.columns.findIndex((c) => c.length > 0));
    return { ...s, mode: 'grid', focus: 0, cursor: onCard(s, col, s.cursor.row) };
  }
  let pile = s.pile;
  if (pileCards(s, pile).length === 0) pile = PILE_ORDER.find((p) => pileCards(s, p).length > 0) ?? pile;
  const count = pileCards(s, pile).length;
  const focus = Math.max(0, Math.min(s.focus, count - 1));
  return pile === s.pile && focus === s.focus ? s : { ...s, pile, focus };
}

/** Pile mode with the column highlight on the best free column for the pile in view. */
export function aimed(s: GridState): GridState {
  const settled = settle(s);
  if (settled.mode !== 'pile') return settled;
  const col = bestColumn(settled, settled.pile);
  return { ...settled, cursor: { col: col < 0 ? settled.cursor.col : col, row: null } };
}

/** Back to the pile (or, when all are placed, the grid), aimed; a carried card stays where it lies. */
function toPile(s: GridState): GridState {
  const { carry: _carry, ...rest } = s;
  if (s.queue.length === 0) return { ...rest, mode: 'grid', cursor: onCard(s, s.cursor.col) };
  return aimed({ ...rest, mode: 'pile' });
}

/**
 * A new grid for a distribution and the pre-sort piles. Throws ValidationError
 * when the piles do not hold exactly as many distinct statements as the
 * distribution has places.
 */
export function initGrid(distribution: Distribution, presort: Presort): GridState {
  const order = recommendedOrder(presort);
  const places = distribution.counts.reduce((a, b) => a + b, 0);
  if (new Set(order).size !== order.length) throw new ValidationError('[qsort grid] a statement is in more than one pile');
  if (places !== order.length) {
    throw new ValidationError(`[qsort grid] the distribution has ${places} places but there are ${order.length} statements`);
  }
  const piles = pileMap(presort);
  const base: GridState = {
    scores: [...distribution.scores],
    capacities: [...distribution.counts],
    columns: distribution.scores.map(() => []),
    order,
    queue: order,
    piles,
    pile: PILE_ORDER.find((p) => presort[p].length > 0) ?? 'agree',
    focus: 0,
    mode: 'pile',
    cursor: { col: Math.floor(distribution.scores.length / 2), row: null },
    history: [],
  };
  return aimed(base);
}

function withColumn(columns: readonly (readonly string[])[], col: number, next: readonly string[]): (readonly string[])[] {
  return columns.map((c, i) => (i === col ? next : c));
}

/** The cursor on a card of `col` (the nearest row to `row`), or on the column's free place when it is empty. */
function onCard(s: GridState, col: number, row: number | null = 0): GridCursor {
  const len = s.columns[col]?.length ?? 0;
  return { col, row: len === 0 ? null : Math.max(0, Math.min(row ?? 0, len - 1)) };
}

/** The nearest column in direction `dx` that passes `accept`, or `col` itself. */
function stepColumn(s: GridState, col: number, dx: number, accept: (col: number) => boolean): number {
  for (let c = col + dx; c >= 0 && c < s.scores.length; c += dx) if (accept(c)) return c;
  return col;
}

/** Carry mode: the target rows of a column are its cards, and its free place when it has room. */
function carryRow(s: GridState, col: number, row: number | null): number | null {
  const len = s.columns[col]?.length ?? 0;
  if (isFree(s, col) && (row === null || row >= len)) return null;
  if (len === 0) return null;
  return Math.max(0, Math.min(row ?? len - 1, len - 1));
}

function arrow(s: GridState, dx: number, dy: number): GridState {
  const { col, row } = s.cursor;
  if (s.mode === 'pile') {
    if (dy !== 0) {
      const focus = Math.max(0, Math.min(pileCards(s, s.pile).length - 1, s.focus + dy));
      return focus === s.focus ? s : { ...s, focus };
    }
    const next = Math.max(0, Math.min(s.scores.length - 1, col + dx));
    return next === col ? s : { ...s, cursor: { col: next, row: null } };
  }
  if (s.mode === 'grid') {
    if (dx !== 0) {
      const next = stepColumn(s, col, dx, (c) => (s.columns[c]?.length ?? 0) > 0);
      return next === col ? s : { ...s, cursor: onCard(s, next, row) };
    }
    const len = s.columns[col]?.length ?? 0;
    const nextRow = row === null ? null : Math.max(0, Math.min(len - 1, row + dy));
    return nextRow === row ? s : { ...s, cursor: { col, row: nextRow } };
  }
  // carry
  if (dx !== 0) {
    const next = stepColumn(s, col, dx, (c) => (s.capacities[c] ?? 0) > 0);
    if (next === col) return s;
    const target = next === s.carry?.col ? s.carry.row : row;
    return { ...s, cursor: { col: next, row: carryRow(s, next, target) } };
  }
  const len = s.columns[col]?.length ?? 0;
  const rows: (number | null)[] = [...Array.from({ length: len }, (_, i) => i), ...(isFree(s, col) ? [null] : [])];
  const at = rows.indexOf(row);
  const nextRow = rows[Math.max(0, Math.min(rows.length - 1, at + dy))] ?? row;
  return nextRow === row ? s : { ...s, cursor: { col, row: nextRow } };
}

/** Places a card still to place into a free column; refuses a full one with a notice. */
function placeCard(s: GridState, id: string, col: number): GridState {
  if (!s.queue.includes(id) || col < 0 || col >= s.scores.length) return s;
  if (!isFree(s, col)) return { ...s, notice: { kind: 'column-full', col } };
  const column = s.columns[col] ?? [];
  const placed: GridState = {
    ...s,
    columns: withColumn(s.columns, col, [...column, id]),
    queue: s.queue.filter((q) => q !== id),
    history: [...s.history.filter((h) => h !== id), id],
    cursor: { col, row: s.queue.length === 1 ? column.length : null },
  };
  return aimed(placed);
}

/** Moves a placed card to the end of another column with room, or swaps it with `other` there. */
function relocate(s: GridState, id: string, col: number, other: string | undefined): GridState {
  const from = s.columns.findIndex((c) => c.includes(id));
  if (from < 0 || col < 0 || col >= s.scores.length) return s;
  const fromRow = s.columns[from]?.indexOf(id) ?? -1;
  if (other !== undefined && other !== id) {
    const row = s.columns[col]?.indexOf(other) ?? -1;
    if (row < 0) return s;
    const swapped = s.columns.map((c, i) => c.map((x, r) => (i === from && r === fromRow ? other : i === col && r === row ? id : x)));
    return { ...s, columns: swapped, cursor: { col, row }, notice: { kind: 'swapped', id, other } };
  }
  if (from === col && other === id) return s;
  if (from !== col && !isFree(s, col)) return { ...s, notice: { kind: 'column-full', col } };
  const without = withColumn(s.columns, from, (s.columns[from] ?? []).filter((x) => x !== id));
  const target = without[col] ?? [];
  return { ...s, columns: withColumn(without, col, [...target, id]), cursor: { col, row: target.length }, notice: { kind: 'moved', id, col } };
}

function drop(s: GridState): GridState {
  const carry = s.carry;
  if (!carry) return s;
  const { carry: _carry, ...rest } = s;
  const base: GridState = { ...rest, mode: 'grid' };
  const { col, row } = s.cursor;
  if (col === carry.col && row === carry.row) return { ...base, cursor: { col, row } };
  const other = row === null ? undefined : s.columns[col]?.[row];
  const next = relocate(base, carry.id, col, other);
  return next === base ? { ...base, cursor: { col: carry.col, row: carry.row } } : next;
}

function pickUp(s: GridState): GridState {
  const id = focusedCard(s);
  if (id === undefined || s.cursor.row === null) return s;
  return { ...s, mode: 'carry', carry: { id, col: s.cursor.col, row: s.cursor.row }, notice: { kind: 'picked-up', id } };
}

function intoGrid(s: GridState): GridState {
  if (placedCount(s) === 0) return { ...s, notice: { kind: 'nothing-placed' } };
  const col = s.columns[s.cursor.col]?.length ? s.cursor.col : nearestWithCards(s, s.cursor.col);
  return { ...s, mode: 'grid', cursor: onCard(s, col) };
}

function nearestWithCards(s: GridState, col: number): number {
  const withCards = s.columns.flatMap((c, i) => (c.length > 0 ? [i] : []));
  return [...withCards].sort((a, b) => Math.abs(a - col) - Math.abs(b - col) || a - b)[0] ?? col;
}

function undo(s: GridState): GridState {
  const last = s.history[s.history.length - 1];
  if (last === undefined) return { ...s, notice: { kind: 'nothing-to-undo' } };
  const col = s.columns.findIndex((c) => c.includes(last));
  const history = s.history.slice(0, -1);
  if (col < 0) return { ...s, history };
  const { carry: _carry, ...rest } = s;
  const queue = s.order.filter((id) => id === last || s.queue.includes(id));
  const pile = s.piles[last] ?? s.pile;
  return aimed({
    ...rest,
    columns: withColumn(s.columns, col, (s.columns[col] ?? []).filter((id) => id !== last)),
    queue,
    history,
    mode: 'pile',
    pile,
    focus: pileCards({ queue, piles: s.piles }, pile).indexOf(last),
  });
}

function tab(s: GridState, delta: number): GridState {
  if (s.queue.length === 0) return s;
  // From the grid, Tab goes back to the pile in view (as Esc does); in the pile, to the next pile.
  if (s.mode !== 'pile') return toPile(s);
  const base = s;
  const start = PILE_ORDER.indexOf(base.pile);
  for (let step = 1; step <= PILE_ORDER.length; step++) {
    const pile = PILE_ORDER[(((start + delta * step) % PILE_ORDER.length) + PILE_ORDER.length) % PILE_ORDER.length] ?? base.pile;
    if (pileCards(base, pile).length > 0) return pile === base.pile && base === s ? s : aimed({ ...base, pile, focus: 0 });
  }
  return base;
}

function choose(s: GridState, id: string): GridState {
  const pile = s.piles[id];
  if (pile === undefined || !s.queue.includes(id)) return s;
  const { carry: _carry, ...rest } = s;
  return aimed({ ...rest, mode: 'pile', pile, focus: pileCards(s, pile).indexOf(id) });
}

function enter(s: GridState): GridState {
  if (s.mode === 'pile') {
    const id = chosenCard(s);
    return id === undefined ? s : placeCard(s, id, s.cursor.col);
  }
  if (s.mode === 'carry') return drop(s);
  return s.queue.length === 0 ? s : pickUp(s);
}

export function reduceGrid(state: GridState, action: GridAction): GridState {
  const s: GridState = state.notice ? dropNotice(state) : state;
  switch (action.type) {
    case 'arrow':
      return arrow(s, action.dx, action.dy);
    case 'enter':
      return enter(s);
    case 'space':
      return s.mode === 'pile' ? intoGrid(s) : s.mode === 'grid' ? pickUp(s) : drop(s);
    case 'escape':
      if (s.mode === 'carry' && s.carry) {
        const { carry, ...rest } = s;
        return { ...rest, mode: 'grid', cursor: { col: carry.col, row: carry.row } };
      }
      if (s.mode === 'pile') return aimed(s);
      return s.mode === 'grid' && s.queue.length > 0 ? toPile(s) : s;
    case 'tab':
      return tab(s, action.delta);
    case 'undo':
      return undo(s);
    case 'choose':
      return choose(s, action.id);
    case 'place':
      return placeCard(choose(s, action.id), action.id, action.col);
    case 'relocate': {
      if (s.mode === 'carry') return s;
      const next = relocate(s, action.id, action.col, action.swapWith);
      return s.mode === 'pile' && next !== s ? aimed(next) : next;
    }
  }
}

function dropNotice(s: GridState): GridState {
  const { notice: _notice, ...rest } = s;
  return rest;
}

/** statement id → score (column score). Only meaningful when complete. */
export function toScores(s: Pick<GridState, 'columns' | 'scores'>): Record<string, number> {
  const scores: Record<string, number> = {};
  s.columns.forEach((column, col) => {
    for (const id of column) scores[id] = s.scores[col] ?? 0;
  });
  return scores;
}
