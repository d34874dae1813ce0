import type { AnalysisInput } from '../analysis/index.ts';
import { statementText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';

/**
 * A study and its sorts as the analysis' input (pure): statements in study
 * order, one sort per record in the given order (its id is the participant,
 * its group the team), the raw scores statements × sorts, and the distribution.
 */
export function analysisInput(study: Study, sorts: readonly SortRecord[], lang: Lang = study.language): AnalysisInput {
  return {
    statements: study.statements.map((s) => ({ id: s.id, text: statementText(s, lang) })),
    sorts: sorts.map((s) => (s.team !== undefined && s.team !== '' ? { id: s.participant, group: s.team } : { id: s.participant })),
    data: study.statements.map((st) => sorts.map((s) => s.scores[st.id] ?? 0)),
    distribution: study.distribution,
    ...(study.forced === false ? { forced: false } : {}),
  };
}
