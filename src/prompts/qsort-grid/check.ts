import type { Distribution } from '../../core/types.ts';
import { PILES, type Pile } from '../presort/state.ts';
import type { GridCursor, GridState } from './state.ts';
import { aimed, PILE_ORDER } from './state.ts';

/**
 * A grid read back from a draft, checked against the study's ids and
 * distribution: every statement exactly once (placed or still to place), no
 * column over its capacity, a cursor inside the grid, a carried card where it
 * lies. A grid written before the pile list existed (no `order`, `mode`) is
 * brought up to date. Returns the grid, or the problem as text.
 */
export function restoreGrid(value: unknown, ids: readonly string[], distribution: Distribution): GridState | string {
  if (typeof value !== 'object' || value === null) return 'the grid is missing';
  const s = value as Partial<Record<keyof GridState, unknown>>;
  const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (JSON.stringify(s.scores) !== JSON.stringify(distribution.scores) || JSON.stringify(s.capacities) !== JSON.stringify(distribution.counts)) {
    return 'the grid has another distribution than the study';
  }
  const { columns, queue, history } = s;
  if (!Array.isArray(columns) || columns.length !== distribution.scores.length || !columns.every(isIdList)) return 'the grid columns are damaged';
  if (!isIdList(queue) || !isIdList(history)) return 'the grid queue is damaged';
  if (columns.some((c: string[], i) => c.length > (distribution.counts[i] ?? 0))) return 'a grid column holds more cards than it may';
  const sorted = (list: readonly string[]) => [...list].sort().join('\u0000');
  if (sorted([...columns.flat(), ...queue]) !== sorted(ids)) return 'the grid does not hold every statement exactly once';
  const piles = s.piles as Record<string, unknown> | null | undefined;
  if (typeof piles !== 'object' || piles === null || ids.some((id) => !(PILES as readonly unknown[]).includes(piles[id]))) return 'the grid piles are damaged';
  const pileOf = piles as Record<string, Pile>;
  const order = s.order === undefined ? PILE_ORDER.flatMap((p) => [...columns.flat(), ...queue].filter((id) => pileOf[id] === p)) : s.order;
  if (!isIdList(order) || sorted(order) !== sorted(ids)) return 'the grid order is damaged';
  const cursor = s.cursor as Partial<GridCursor> | undefined;
  if (!cursor || typeof cursor.col !== 'number' || !Number.isInteger(cursor.col) || cursor.col < 0 || cursor.col >= columns.length) return 'the grid cursor is outside the grid';
  const len = (columns[cursor.col] as string[]).length;
  if (cursor.row !== null && (typeof cursor.row !== 'number' || cursor.row < 0 || cursor.row >= len)) return 'the grid cursor is outside the grid';
  const base = {
    scores: distribution.scores,
    capacities: distribution.counts,
    columns: columns as string[][],
    order,
    queue: order.filter((id) => queue.includes(id)),
    piles: pileOf,
    history,
    cursor: { col: cursor.col, row: cursor.row ?? null },
  };
  return withMode(s, base);
}

/** The mode part of a stored grid (pile, focus, mode, carry), checked; a grid without it starts in pile mode, aimed. */
function withMode(s: Partial<Record<keyof GridState, unknown>>, base: Omit<GridState, 'pile' | 'focus' | 'mode'>): GridState | string {
  if (s.mode === undefined) {
    const first = PILE_ORDER.find((p) => base.queue.some((id) => base.piles[id] === p)) ?? 'agree';
    return aimed({ ...base, pile: first, focus: 0, mode: 'pile', cursor: { col: base.cursor.col, row: null } });
  }
  if (s.mode !== 'pile' && s.mode !== 'grid' && s.mode !== 'carry') return 'the grid mode is unknown';
  if (!(PILES as readonly unknown[]).includes(s.pile) || typeof s.focus !== 'number' || !Number.isInteger(s.focus) || s.focus < 0) return 'the grid pile is damaged';
  const state: GridState = { ...base, pile: s.pile as Pile, focus: s.focus, mode: s.mode };
  if (s.mode === 'pile') {
    const count = base.queue.filter((id) => base.piles[id] === s.pile).length;
    if (s.focus >= count) return 'the grid pile is damaged';
    if (base.cursor.row !== null) return 'the grid cursor is outside the grid';
    return state;
  }
  if (s.mode === 'grid' || s.carry === undefined) {
    if (s.mode === 'carry') return 'the carried card is missing';
    return state;
  }
  const carry = s.carry as { id?: unknown; col?: unknown; row?: unknown };
  if (typeof carry.col !== 'number' || typeof carry.row !== 'number' || base.columns[carry.col]?.[carry.row] !== carry.id) return 'the carried card is not where it lies';
  return { ...state, carry: { id: carry.id as string, col: carry.col, row: carry.row } };
}
