/**
 * The domain types of qsort. Plain JSON-compatible data: a study.json or a sort
 * file is exactly one of these objects. Statement and participant ids are strings,
 * never array positions.
 */

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in one or more languages; at least one is present. */
export type LocalText = Partial<Record<Lang, string>>;

export interface Statement {
  /** Stable id, e.g. "S01" or "1". */
  readonly id: string;
  /** Full text per language. */
  readonly text: LocalText;
  /** Label per language (reports, lists). Optional. */
  readonly label?: LocalText;
  /** Very short label (≤ 18 characters) per language, for the cells of the sort grid. Optional. */
  readonly short?: LocalText;
  /** Free category, e.g. "willen", "kunnen", "mogen". Optional. */
  readonly category?: string;
}

/**
 * A forced distribution: consecutive integer scores (ascending) and how many
 * statements each score takes. `scores[i]` takes `counts[i]` statements.
 */
export interface Distribution {
  readonly scores: readonly number[];
  readonly counts: readonly number[];
}

export type QuestionKind = 'most' | 'least' | 'free';

/** A post-sort question: about the most-agree column, the least-agree column, or free. */
export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: LocalText;
  readonly required?: boolean;
}

export interface Study {
  readonly schemaVersion: 1;
  readonly title: string;
  /** The study's main language (interface and statements). */
  readonly language: Lang;
  /** The condition of instruction: the question participants sort by. */
  readonly instruction: LocalText;
  readonly statements: readonly Statement[];
  readonly distribution: Distribution;
  /**
   * false: a free (or only roughly forced) study: sorts may use each score any
   * number of times (still on the distribution's scale), and `distribution` is
   * only the shape of the factor arrays (qmethod's `forced = FALSE`). Default true.
   */
  readonly forced?: boolean;
  readonly questions: readonly Question[];
  /** The teams a participant chooses from on the name screen (optional). */
  readonly teams?: readonly string[];
  /** With `teams`: a participant may also type a team that is not listed. */
  readonly teamsOpen?: boolean;
  readonly createdAt: string;
}

/** How a sort came in. */
export type SortSource = 'interactive' | 'add' | 'import' | 'serve';

/** The three piles of the pre-sort, in the order the participant sees them. */
export const PILES = ['disagree', 'neutral', 'agree'] as const;
export type Pile = (typeof PILES)[number];

export interface Presort {
  readonly agree: readonly string[];
  readonly neutral: readonly string[];
  readonly disagree: readonly string[];
}

/** A completed Q-sort as stored in `sorts/<participant>.json`. */
export interface SortRecord {
  readonly schemaVersion: 1;
  /** Unique id of this sort (random), used to deduplicate resubmissions. */
  readonly sortId: string;
  readonly participant: string;
  readonly team?: string;
  readonly language?: Lang;
  readonly source: SortSource;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  /** When the study received the sort (ISO 8601); with `position`, its place in the study (core/sort-order.ts). */
  readonly savedAt?: string;
  /** For sorts imported together: the sort's place in the input file (0-based: its column or row). */
  readonly position?: number;
  readonly durationSeconds?: number;
  readonly shuffleSeed?: number;
  readonly presort?: Presort;
  /** statement id → score; every statement exactly once. */
  readonly scores: Readonly<Record<string, number>>;
  /** question id → answer (may be empty). */
  readonly answers?: Readonly<Record<string, string>>;
  readonly comment?: string;
}
