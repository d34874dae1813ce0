import type { SortTexts } from '../../i18n/sort.ts';
import { formatScore } from '../../i18n/sort.ts';
import type { Cards, StudyHeading } from '../cards.ts';
import { cardOf } from '../cards.ts';
import type { ScreenSize } from '../layout.ts';
import { headingLines, keysLine, usableRows, usableWidth, wrapClipped } from '../layout.ts';
import { wrapText } from '../../text/wrap.ts';
import type { SortStyle } from '../theme.ts';
import type { ScrollState } from './state.ts';
import { maxOffset } from './state.ts';

export interface PagerView {
  readonly heading: StudyHeading;
  /** Right side of the title line (step, progress). */
  readonly right: string;
  /** The body for a text width; lines may carry style codes, but never exceed the width in plain characters. */
  readonly body: (width: number, style: SortStyle) => readonly string[];
  readonly keys: readonly string[];
  /** The scroll key help, shown only when the body does not fit. */
  readonly scrollKey: string;
  readonly texts: SortTexts;
  readonly style: SortStyle;
  readonly size: ScreenSize;
}

/** How many body lines fit: the rows minus the heading (title, instruction), a blank, and blank + scroll hint + keys. */
export function pagerViewport(size: ScreenSize, heading: StudyHeading): number {
  const instructionLines = heading.instruction ? wrapClipped(heading.instruction, usableWidth(size) - 1, 2).length : 0;
  return Math.max(3, usableRows(size) - (1 + instructionLines) - 1 - 3);
}

/** A scrolling text screen: a window of the body, a hint of what is above/below, the keys. */
export function renderPager(state: ScrollState, view: PagerView): string {
  const { style, texts } = view;
  const width = usableWidth(view.size);
  const viewport = pagerViewport(view.size, view.heading);
  const body = view.body(width, style);
  const offset = Math.min(state.offset, maxOffset(body.length, viewport));
  const out = headingLines(view.heading, view.right, width, 2, style);
  out.push('', ...body.slice(offset, offset + viewport));
  const above = offset;
  const below = Math.max(0, body.length - offset - viewport);
  const keys = body.length > viewport ? [view.keys[0] ?? '', view.scrollKey, ...view.keys.slice(1)] : view.keys;
  out.push('', style.dim(` ${texts.more(above, below)}`), style.dim(` ${keysLine(keys, width - 1)}`));
  return out.map((l) => l.trimEnd()).join('\n');
}

/** The review body: the columns from the highest score to the lowest, each card with its full text. */
export function reviewBody(columns: readonly (readonly string[])[], scores: readonly number[], cards: Cards, texts: SortTexts) {
  return (width: number, style: SortStyle): string[] => {
    const lines = [` ${texts.reviewIntro}`];
    for (let col = columns.length - 1; col >= 0; col--) {
      lines.push('', ` ${style.bold(texts.column(formatScore(scores[col] ?? 0)))}`);
      for (const id of columns[col] ?? []) {
        const card = cardOf(cards, id);
        const head = `   ${card.number.padStart(2)}  `;
        wrapText(card.text, width - head.length).forEach((l, i) => lines.push(`${i === 0 ? head : ' '.repeat(head.length)}${l}`));
      }
    }
    return lines;
  };
}
