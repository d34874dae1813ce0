import type { Card, CardScreenView } from '../cards.ts';
import { cardOf } from '../cards.ts';
import { headingLines, keysLine, progressBar, usableRows, usableWidth, wrapClipped } from '../layout.ts';
import { PILE_SYMBOL } from '../theme.ts';
import type { Pile, PresortState } from './state.ts';
import { currentStatement, isPresortDone, pileSizes, PILES } from './state.ts';

export type PresortView = CardScreenView;

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
  const head = [style.dim(` ${texts.presortStatement(card.number)}`), ...(maxLines >= 4 ? [''] : [])];
  const text = wrapClipped(card.text, width - 4, Math.max(1, maxLines - head.length)).map((l) => `   ${style.bold(l)}`);
  return [...head, ...text];
}

/** The pre-sort screen as a string of at most size.rows − 1 lines, none wider than size.columns − 1. */
export function renderPresort(state: PresortState, view: PresortView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const total = state.order.length;
  const done = state.choices.length;
  const right = `${texts.presortHeading} · ${Math.min(done + 1, total)} / ${total}`;
  const id = currentStatement(state);
  const keys = id === undefined ? [texts.keys.next, texts.keys.undo, texts.keys.stop] : [texts.keys.choose, texts.keys.undo, texts.keys.stop];
  const lastPile = state.choices[done - 1];
  const lastId = state.order[done - 1];
  const previous =
    lastPile !== undefined && lastId !== undefined && id !== undefined
      ? style.dim(` ${wrapClipped(texts.previous(cardOf(view.cards, lastId).number, `${PILE_SYMBOL[lastPile]} ${texts.pile[lastPile]}`), width - 1, 1)[0] ?? ''}`)
      : '';
  const piles = id === undefined ? [] : pileRow(state, view, width);
  const keyLine = style.dim(` ${keysLine(keys, width - 1)}`);

  // Fixed: title, bar, piles, keys, and two lines of statement. The rest is given out in order of usefulness.
  let budget = rows - (1 + 1 + piles.length + 1 + 2);
  const take = (want: number): number => {
    const got = Math.max(0, Math.min(want, budget));
    budget -= got;
    return got;
  };
  const instructionLines = take(1) + (rows >= 20 ? take(1) : 0);
  const previousLines = take(1);
  const gapAfterBar = take(1);
  const gapBeforePiles = take(1);
  const gapBeforeFooter = take(1);
  // The statement gets at least 7 lines (so the piles stay put from card to card) and more when a long one needs them.
  const needed = id === undefined ? 7 : 2 + wrapClipped(cardOf(view.cards, id).text, width - 4, rows).length;
  const statementLines = 2 + take(Math.max(5, needed - 2));

  const out = headingLines(view.heading, right, width, instructionLines, style);
  const bar = progressBar(done, total, width - 2);
  out.push(` ${style.bold(bar.filled)}${style.dim(bar.empty)}`);
  if (gapAfterBar) out.push('');
  let body: string[];
  if (id === undefined) {
    const sizes = pileSizes(state);
    body = [
      ...wrapClipped(texts.presortDone(sizes), width - 2, 3).map((l) => ` ${style.success(l)}`),
      '',
      ...wrapClipped(texts.presortDoneHint, width - 2, 3).map((l) => ` ${l}`),
    ].slice(0, statementLines);
  } else {
    body = statementBlock(cardOf(view.cards, id), view, width, statementLines);
  }
  // The piles stay at the same height from card to card: the statement is padded to a fixed block.
  while (body.length < statementLines) body.push('');
  out.push(...body);
  if (gapBeforePiles) out.push('');
  out.push(...piles);
  if (gapBeforeFooter) out.push('');
  if (previousLines) out.push(previous);
  out.push(keyLine);
  return out.map((l) => l.trimEnd()).join('\n');
}
