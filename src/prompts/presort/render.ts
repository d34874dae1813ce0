import type { SortTexts } from '../../i18n/sort.ts';
import type { Card, Cards, StudyHeading } from '../cards.ts';
import { cardOf } from '../cards.ts';
import type { ScreenSize } from '../layout.ts';
import { headingLines, keysLine, progressBar, usableRows, usableWidth, wrapClipped } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { PILE_SYMBOL } from '../theme.ts';
import type { Pile, PresortState } from './state.ts';
import { currentStatement, isPresortDone, pileSizes, PILES } from './state.ts';

export interface PresortView {
  readonly heading: StudyHeading;
  readonly cards: Cards;
  readonly texts: SortTexts;
  readonly style: SortStyle;
  readonly size: ScreenSize;
}

/** The three pile choices side by side: key, symbol, name, meaning, count. */
function pileRow(state: PresortState, view: PresortView, width: number): string[] {
  const { texts, style } = view;
  const sizes = pileSizes(state);
  const cell = Math.floor((width - 1) / 3);
  const rows: string[][] = [[], [], []];
  PILES.forEach((pile: Pile, i) => {
    const active = !isPresortDone(state) && state.highlight === pile;
    const head = `${active ? '▸' : ' '}[${i + 1}] ${PILE_SYMBOL[pile]} ${texts.pile[pile]}${active ? ' ◂' : ''}`;
    const lines = [head, `     ${texts.pileHint[pile]}`, `     (${sizes[pile]})`].map((l) => centreLeft(l, cell));
    const styled = [
      active ? style.active(lines[0] ?? '') : style.pile(pile, lines[0] ?? ''),
      style.dim(lines[1] ?? ''),
      lines[2] ?? '',
    ];
    styled.forEach((l, r) => rows[r]?.push(l));
  });
  return rows.map((r) => ` ${r.join('')}`.trimEnd());
}

/** Left-aligns text in a cell of `width`, cut to fit. */
function centreLeft(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function statementBlock(card: Card, view: PresortView, width: number, maxLines: number): string[] {
  const { texts, style } = view;
  const lines = [style.dim(` ${texts.presortStatement(card.number)}`), ''];
  for (const l of wrapClipped(card.text, width - 4, Math.max(1, maxLines - 2))) lines.push(`   ${style.bold(l)}`);
  return lines;
}

/** The pre-sort screen as a string of at most size.rows − 1 lines, none wider than size.columns − 1. */
export function renderPresort(state: PresortState, view: PresortView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const total = state.order.length;
  const done = state.choices.length;
  const progress = `${texts.presortHeading} · ${Math.min(done + 1, total)} / ${total}`;
  const instructionLines = rows >= 20 ? 2 : 1;
  const out = headingLines(view.heading, isPresortDone(state) ? `${texts.presortHeading} · ${total} / ${total}` : progress, width, instructionLines, style);
  const bar = progressBar(done, total, width - 2);
  out.push(` ${style.bold(bar.filled)}${style.dim(bar.empty)}`, '');
  const keys = isPresortDone(state) ? [texts.keys.next, texts.keys.undo, texts.keys.stop] : [texts.keys.choose, texts.keys.pick, texts.keys.undo, texts.keys.stop];
  const lastPile = state.choices[done - 1];
  const lastId = state.order[done - 1];
  const previous =
    lastPile !== undefined && lastId !== undefined && !isPresortDone(state)
      ? style.dim(` ${texts.previous(cardOf(view.cards, lastId).number, `${PILE_SYMBOL[lastPile]} ${texts.pile[lastPile]}`)}`)
      : '';
  const footer = ['', previous, style.dim(` ${keysLine(keys, width - 1)}`)];
  const piles = pileRow(state, view, width);
  const id = currentStatement(state);
  let body: string[];
  if (id === undefined) {
    const sizes = pileSizes(state);
    body = [
      ...wrapClipped(texts.presortDone(sizes), width - 2, 3).map((l) => ` ${style.success(l)}`),
      '',
      ...wrapClipped(texts.presortDoneHint, width - 2, 3).map((l) => ` ${l}`),
    ];
  } else {
    const room = rows - out.length - footer.length - piles.length - 2;
    body = statementBlock(cardOf(view.cards, id), view, width, Math.min(7, room));
  }
  // Keep the pile row at the same height on every card: pad the statement to a fixed block.
  const blockHeight = Math.max(body.length, Math.min(7, rows - out.length - footer.length - piles.length - 1));
  while (body.length < blockHeight) body.push('');
  out.push(...body, '', ...(id === undefined ? [] : piles), ...footer);
  return out.slice(0, rows).map((l) => l.trimEnd()).join('\n');
}
