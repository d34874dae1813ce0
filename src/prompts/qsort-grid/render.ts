import { formatScore } from '../../i18n/sort.ts';
import type { Card, CardScreenView } from '../cards.ts';
import { cardOf } from '../cards.ts';
import { centre, headingLines, keysLine, usableRows, usableWidth, wrapClipped } from '../layout.ts';
import { PILE_SYMBOL } from '../theme.ts';
import type { GridNotice, GridState } from './state.ts';
import { inHand, placedCount } from './state.ts';
import { GRID_GLYPHS as G, MAX_CELL_WIDTH, MIN_LABEL_INNER } from './theme.ts';

export type GridView = CardScreenView;

/** Column geometry for a width: each column takes `cell` columns, the last one of which is a gap. */
interface Geometry {
  readonly cell: number;
  readonly margin: number;
  /** Boxes with borders (else a compact grid without borders). */
  readonly boxed: boolean;
  /** Characters inside a box (or a compact cell) between the cursor marks. */
  readonly inner: number;
  readonly labels: boolean;
  /** Lines per card: more than one on tall terminals, so that labels wrap instead of being cut. */
  readonly cardHeight: number;
}

function geometry(state: GridState, width: number, digits: number, spareRows: number): Geometry {
  const n = state.scores.length;
  const cell = Math.max(3, Math.min(MAX_CELL_WIDTH, Math.floor((width - 1) / n)));
  // Boxed: │ + mark + content + mark + │ and a gap → content = cell − 5.
  const boxed = cell - 5 >= digits;
  const inner = boxed ? cell - 5 : cell - 3;
  const margin = Math.max(1, Math.floor((width - n * cell) / 2));
  const maxCap = Math.max(1, ...state.capacities);
  // A second (third) line per card when the terminal has the rows for it and a label would otherwise be cut short.
  const cardHeight = inner >= MIN_LABEL_INNER && inner < 24 && spareRows >= maxCap ? 2 : 1;
  return { cell, margin, boxed, inner, labels: inner >= MIN_LABEL_INNER, cardHeight };
}

const pad = (text: string, width: number): string => (text.length > width ? text.slice(0, width) : text.padEnd(width));
const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width));

/** The lines of one placed card in a cell: the number, and the short label when there is room. */
function cardContent(card: Card, g: Geometry, digits: number): string[] {
  const number = card.number.padStart(digits);
  if (!g.labels) return [pad(`${' '.repeat(Math.max(0, Math.floor((g.inner - digits) / 2)))}${number}`, g.inner)];
  if (g.cardHeight === 1) return [cut(`${number} ${card.label}`, g.inner)];
  // Word by word; a word longer than the cell is cut with … rather than split.
  const lines: string[] = [];
  const indent = ' '.repeat(digits + 1);
  let line = number;
  for (const word of card.label.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length <= g.inner || line === number) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = `${indent}${word}`;
    }
  }
  lines.push(line);
  const kept = lines.slice(0, g.cardHeight);
  if (lines.length > g.cardHeight) kept[kept.length - 1] = `${kept[kept.length - 1] ?? ''}…`;
  return kept.map((l) => cut(l, g.inner));
}

/** One line of the grid: `segments[col]` for every column, laid out in cells. */
function joinCells(segments: readonly string[], g: Geometry): string {
  return `${' '.repeat(g.margin)}${segments.join('')}`.trimEnd();
}

function gridLines(state: GridState, view: GridView, g: Geometry, digits: number): string[] {
  const { style, texts } = view;
  const n = state.scores.length;
  const maxCap = Math.max(...state.capacities);
  const { col: cursorCol, row: cursorRow } = state.cursor;
  const boxWidth = g.cell - 1;
  const h = g.cardHeight;
  const header = state.scores.map((score, col) => {
    const text = formatScore(score);
    const centred = pad(' '.repeat(Math.max(0, Math.floor((boxWidth - text.length) / 2))) + text, boxWidth);
    if (col !== cursorCol) return `${style.bold(centred)} `;
    const mark = `${G.cursorLeft}${text.padStart(3)} ${G.cursorRight}`;
    const marked = mark.length <= boxWidth ? pad(' '.repeat(Math.floor((boxWidth - mark.length) / 2)) + mark, boxWidth) : pad(`${G.cursorLeft}${text}`, boxWidth);
    return `${style.active(marked)} `;
  });
  const lines = [joinCells(header, g)];
  const rowsShown = g.boxed ? maxCap * h + 2 : maxCap * h;
  const contents = state.columns.map((column) => column.map((id) => cardContent(cardOf(view.cards, id), g, digits)));
  for (let line = 0; line < rowsShown; line++) {
    const segments: string[] = [];
    const bodyLine = g.boxed ? line - 1 : line;
    const row = Math.floor(bodyLine / h);
    const sub = bodyLine - row * h;
    for (let col = 0; col < n; col++) {
      const cap = state.capacities[col] ?? 0;
      const column = state.columns[col] ?? [];
      const atCursor = col === cursorCol;
      let seg: string;
      if (g.boxed && line === 0) {
        seg = cap > 0 ? style.dim(`${G.topLeft}${G.horizontal.repeat(boxWidth - 2)}${G.topRight}`) : ' '.repeat(boxWidth);
      } else if (g.boxed && row === cap && sub === 0) {
        const full = atCursor && cursorRow === null && column.length >= cap && state.queue.length > 0;
        if (full) seg = `${style.dim(G.bottomLeft)}${style.error(centre(texts.full, boxWidth - 2))}${style.dim(G.bottomRight)}`;
        else seg = cap > 0 ? style.dim(`${G.bottomLeft}${G.horizontal.repeat(boxWidth - 2)}${G.bottomRight}`) : ' '.repeat(boxWidth);
      } else if (bodyLine < 0 || row >= cap) {
        seg = ' '.repeat(boxWidth);
      } else {
        const id = column[row];
        const isCursor = atCursor && (cursorRow === row || (cursorRow === null && row === column.length));
        const free = !g.boxed && !isCursor && sub === 0 ? pad(` ${G.freeDot}`.padStart(Math.ceil(g.inner / 2) + 1), g.inner) : ' '.repeat(g.inner);
        const body = id === undefined ? free : (contents[col]?.[row]?.[sub] ?? ' '.repeat(g.inner));
        const cellText = isCursor ? `${G.cursorLeft}${body}${G.cursorRight}` : ` ${body} `;
        const styled = isCursor ? style.active(cellText) : id === undefined ? style.dim(cellText) : cellText;
        seg = g.boxed ? `${style.dim(G.vertical)}${styled}${style.dim(G.vertical)}` : styled;
      }
      segments.push(`${seg} `);
    }
    lines.push(joinCells(segments, g));
  }
  return lines;
}

function noticeText(notice: GridNotice | undefined, state: GridState, view: GridView): string | undefined {
  if (!notice) return undefined;
  const { texts } = view;
  const num = (id: string) => cardOf(view.cards, id).number;
  switch (notice.kind) {
    case 'column-full':
      return texts.columnFull(formatScore(state.scores[notice.col] ?? 0));
    case 'nothing-to-undo':
      return texts.nothingToUndo;
    case 'picked-up':
      return texts.pickedUp(num(notice.id));
    case 'swapped':
      return texts.swapped(num(notice.placed), num(notice.picked));
  }
}

/** "+ 18  text…" wrapped under its number. */
function cardBlock(mark: string, card: Card, width: number, maxLines: number, emphasis: (t: string) => string): string[] {
  const head = ` ${mark} ${card.number.padStart(2)}  `;
  const lines = wrapClipped(card.text, width - head.length, Math.max(1, maxLines));
  return lines.map((l, i) => (i === 0 ? `${head}${emphasis(l)}` : `${' '.repeat(head.length)}${emphasis(l)}`));
}

/** The smallest terminal the grid fits in: compact cells of the number's width, the tallest column, and the texts around it. */
export function minimumSize(state: Pick<GridState, 'scores' | 'capacities' | 'queue' | 'columns'>): { columns: number; rows: number } {
  const total = state.queue.length + state.columns.reduce((n, c) => n + c.length, 0);
  const digits = String(total).length;
  return { columns: state.scores.length * (digits + 3) + 3, rows: Math.max(...state.capacities) + 9 };
}

/**
 * The grid screen: at most size.rows − 1 lines, none wider than size.columns − 1.
 * Optional parts (blank lines, the column's labels, the second instruction line)
 * give way first when the terminal is short.
 */
export function renderGrid(state: GridState, view: GridView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const total = state.queue.length + placedCount(state);
  const digits = String(total).length;
  const minimum = minimumSize(state);
  if (view.size.columns < minimum.columns || view.size.rows < minimum.rows) {
    return wrapClipped(texts.tooSmall(minimum.columns, minimum.rows), width - 1, rows).map((l) => ` ${l}`).join('\n');
  }
  // Rows the rest of the screen needs at its fullest (see the budget below), the remainder can go to taller cards.
  const maxCap = Math.max(1, ...state.capacities);
  const restRows = 1 + 2 + 1 + 1 + 2 + 1 + 4 + 5 + 1 + 1;
  const g = geometry(state, width, digits, rows - restRows - (maxCap + 3));
  const grid = gridLines(state, view, g, digits);
  const right = `${texts.gridStep} · ${texts.progressPlaced(placedCount(state), total)}`;

  const hand = inHand(state);
  const { col, row } = state.cursor;
  const columnIds = state.columns[col] ?? [];
  const focusedId = row === null ? undefined : columnIds[row];
  const score = formatScore(state.scores[col] ?? 0);

  const keys =
    hand === undefined
      ? focusedId === undefined
        ? [texts.keys.review, texts.keys.pickUp, texts.keys.undo, texts.keys.help, texts.keys.stop]
        : [texts.keys.column, texts.keys.take, texts.keys.undo, texts.keys.help, texts.keys.stop]
      : focusedId === undefined
        ? [texts.keys.column, texts.keys.place, texts.keys.pickUp, texts.keys.undo, texts.keys.help, texts.keys.stop]
        : [texts.keys.column, texts.keys.swap, texts.keys.pickUp, texts.keys.undo, texts.keys.help, texts.keys.stop];
  const keyLine = style.dim(` ${keysLine(keys, width - 1)}`);
  const notice = noticeText(state.notice, state, view);
  const noticeLine = notice ? ` ${(state.notice?.kind === 'column-full' || state.notice?.kind === 'nothing-to-undo' ? style.error : style.bold)(wrapClipped(notice, width - 1, 1)[0] ?? '')}` : '';

  // Fixed: title, grid, hand header, one hand line, notice, keys.
  let budget = rows - (1 + grid.length + 2 + 1 + 1);
  const take = (want: number): number => {
    const got = Math.max(0, Math.min(want, budget));
    budget -= got;
    return got;
  };
  const instructionLines = take(1) + (budget > 8 ? take(1) : 0);
  const blankAfterHeading = take(1);
  const sideLine = budget > 6 ? take(1) : 0;
  const columnListLines = budget > 3 ? take(focusedId === undefined ? 2 : 1) : 0;
  const blankBeforeHand = take(1);
  const handExtra = take(hand !== undefined && focusedId !== undefined ? 1 : 3);
  const focusLines = focusedId !== undefined ? take(1) + (budget > 0 ? take(Math.min(3, budget)) : 0) : 0;
  const blankBeforeKeys = take(1);

  const out = headingLines(view.heading, right, width, instructionLines, style);
  if (blankAfterHeading) out.push('');
  if (sideLine) {
    const left = `${G.cursorRight} ${texts.leftEnd}`;
    const rightEnd = `${texts.rightEnd} ${G.cursorLeft}`;
    const inner = Math.max(0, state.scores.length * g.cell - 1 - left.length - rightEnd.length);
    out.push(style.dim(`${' '.repeat(g.margin)}${left}${' '.repeat(inner)}${rightEnd}`));
  }
  out.push(...grid);
  if (columnListLines) {
    const list = columnIds.map((id) => {
      const c = cardOf(view.cards, id);
      return `${c.number} ${c.label}`;
    });
    const text = `${texts.inColumn(score)} ${list.length ? list.join(' · ') : texts.columnEmpty}`;
    out.push(...wrapClipped(text, width - 1, columnListLines).map((l) => style.dim(` ${l}`)));
  }
  if (blankBeforeHand) out.push('');
  if (hand !== undefined) {
    const card = cardOf(view.cards, hand);
    const pile = state.piles[hand] ?? 'neutral';
    const left = state.queue.length;
    const leftInPile = state.queue.filter((id) => state.piles[id] === pile).length;
    const header = texts.hand(`${PILE_SYMBOL[pile]} ${texts.pile[pile]}`, leftInPile, left);
    out.push(` ${style.pile(pile, wrapClipped(header, width - 1, 1)[0] ?? '')}`);
    out.push(...cardBlock(G.hand, card, width, 1 + handExtra, style.bold));
  } else {
    out.push(` ${style.success(wrapClipped((focusedId === undefined ? texts.allPlaced : texts.allPlacedOnCard)(total), width - 1, 1)[0] ?? '')}`);
    if (handExtra && focusedId === undefined) out.push('');
  }
  if (focusedId !== undefined && focusLines > 0) {
    out.push(` ${wrapClipped(texts.focused(score), width - 1, 1)[0] ?? ''}`);
    if (focusLines > 1) out.push(...cardBlock(G.cursorLeft, cardOf(view.cards, focusedId), width, focusLines - 1, (t) => t));
  }
  if (blankBeforeKeys && !noticeLine) out.push('');
  if (noticeLine) out.push(noticeLine);
  out.push(keyLine);
  return out.slice(0, rows).map((l) => l.trimEnd()).join('\n');
}

/** The grid's help screen (the ? key): how placing, moving and undoing work. */
export function renderGridHelp(view: GridView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const out = [` ${style.bold(texts.gridHelpTitle)}`, ''];
  for (const item of texts.gridHelp) {
    wrapClipped(item, width - 4, 4).forEach((l, i) => out.push(`${i === 0 ? ' • ' : '   '}${l}`));
  }
  const body = out.slice(0, rows - 2);
  body.push('', style.dim(` ${wrapClipped(texts.gridHelpClose, width - 1, 1)[0] ?? ''}`));
  return body.join('\n');
}
