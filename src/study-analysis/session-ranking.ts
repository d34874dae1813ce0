/** The ranking and the viewpoints of a set of sorts, as the workshop shows them live (pure). */
import type { RankingRow } from '../analysis/analyze-study.ts';
import { rankStatements, rankStatementsByGroup, type RankedStatement } from '../analysis/ranking.ts';
import { statementLabel, statementText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { QError } from '../errors.ts';
import { analyzeWithChosenFactors } from './choose-factors.ts';
import { analysisInput } from './analysis-input.ts';

/** One viewpoint in the analysis summary: a factor, or a factor held reversed (pole −1). */
export interface ViewpointLine {
  /** The factor's number as people read it: "1", or "1a"/"1b" after a split. */
  readonly factor: string;
  readonly pole: 1 | -1;
  /** The sorts holding this pole (each sort counts in one pole only). */
  readonly people: number;
  /** "S17 Fixed at the source", …: the analysis' most agree (its array's two outermost columns), outermost first. */
  readonly mostAgree: readonly string[];
  readonly leastAgree: readonly string[];
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
 * The viewpoints of the sorts so far, for the projector: per factor pole (the
 * analysis' `viewpoints`) the number of people who hold it and the statements
 * they agree and disagree with most (the factor array's outermost columns).
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
  const byId = new Map(study.statements.map((s) => [s.id, s]));
  const labels = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => {
      const s = byId.get(id);
      return s ? [`${s.id} ${statementLabel(s, lang, 40)}`] : [];
    });
  return {
    kind: 'ok',
    sortCount: sorts.length,
    factorCount: result.factors.length,
    viewpoints: result.viewpoints.map((v) => ({
      factor: v.factor.replace(/^F/, ''),
      pole: v.pole,
      people: v.sorts.length,
      mostAgree: labels(v.mostAgree),
      leastAgree: labels(v.leastAgree),
    })),
  };
}
