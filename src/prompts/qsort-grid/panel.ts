import { formatScore } from '../../i18n/sort.ts';
import type { Card, CardScreenView } from '../cards.ts';
import { cardOf } from '../cards.ts';
import { spread, wrapClipped } from '../layout.ts';
import { wrapText } from '../../text/wrap.ts';
import { PILE_SYMBOL } from '../theme.ts';
import type { Pile } from '../presort/state.ts';
import type { GridNotice, GridState } from './state.ts';
import { chosenCard, focusedCard, PILE_ORDER, pileCards } from './state.ts';
import { GRID_GLYPHS as G } from './theme.ts';

/**
 * What is under the grid: in pile mode the pile in view as a list (every card,
 * the chosen one in full); in grid mode the selected card in full; in carry
 * mode what Enter will do. Each returns at most `rows` lines of at most `width`.
 */

/** "+ 18  text" on one line, or wrapped under its number over `maxLines`. */
function cardBlock(mark: string, card: Card, width: number, maxLines: number, digits: number, emphasis: (t: string) => string): string[] {
  const head = ` ${mark} ${card.number.padStart(digits)}  `;
  const lines = wrapClipped(card.text, width - head.length, Math.max(1, maxLines));
  return lines.map((l, i) => `${i === 0 ? head : ' '.repeat(head.length)}${emphasis(l)}`);
}

const pileName = (view: CardScreenView, pile: Pile): string => `${PILE_SYMBOL[pile]} ${view.texts.pile[pile]}`;

/** "− disagree 8 · ○ neutral 8" (short: "− 8 · ○ 8"): the piles other than `except` that still have cards. */
function pileSummary(state: GridState, view: CardScreenView, except?: Pile, short = false): string {
  return PILE_ORDER.filter((p) => p !== except)
    .map((p) => [p, pileCards(state, p).length] as const)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${short ? PILE_SYMBOL[p] : pileName(view, p)} ${n}`)
    .join(' · ');
}

/** The pile list's heading with the other piles on the right (by symbol only when the names do not fit). */
function pileHeadingLine(state: GridState, view: CardScreenView, width: number, left: number): string {
  const heading = ` ${view.texts.pileHeading(state.pile, pileName(view, state.pile), left)}`;
  const others = pileSummary(state, view, state.pile);
  if (!others) return wrapClipped(heading, width, 1)[0] ?? '';
  const full = view.texts.otherPiles(others);
  if (heading.length + 2 + full.length <= width) return spread(heading, full, width);
  return spread(heading, view.texts.otherPiles(pileSummary(state, view, state.pile, true)), width);
}

/** The first card shown so that the chosen one is in view with as much context as fits. */
function windowStart(count: number, focus: number, shown: number): number {
  if (count <= shown) return 0;
  return Math.max(0, Math.min(count - shown, focus - Math.floor((shown - 1) / 2)));
}

/** The pile in view: a heading, then its cards, the chosen one wrapped in full (as far as the rows allow). */
export function pilePanel(state: GridState, view: CardScreenView, width: number, rows: number): string[] {
  const { texts, style } = view;
  const cards = pileCards(state, state.pile);
  const out = [style.pile(state.pile, pileHeadingLine(state, view, width, cards.length))];
  const digits = String(state.order.length).length;
  const room = Math.max(1, rows - 1);
  // One line per card; what is left goes to the chosen card's full text (at most 4 lines).
  const listRows = Math.min(cards.length, room);
  const needsScroll = cards.length > room;
  const shown = needsScroll ? Math.max(1, room - 1) : listRows;
  const chosenLines = Math.max(1, Math.min(4, room - (needsScroll ? 1 : 0) - (shown - 1)));
  const start = windowStart(cards.length, state.focus, shown);
  for (let i = start; i < start + shown && i < cards.length; i++) {
    const card = cardOf(view.cards, cards[i] ?? '');
    if (i === state.focus) out.push(...cardBlock(G.hand, card, width, chosenLines, digits, style.bold));
    else out.push(...cardBlock(' ', card, width, 1, digits, (t) => t));
  }
  if (needsScroll) out.push(style.dim(`    ${texts.moreCards(start, cards.length - start - shown)}`));
  return out.slice(0, rows);
}

/** Grid mode: the selected card in full, and what is still to place (or that all are placed). */
export function gridPanel(state: GridState, view: CardScreenView, width: number, rows: number): string[] {
  const { texts, style } = view;
  const out: string[] = [];
  const left = pileSummary(state, view);
  const status = left ? texts.stillToPlace(left) : texts.allPlaced(state.order.length);
  out.push(...wrapClipped(status, width - 1, rows > 4 ? 2 : 1).map((l) => ` ${left ? l : style.success(l)}`));
  const id = focusedCard(state);
  if (id !== undefined && rows - out.length >= 2) {
    out.push(` ${texts.focused(formatScore(state.scores[state.cursor.col] ?? 0))}`);
    out.push(...cardBlock(G.cursorLeft, cardOf(view.cards, id), width, Math.min(4, rows - out.length), String(state.order.length).length, style.bold));
  }
  return out.slice(0, rows);
}

/** Carry mode: the card picked up, and what Enter does where the cursor is. */
export function carryPanel(state: GridState, view: CardScreenView, width: number, rows: number): string[] {
  const { texts, style } = view;
  const carry = state.carry;
  if (!carry) return [];
  const card = cardOf(view.cards, carry.id);
  const digits = String(state.order.length).length;
  const { col, row } = state.cursor;
  const score = formatScore(state.scores[col] ?? 0);
  const other = row === null ? undefined : state.columns[col]?.[row];
  const action =
    col === carry.col && row === carry.row ? texts.dropBack
    : other === undefined ? texts.dropFree(card.number, score)
    : texts.dropSwap(card.number, cardOf(view.cards, other).number, score);
  const out = wrapClipped(texts.carrying(card.number, formatScore(state.scores[carry.col] ?? 0)), width - 1, 1).map((l) => ` ${l}`);
  out.push(...cardBlock(G.carried, card, width, Math.max(1, Math.min(3, rows - 2)), digits, style.bold));
  out.push(...wrapClipped(action, width - 1, 1).map((l) => ` ${style.bold(l)}`));
  return out.slice(0, rows);
}

/** The panel for the state's mode. */
export function panelLines(state: GridState, view: CardScreenView, width: number, rows: number): string[] {
  if (state.mode === 'pile' && chosenCard(state) !== undefined) return pilePanel(state, view, width, rows);
  if (state.mode === 'carry') return carryPanel(state, view, width, rows);
  return gridPanel(state, view, width, rows);
}

/** The rows the panel would like: the whole pile plus the chosen card's full text (pile), or a few lines. */
export function panelWants(state: GridState, view: CardScreenView, width: number): number {
  const chosen = chosenCard(state);
  if (chosen === undefined) return state.mode === 'carry' ? 5 : 6;
  const head = 6 + String(state.order.length).length;
  const chosenLines = Math.min(4, wrapText(cardOf(view.cards, chosen).text, width - head).length);
  return 1 + pileCards(state, state.pile).length + chosenLines - 1;
}

export function noticeText(notice: GridNotice | undefined, state: GridState, view: CardScreenView): string | undefined {
  if (!notice) return undefined;
  const { texts } = view;
  const num = (id: string) => cardOf(view.cards, id).number;
  switch (notice.kind) {
    case 'column-full':
      return texts.columnFull(formatScore(state.scores[notice.col] ?? 0));
    case 'nothing-to-undo':
      return texts.nothingToUndo;
    case 'nothing-placed':
      return texts.nothingPlaced;
    case 'picked-up':
      return texts.pickedUp(num(notice.id));
    case 'moved':
      return texts.moved(num(notice.id), formatScore(state.scores[notice.col] ?? 0));
    case 'swapped':
      return texts.swapped(num(notice.id), num(notice.other));
  }
}

/** The key help for the mode, most important first (keysLine drops what does not fit). */
export function keysFor(state: GridState, view: CardScreenView): string[] {
  const k = view.texts.keys;
  if (state.mode === 'pile') return [k.card, k.column, k.place, k.pileTab, k.moveCards, k.undo, k.help, k.stop];
  if (state.mode === 'carry') return [k.where, k.drop, k.putBack, k.help, k.stop];
  if (state.queue.length === 0) return [k.review, k.cards, k.pickUp, k.undo, k.help, k.stop];
  return [k.cards, k.pickUp, k.toPile, k.pileTab, k.undo, k.help, k.stop];
}
