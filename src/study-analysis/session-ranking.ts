/** The ranking and the viewpoints of a set of sorts, as the workshop shows them live (pure). */
import type { RankingRow } from '../analysis/analyze-study.ts';
import { rankStatements, rankStatementsByGroup, type RankedStatement } from '../analysis/ranking.ts';
import { statementLabel, statementText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { QError } from '../errors.ts';
import { analyzeWithChosenFactors } from './choose-factors.ts';
import { analysisInput } from './analysis-input.ts';

/** One viewpoint (factor) in the analysis summary. */
export interface ViewpointLine {
  readonly factor: number;
  readonly people: number;
  readonly mostAgree?: string;
  readonly leastAgree?: string;
}

export type AnalysisSummary =
  | { readonly kind: 'ok'; readonly sortCount: number; readonly factorCount: number; readonly viewpoints: readonly ViewpointLine[] }
  | { readonly kind: 'too-few-sorts'; readonly sortCount: number; readonly needed: number }
  | { readonly kind: 'failed'; readonly message: string };

/** One statement of the session's ranking, as the projector view and GET /api/results show it. */
export interface RankedRow extends RankingRow {
  /** The statement's text in the study's language. */
  readonly text: string;
}

/** A row of the analysis core's ranking as the study shows it: by statement id, with the statement's text. */
function rankedRow(study: Study, lang: Lang, r: RankedStatement): RankedRow {
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
}

/**
 * Ranks the study's statements by mean score over the given sorts (pure; all
 * sorts must be valid for the study): the analysis core's rankStatements, the
 * same computation as `analyzeStudy().ranking`.
 */
export function rankSessionSorts(study: Study, sorts: readonly SortRecord[], lang: Lang = study.language): RankedRow[] {
  if (sorts.length === 0) return [];
  return rankStatements(analysisInput(study, sorts, lang).data, { columns: study.distribution.scores }).map((r) => rankedRow(study, lang, r));
}

/** One team's ranking. */
export interface TeamRanking {
  readonly team: string;
  readonly sortCount: number;
  readonly ranking: readonly RankedRow[];
}

/**
 * The ranking within each team (sorts without a team left out; teams in order
 * of their first sort): the analysis core's rankStatementsByGroup, the same
 * computation as `analyzeStudy().rankingByGroup`, so `rank --by team`, the
 * report and `analyze --json` can never disagree.
 */
export function rankTeams(study: Study, sorts: readonly SortRecord[], lang: Lang = study.language): TeamRanking[] {
  if (sorts.length === 0) return [];
  const input = analysisInput(study, sorts, lang);
  return rankStatementsByGroup(input.data, input.sorts.map((s) => s.group), { columns: study.distribution.scores }).map((g) => ({
    team: g.group,
    sortCount: g.sortCount,
    ranking: g.ranking.map((r) => rankedRow(study, lang, r)),
  }));
}

/** The fewest sorts for which the live viewpoint summary runs an analysis. */
export const MIN_SORTS_FOR_VIEWPOINTS = 3;

/**
 * The viewpoints of the sorts so far, for the projector: per factor the number
 * of defining sorts and the statements with the highest and lowest z-score.
 * The analysis runs with the default options (PCA, varimax) and the number of
 * factors `qsort analyze` recommends (analyzeWithChosenFactors: the quick,
 * seeded aids). Pure.
 */
export function viewpointSummary(study: Study, sorts: readonly SortRecord[], lang: Lang = study.language): AnalysisSummary {
  if (sorts.length < MIN_SORTS_FOR_VIEWPOINTS) return { kind: 'too-few-sorts', sortCount: sorts.length, needed: MIN_SORTS_FOR_VIEWPOINTS };
  let result;
  try {
    result = analyzeWithChosenFactors(analysisInput(study, sorts, lang)).result;
  } catch (error) {
    if (error instanceof QError) return { kind: 'failed', message: error.message };
    throw error;
  }
  const label = (id: string | undefined): string | undefined => {
    const s = id === undefined ? undefined : study.statements.find((x) => x.id === id);
    return s ? `${s.id} ${statementLabel(s, lang, 60)}` : undefined;
  };
  return {
    kind: 'ok',
    sortCount: sorts.length,
    factorCount: result.factors.length,
    viewpoints: result.factors.map((f, i) => {
      const ranking = result.rankingByFactor[i]?.ranking;
      const most = label(ranking?.[0]?.id);
      const least = label(ranking?.[ranking.length - 1]?.id);
      return { factor: i + 1, people: f.definingSorts, ...(most ? { mostAgree: most } : {}), ...(least ? { leastAgree: least } : {}) };
    }),
  };
}
