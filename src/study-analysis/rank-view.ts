/**
 * The data behind `qsort rank` (pure): the statements ranked by mean score over
 * all sorts, and optionally per team or per factor side by side. The ranking
 * itself is the analysis core's (rankStatements via rankSessionSorts, and
 * analyzeStudy's rankingByFactor); this module only arranges it.
 */
import type { AnalysisChoices } from './analysis-options.ts';
import { localText } from '../core/text.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { rankSessionSorts, rankTeams, type RankedRow } from './session-ranking.ts';
import { analysisInput } from './analysis-input.ts';
import { analyzeWithChosenFactors, type FactorChoice } from './choose-factors.ts';
import { rankByFactor } from '../analysis/ranking.ts';

export type RankBy = 'team' | 'factor';

/** A statement in the overall ranking. */
export interface RankViewRow extends RankedRow {
  /** The statement's position in the study (1-based), as printed on the cards. */
  readonly number: number;
  /** Among the top N (rank ≤ N: ties at the edge are all in). */
  readonly top: boolean;
}

/** A statement's place within one team or factor. */
export interface GroupPlace {
  readonly id: string;
  readonly rank: number;
  readonly top: boolean;
  /** By factor: among the viewpoint's least agree statements (its array's two outermost disagree columns). */
  readonly bottom?: boolean;
  /** By team: the mean score within the team; by factor: the z-score (turned round for a reversed pole). */
  readonly value: number;
}

/** One team or factor of the side-by-side view. */
export interface RankGroup {
  /** Team name, or factor id (F1, …; "F1 rev" for F1's reversed pole). */
  readonly name: string;
  /** By factor: the factor id and the pole (1, or −1 for the factor held reversed). */
  readonly factor?: string;
  readonly pole?: 1 | -1;
  /** By team: the team's sorts; by factor: the sorts holding this pole. */
  readonly sortCount: number;
  /** In rank order; null for a factor without z-scores. */
  readonly ranking: readonly GroupPlace[] | null;
}

export interface RankView {
  readonly title: string;
  readonly instruction: string;
  readonly lang: Lang;
  readonly statementCount: number;
  readonly sortCount: number;
  /** How many top statements stand out. */
  readonly top: number;
  /** The distribution's two highest and two lowest column scores. */
  readonly topColumns: readonly number[];
  readonly bottomColumns: readonly number[];
  /** Every statement, best first. */
  readonly ranking: readonly RankViewRow[];
  readonly by: RankBy | null;
  /** Per team or factor (empty without `by`). */
  readonly groups: readonly RankGroup[];
  /** By team: sorts without a team (left out of the groups). */
  readonly sortsWithoutGroup: number;
  /** By factor: how the number of factors was chosen (for the note on stderr); else null. */
  readonly factorChoice: FactorChoice | null;
}

export interface RankViewOptions {
  readonly lang: Lang;
  readonly top: number;
  readonly by?: RankBy | undefined;
  /** By factor: the analysis options (--factors, …); without --factors the number `qsort analyze` recommends. */
  readonly analysis?: AnalysisChoices | undefined;
}

/** Below this many sorts, the ranking comes with a note that it says little. */
export const FEW_SORTS = 5;

function places(rows: readonly { id: string; rank: number }[], top: number, value: (i: number) => number): GroupPlace[] {
  return rows.map((r, i) => ({ id: r.id, rank: r.rank, top: r.rank <= top, value: value(i) }));
}

function teamGroups(study: Study, sorts: readonly SortRecord[], lang: Lang, top: number): RankGroup[] {
  return rankTeams(study, sorts, lang).map((g) => ({ name: g.team, sortCount: g.sortCount, ranking: places(g.ranking, top, (i) => g.ranking[i]!.mean) }));
}

/** The suffix of a reversed pole's name: "F1 rev" is F1 held the other way round. */
export const REVERSED_SUFFIX = ' rev';

/**
 * One group per viewpoint (the analysis' `viewpoints`): a factor ranked by its
 * z-scores, and a factor some sorts hold reversed once more, ranked by its
 * z-scores turned round. ★ (top) marks the viewpoint's most agree statements
 * and `bottom` its least agree ones: the same lists as analyze and the report.
 */
function factorGroups(study: Study, sorts: readonly SortRecord[], lang: Lang, opts: AnalysisChoices): { groups: RankGroup[]; choice: FactorChoice } {
  const { result, choice } = analyzeWithChosenFactors(analysisInput(study, sorts, lang), opts);
  const groups = result.viewpoints.map((v): RankGroup => {
    const f = result.factors.findIndex((x) => x.id === v.factor);
    const z = result.zScores.map((row) => (row[f] === null || row[f] === undefined ? null : v.pole * row[f]!));
    const ranking = rankByFactor(z.map((x) => [x]))[0] ?? null;
    const most = new Set(v.mostAgree);
    const least = new Set(v.leastAgree);
    return {
      name: `${v.factor}${v.pole === -1 ? REVERSED_SUFFIX : ''}`,
      factor: v.factor,
      pole: v.pole,
      sortCount: v.sorts.length,
      ranking:
        ranking === null
          ? null
          : ranking.map((r) => {
              const id = result.statements[r.statement]!.id;
              return { id, rank: r.rank, top: most.has(id), bottom: least.has(id), value: r.zScore };
            }),
    };
  });
  return { groups, choice };
}

/**
 * Ranks the study's statements over the given (valid, at least one) sorts.
 * By factor runs the analysis (at least 2 sorts) with `options.analysis`; without
 * --factors with the number `qsort analyze` recommends (see choose-factors.ts).
 */
export function buildRankView(study: Study, sorts: readonly SortRecord[], options: RankViewOptions): RankView {
  const { lang, top } = options;
  const number = new Map(study.statements.map((s, i) => [s.id, i + 1]));
  const scores = [...study.distribution.scores].sort((a, b) => a - b);
  const by = options.by ?? null;
  const byFactor = by === 'factor' ? factorGroups(study, sorts, lang, options.analysis ?? {}) : null;
  return {
    title: study.title,
    instruction: localText(study.instruction, lang),
    lang,
    statementCount: study.statements.length,
    sortCount: sorts.length,
    top,
    topColumns: scores.slice(-2),
    bottomColumns: scores.slice(0, 2),
    ranking: rankSessionSorts(study, sorts, lang).map((r) => ({ ...r, number: number.get(r.id) ?? 0, top: r.rank <= top })),
    by,
    groups: by === 'team' ? teamGroups(study, sorts, lang, top) : (byFactor?.groups ?? []),
    sortsWithoutGroup: by === 'team' ? sorts.filter((s) => s.team === undefined || s.team === '').length : 0,
    factorChoice: byFactor?.choice ?? null,
  };
}
