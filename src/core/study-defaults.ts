import type { Distribution, Lang, LocalText, Question, Statement, Study } from './types.ts';

/** The clinic's condition of instruction. */
export const DEFAULT_INSTRUCTION: LocalText = {
  nl: 'Welke aspecten hebben de grootste invloed op de klantgerichtheid van medewerkers?',
  en: 'Which aspects have the greatest influence on how customer-focused employees are?',
};

export const DEFAULT_TITLE: LocalText = { nl: 'Klantgerichtheid van medewerkers', en: 'Customer focus of employees' };

/** −4..+4 with counts 1,2,3,4,4,4,3,2,1: the default for 24 statements. */
export const DEFAULT_DISTRIBUTION: Distribution = { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] };

/** The post-sort questions: why the extremes, and the clinic's free choice ("vrije keuze"). */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  {
    id: 'most',
    kind: 'most',
    text: {
      nl: 'Waarom hebt u deze stelling(en) in de meest rechtse kolom gelegd?',
      en: 'Why did you place these statements in the rightmost column?',
    },
  },
  {
    id: 'least',
    kind: 'least',
    text: {
      nl: 'Waarom hebt u deze stelling(en) in de meest linkse kolom gelegd?',
      en: 'Why did you place these statements in the leftmost column?',
    },
  },
  {
    id: 'missing',
    kind: 'free',
    text: {
      nl: 'Welk aspect dat de klantgerichtheid beïnvloedt, ontbreekt volgens u?',
      en: 'Which aspect that influences customer focus is missing?',
    },
  },
];

export interface NewStudyInput {
  readonly statements: readonly Statement[];
  readonly distribution: Distribution;
  readonly language: Lang;
  readonly title?: string;
  readonly instruction?: string;
  readonly questions?: readonly Question[];
  readonly createdAt: string;
}

/** Assembles a new study (pure). A custom instruction is stored in the study's language. */
export function newStudy(input: NewStudyInput): Study {
  return {
    schemaVersion: 1,
    title: input.title ?? DEFAULT_TITLE[input.language] ?? 'Q-sort',
    language: input.language,
    instruction: input.instruction ? { [input.language]: input.instruction } : DEFAULT_INSTRUCTION,
    statements: input.statements,
    distribution: input.distribution,
    questions: input.questions ?? DEFAULT_QUESTIONS,
    createdAt: input.createdAt,
  };
}
