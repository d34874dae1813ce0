import { formatScore } from '../../i18n/sort.ts';
import type { Card, CardScreenView } from '../cards.ts';
import { cardOf } from '../cards.ts';
import { centre } from '../layout.ts';
import type { GridState } from './state.ts';
import { GRID_GLYPHS as G, LABELS_FROM_COLUMNS, MAX_CARD_LINES, MAX_CELL_WIDTH, MIN_LABEL_INNER } from './theme.ts';

/**
 * The grid itself: a header of scores and one box per column. The cursor
 * replaces a cell's side borders with ▸ ◂ (in colour also inverse), a carried
 * card's cell has dotted sides ┆ until it is dropped; a free place is empty.
 */

/** Column geometry for a width: each column takes `cell` columns, the last one of which is a gap. */
export interface Geometry {
  readonly cell: number;
  readonly margin: number;
  /** Boxes with borders (else, on a short terminal, the same cells without the top and bottom borders). */
  readonly boxed: boolean;
  /** Characters inside a cell, between its side borders (or cursor marks). */
  readonly inner: number;
  readonly labels: boolean;
  /** Lines per card: more than one when labels are shown and need it. */
  readonly cardHeight: number;
}

export const digitsOf = (state: Pick<GridState, 'order'>): number => String(state.order.length).length;

/** The geometry for `width` × the rows the grid may take (`gridRows`, header included). */
export function geometry(state: GridState, view: CardScreenView, width: number, gridRows: number): Geometry {
  const n = state.scores.length;
  const digits = digitsOf(state);
  const cell = Math.max(digits + 3, Math.min(MAX_CELL_WIDTH, Math.floor((width - 1) / n)));
  const inner = cell - 3;
  const margin = Math.max(1, Math.floor((width - n * cell) / 2));
  const labels = view.size.columns >= LABELS_FROM_COLUMNS && inner >= MIN_LABEL_INNER;
  const maxCap = Math.max(1, ...state.capacities);
  const boxed = gridRows - 1 >= maxCap + 2;
  const wanted = labels ? Math.max(1, ...state.order.map((id) => labelLines(cardOf(view.cards, id), inner, digits, MAX_CARD_LINES).length)) : 1;
  const room = Math.floor((gridRows - 1 - (boxed ? 2 : 0)) / maxCap);
  return { cell, margin, boxed, inner, labels, cardHeight: Math.max(1, Math.min(wanted, room)) };
}

const pad = (text: string, width: number): string => (text.length > width ? text.slice(0, width) : text.padEnd(width));
const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);

/**
 * A label word-wrapped after the card's number: later lines start under the
 * label when the cell is wide enough, else at its left edge; a word longer
 * than a line is cut with "…", and so is the last line when more would follow.
 */
export function labelLines(card: Card, inner: number, digits: number, maxLines: number): string[] {
  const indent = inner - digits - 1 >= 8 ? ' '.repeat(digits + 1) : '';
  const lines: string[] = [];
  let line = card.number;
  for (const word of card.label.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length <= inner) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = cut(`${indent}${word}`, inner);
    }
  }
  lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) {
    const last = kept[kept.length - 1] ?? '';
    kept[kept.length - 1] = last.endsWith('…') ? last : last.length < inner ? `${last}…` : `${last.slice(0, inner - 1)}…`;
  }
  return kept;
}

/** The lines of one card in a cell: its number (centred), or the number and its label when labels are shown. */
function cardContent(card: Card, g: Geometry, digits: number): string[] {
  if (!g.labels) return [pad(`${' '.repeat(Math.max(0, Math.floor((g.inner - digits) / 2)))}${card.number.padStart(digits)}`, g.inner)];
  const lines = labelLines(card, g.inner, digits, g.cardHeight);
  return Array.from({ length: g.cardHeight }, (_, i) => pad(lines[i] ?? '', g.inner));
}

/** Where the cursor is in the grid: a card's row, a column's free place (its length), or nowhere. */
function cursorRow(state: GridState): number | undefined {
  const { col, row } = state.cursor;
  if (row !== null) return row;
  const len = state.columns[col]?.length ?? 0;
  return len < (state.capacities[col] ?? 0) ? len : undefined;
}

function headerLine(state: GridState, view: CardScreenView, g: Geometry): string {
  const boxWidth = g.cell - 1;
  const segments = state.scores.map((score, col) => {
    const text = formatScore(score);
    if (col !== state.cursor.col) return `${view.style.bold(centre(text, boxWidth))} `;
    const mark = `${G.cursorLeft}${text.padStart(3)} ${G.cursorRight}`;
    return `${view.style.active(mark.length <= boxWidth ? centre(mark, boxWidth) : pad(`${G.cursorLeft}${text}`, boxWidth))} `;
  });
  return `${' '.repeat(g.margin)}${segments.join('')}`.trimEnd();
}

interface CellContext {
  readonly state: GridState;
  readonly view: CardScreenView;
  readonly g: Geometry;
  readonly contents: readonly (readonly (readonly string[])[])[];
  /** The carried card's preview, drawn in the free place it would drop into. */
  readonly preview: readonly string[] | undefined;
  readonly cursorAt: number | undefined;
}

/** One column's segment on one grid line. */
function cellSegment(c: CellContext, col: number, line: number): string {
  const { state, view, g } = c;
  const { style } = view;
  const boxWidth = g.cell - 1;
  const cap = state.capacities[col] ?? 0;
  const column = state.columns[col] ?? [];
  const h = g.cardHeight;
  const bodyLine = g.boxed ? line - 1 : line;
  const row = Math.floor(bodyLine / h);
  const sub = bodyLine - row * h;
  if (cap === 0) return ' '.repeat(boxWidth);
  if (g.boxed && line === 0) return style.dim(`${G.topLeft}${G.horizontal.repeat(boxWidth - 2)}${G.topRight}`);
  if (g.boxed && row === cap && sub === 0) {
    const full = col === state.cursor.col && state.mode === 'pile' && column.length >= cap;
    if (full) return `${style.dim(G.bottomLeft)}${style.error(centre(view.texts.full, boxWidth - 2))}${style.dim(G.bottomRight)}`;
    return style.dim(`${G.bottomLeft}${G.horizontal.repeat(boxWidth - 2)}${G.bottomRight}`);
  }
  if (bodyLine < 0 || row >= cap) return ' '.repeat(boxWidth);
  const id = column[row];
  const isCursor = col === state.cursor.col && row === c.cursorAt;
  const isCarried = state.mode === 'carry' && state.carry?.col === col && state.carry.row === row;
  const emptyBody = !g.boxed && !isCursor && sub === 0 ? pad(` ${G.freeDot}`.padStart(Math.ceil(g.inner / 2) + 1), g.inner) : ' '.repeat(g.inner);
  const preview = id === undefined && isCursor ? c.preview?.[sub] : undefined;
  const body = id === undefined ? (preview ?? emptyBody) : (c.contents[col]?.[row]?.[sub] ?? ' '.repeat(g.inner));
  if (isCursor) return style.active(`${G.cursorLeft}${body}${G.cursorRight}`);
  const side = isCarried ? G.carried : G.vertical;
  const text = id === undefined || isCarried ? style.dim(body) : body;
  return `${style.dim(side)}${text}${style.dim(side)}`;
}

/** The grid's lines: the score header, then the boxes, at most `gridRows` lines in all. */
export function gridLines(state: GridState, view: CardScreenView, g: Geometry): string[] {
  const digits = digitsOf(state);
  const maxCap = Math.max(...state.capacities);
  const carried = state.mode === 'carry' && state.carry ? cardOf(view.cards, state.carry.id) : undefined;
  const context: CellContext = {
    state,
    view,
    g,
    contents: state.columns.map((column) => column.map((id) => cardContent(cardOf(view.cards, id), g, digits))),
    preview: carried ? cardContent(carried, g, digits) : undefined,
    cursorAt: cursorRow(state),
  };
  const lines = [headerLine(state, view, g)];
  const rowsShown = maxCap * g.cardHeight + (g.boxed ? 2 : 0);
  for (let line = 0; line < rowsShown; line++) {
    const segments = state.scores.map((_, col) => `${cellSegment(context, col, line)} `);
    lines.push(`${' '.repeat(g.margin)}${segments.join('')}`.trimEnd());
  }
  return lines;
}

/** The smallest terminal the grid fits in: compact cells of the number's width, the tallest column, and the texts around it. */
export function minimumSize(state: Pick<GridState, 'scores' | 'capacities' | 'order'>): { columns: number; rows: number } {
  const digits = digitsOf(state);
  return { columns: state.scores.length * (digits + 3) + 3, rows: Math.max(...state.capacities) + 9 };
}
