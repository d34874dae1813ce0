import { localText } from '../core/text.ts';
import type { Question, Study } from '../core/types.ts';
import type { SortTexts } from '../i18n/sort.ts';
import { formatScore } from '../i18n/sort.ts';
import type { Cards, StudyHeading } from '../prompts/cards.ts';
import { cardOf } from '../prompts/cards.ts';
import type { ScreenSize } from '../prompts/layout.ts';
import { headingLines, usableWidth, wrapClipped } from '../prompts/layout.ts';
import type { GridState } from '../prompts/qsort-grid/state.ts';
import type { SortStyle } from '../prompts/theme.ts';
import { wrapText } from '../text/wrap.ts';
import type { SortStep } from './draft.ts';

/** The texts of the flow's plain screens (welcome, questions, saved), pure and width-aware. */

const indented = (text: string, width: number, indent: string): string[] => wrapText(text, width - indent.length).map((l) => `${indent}${l}`);

/** The welcome screen's body: the question, the scale, the steps ahead. */
export function welcomeBody(study: Study, heading: StudyHeading, texts: SortTexts) {
  const lo = formatScore(study.distribution.scores[0] ?? 0);
  const hi = formatScore(study.distribution.scores[study.distribution.scores.length - 1] ?? 0);
  const scores = study.distribution.scores;
  const middle = scores.includes(0) ? '0' : undefined;
  return (width: number, style: SortStyle): string[] => {
    const lines = [` ${style.bold(texts.welcome)}`];
    lines.push(...indented(texts.welcomeBody(study.statements.length), width, ' '), '');
    lines.push(...indented(heading.instruction, width, '   ').map((l) => style.bold(l)), '');
    const scale = (score: string, text: string) => {
      const head = `   ${score.padStart(3)}  `;
      return wrapText(text, width - head.length).map((l, i) => `${i === 0 ? head : ' '.repeat(head.length)}${l}`);
    };
    lines.push(...scale(hi, texts.scaleMost));
    if (middle) lines.push(...scale(middle, texts.scaleMiddle));
    lines.push(...scale(lo, texts.scaleLeast), '');
    lines.push(` ${texts.stepsHeading}`);
    texts.steps.forEach((step, i) => lines.push(...wrapText(step, width - 6).map((l, k) => (k === 0 ? `  ${i + 1}. ${l}` : `     ${l}`))));
    lines.push('', ...indented(texts.safety, width, ' '));
    return lines;
  };
}

/** The statements of the column a 'most'/'least' question is about. */
export function questionColumn(question: Question, grid: GridState): { score: number; ids: readonly string[] } | undefined {
  if (question.kind === 'free') return undefined;
  const col = question.kind === 'most' ? grid.scores.length - 1 : 0;
  return { score: grid.scores[col] ?? 0, ids: grid.columns[col] ?? [] };
}

export interface QuestionScreen {
  readonly question: Question;
  readonly index: number;
  readonly total: number;
  readonly grid: GridState;
  readonly cards: Cards;
  readonly heading: StudyHeading;
  readonly lang: 'nl' | 'en';
  readonly texts: SortTexts;
  readonly style: SortStyle;
  readonly size: ScreenSize;
}

/** A question's screen: heading, question, the statements it is about; the answer line follows it. */
export function questionScreen(q: QuestionScreen): string {
  const { texts, style } = q;
  const width = usableWidth(q.size);
  const lines = headingLines(q.heading, `${capitalised(texts.stepName.questions)} · ${q.index} / ${q.total}`, width, 2, style);
  lines.push('', ` ${style.dim(texts.questionOf(q.index, q.total))}`);
  lines.push(...indented(localText(q.question.text, q.lang), width, ' ').map((l) => style.bold(l)), '');
  const column = questionColumn(q.question, q.grid);
  if (column) {
    const room = Math.max(4, q.size.rows - 12);
    const perCard = Math.max(1, Math.floor(room / Math.max(1, column.ids.length)));
    for (const id of column.ids) {
      const card = cardOf(q.cards, id);
      const head = `   ${formatScore(column.score).padStart(2)}  ${card.number.padStart(2)}  `;
      wrapClipped(card.text, width - head.length, perCard).forEach((l, i) => lines.push(`${i === 0 ? head : ' '.repeat(head.length)}${l}`));
    }
    lines.push('');
  }
  if (!q.question.required) lines.push(` ${style.dim(texts.optional)}`);
  return lines.join('\n');
}

/** The name screen (and the typed-team screen): the heading with the step, the question, a line on what it is for. */
export function nameScreen(heading: StudyHeading, texts: SortTexts, question: string, note: string | undefined) {
  return (size: ScreenSize, style: SortStyle): string => {
    const width = usableWidth(size);
    const lines = headingLines(heading, texts.nameStep, width, 2, style);
    lines.push('', ...indented(question, width, ' ').map((l) => style.bold(l)));
    if (note) lines.push(...indented(note, width, ' ').map((l) => style.dim(l)));
    lines.push('');
    return lines.join('\n');
  };
}

/** The message of a choice on the name screens (the team): the heading, then the question. */
export function choiceMessage(heading: StudyHeading, texts: SortTexts, question: string, size: ScreenSize, style: SortStyle): string {
  const lines = headingLines(heading, texts.nameStep, usableWidth(size), 2, style);
  lines.push('', ...question.split('\n').map((l) => ` ${style.bold(l.trim())}`));
  return lines.join('\n');
}

/** The last screen: saved, where, what happens next, close the window. */
export function savedScreen(participant: string, location: string, texts: SortTexts, style: SortStyle, size: ScreenSize): string {
  const width = usableWidth(size);
  return [
    '',
    ` ${style.success(texts.savedTitle)}`,
    '',
    ...indented(texts.thanks(participant), width, ' '),
    ...indented(texts.savedWhere(location), width, ' '),
    '',
    ...indented(texts.savedNext, width, ' '),
    '',
    ` ${style.bold(texts.savedClose)}`,
    '',
  ].join('\n');
}

export const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "grid, 9 of 24 placed" for the resume question. */
export function progressPhrase(step: SortStep, done: number, total: number, texts: SortTexts): string {
  if (step === 'presort') return `${texts.stepName.presort}, ${done} / ${total}`;
  if (step === 'grid') return `${texts.stepName.grid}, ${texts.progressPlaced(done, total)}`;
  return texts.stepName[step];
}
