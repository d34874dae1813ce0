import type { SortStyle } from '../theme.ts';
import type { PaperSheetState, Problem, SheetCards } from '../../core/paper-sheet.ts';
import { checkLine, remainingIds } from '../../core/paper-sheet.ts';

/** What the sheet screen says (i18n/paper.ts has them in nl and en). */
export interface PaperSheetTexts {
  readonly heading: string;
  readonly instruction: string;
  readonly column: (score: string, count: number) => string;
  readonly left: string;
  readonly lastColumn: string;
  readonly keys: string;
  readonly problem: (problem: Problem, score: (s: number) => string) => string;
}

/** A score as the sheet prints it: −4, 0, +4. */
export const scoreLabel = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');

/** Labels in one line, cut with … to `width`. */
function labelLine(labels: readonly string[], width: number): string {
  let line = '';
  for (const [k, label] of labels.entries()) {
    const next = line === '' ? label : `${line} ${label}`;
    if (next.length > width - 2 && k < labels.length - 1) return `${line} …`;
    line = next;
  }
  return line;
}

/**
 * The screen as two parts: the top ends with the line being typed (the cursor
 * stays there), the bottom holds the columns still to come, the cards left,
 * the problem and the keys.
 */
export function renderPaperSheet(state: PaperSheetState, cards: SheetCards, texts: PaperSheetTexts, style: SortStyle, width: number): [string, string] {
  const labelOf = (id: string) => cards.labels[cards.ids.indexOf(id)] ?? id;
  const head = state.columns.map((c) => texts.column(scoreLabel(c.score), c.count));
  const pad = Math.max(...head.map((h) => h.length));
  const top = [style.title(texts.heading), style.dim(texts.instruction)];
  state.filled.forEach((ids, c) => top.push(`   ${head[c]!.padEnd(pad)}  ${ids.map(labelOf).join(' ')}`));
  const bottom: string[] = [];
  state.columns.slice(state.current + 1).forEach((_, k) => bottom.push(`   ${head[state.current + 1 + k]!.padEnd(pad)}`));
  const typing = new Set(checkLine(state, cards).ids);
  const left = remainingIds(state, cards).filter((id) => !typing.has(id)).map(labelOf);
  bottom.push('', `${texts.left} ${labelLine(left, width - texts.left.length - 1)}`);
  if (state.current === state.columns.length - 1 && state.input.trim() === '') bottom.push(style.dim(texts.lastColumn));
  const problem = state.refused ?? checkLine(state, cards).problem;
  bottom.push(problem ? style.error(`✗ ${texts.problem(problem, scoreLabel)}`) : '');
  bottom.push(style.dim(texts.keys));
  const current = head[state.current];
  const line = current === undefined ? '' : `${style.active(` › ${current.padEnd(pad)} `)} ${state.input}`;
  return [[...top, line].join('\n'), bottom.join('\n')];
}
