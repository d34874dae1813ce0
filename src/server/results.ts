import { rankStatements } from '../analysis/ranking.ts';
import { localText, statementText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import type { ParticipantStatus } from './progress.ts';

/** One statement of the session's ranking, as the projector view and GET /api/results show it. */
export interface RankedRow {
  readonly rank: number;
  readonly id: string;
  /** The statement's text in the study's language. */
  readonly text: string;
  readonly mean: number;
  readonly sd: number | null;
  /** Share (0..1) of sorts with the statement in the two highest columns. */
  readonly topTwoShare: number;
  readonly bottomTwoShare: number;
  readonly n: number;
}

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

/** Ranks the study's statements by mean score over the given sorts (pure; all sorts must be valid for the study). */
export function rankSessionSorts(study: Study, sorts: readonly SortRecord[], lang: Lang = study.language): RankedRow[] {
  if (sorts.length === 0) return [];
  const data = study.statements.map((s) => sorts.map((sort) => sort.scores[s.id] ?? 0));
  return rankStatements(data, { columns: study.distribution.scores }).map((r) => {
    const statement = study.statements[r.statement]!;
    return {
      rank: r.rank,
      id: statement.id,
      text: statementText(statement, lang),
      mean: r.mean,
      sd: r.sd,
      topTwoShare: r.topTwoShare,
      bottomTwoShare: r.bottomTwoShare,
      n: r.n,
    };
  });
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
