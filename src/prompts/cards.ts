import { localText, statementShort, statementText } from '../core/text.ts';
import type { Lang, Study } from '../core/types.ts';
import type { SortTexts } from '../i18n/sort.ts';
import type { ScreenSize } from './layout.ts';
import { PLAIN_STYLE, type SortStyle } from './theme.ts';

/** A statement as the sort screens show it: its number in the study, full text and short label (≤ 18 characters). */
export interface Card {
  readonly id: string;
  /** 1-based position in the study: the number printed on the card. */
  readonly number: string;
  readonly text: string;
  readonly label: string;
}

export type Cards = ReadonlyMap<string, Card>;

/** The cards of a study in one language (pure). */
export function cardsFor(study: Study, lang: Lang): Cards {
  return new Map(
    study.statements.map((s, i) => [s.id, { id: s.id, number: String(i + 1), text: statementText(s, lang), label: statementShort(s, lang) }]),
  );
}

/** The study's header lines: the title and the condition of instruction in `lang`. */
export interface StudyHeading {
  readonly title: string;
  readonly instruction: string;
}

export function studyHeading(study: Study, lang: Lang): StudyHeading {
  return { title: study.title, instruction: localText(study.instruction, lang) };
}

/** The card for an id; a missing id is a bug in the caller, shown rather than thrown. */
export function cardOf(cards: Cards, id: string): Card {
  return cards.get(id) ?? { id, number: id, text: id, label: id };
}

/** What the card screens (pre-sort, grid) draw with. */
export interface CardScreenView {
  readonly heading: StudyHeading;
  readonly cards: Cards;
  readonly texts: SortTexts;
  readonly style: SortStyle;
  readonly size: ScreenSize;
}

/** A card screen's view from its prompt config (plain style unless given) and the terminal size. */
export function cardScreenView(
  config: { readonly heading: StudyHeading; readonly cards: Cards; readonly texts: SortTexts; readonly style?: SortStyle | undefined },
  size: ScreenSize,
): CardScreenView {
  return { heading: config.heading, cards: config.cards, texts: config.texts, style: config.style ?? PLAIN_STYLE, size };
}
