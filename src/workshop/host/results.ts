import type { Lang, SortRecord, Study } from '../../core/types.ts';
import { localText } from '../../core/text.ts';
import { rankSessionSorts, type RankedRow } from '../../study-analysis/session-ranking.ts';
import type { ParticipantStatus } from './progress.ts';

/** What the facilitator sees: the ranked statements of the sorts so far, and who is where. */
export interface SessionResults {
  readonly title: string;
  readonly language: Lang;
  readonly instruction: string;
  readonly sortCount: number;
  /** Empty until the first sort arrives. */
  readonly ranking: readonly RankedRow[];
  readonly participants: readonly ParticipantStatus[];
}

export function sessionResults(study: Study, sorts: readonly SortRecord[], participants: readonly ParticipantStatus[], lang: Lang = study.language): SessionResults {
  return {
    title: study.title,
    language: lang,
    instruction: localText(study.instruction, lang),
    sortCount: sorts.length,
    ranking: rankSessionSorts(study, sorts, lang),
    participants,
  };
}

