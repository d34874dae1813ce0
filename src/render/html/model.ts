import type { AnalysisResult, FactorCountResult, Pole } from '../../analysis/index.ts';
import { localText, statementLabel, statementText } from '../../core/text.ts';
import type { Lang, SortRecord, Statement, Study } from '../../core/types.ts';
import { reportText, type ReportText } from '../../i18n/report.ts';
import { formatScore } from './format.ts';

/** Everything the report shows. Pure data; the builder does no I/O. */
export interface ReportInput {
  readonly lang: Lang;
  readonly study: Study;
  /** The sorts analysed, in the order of `result.sorts` (for teams, answers and comments). */
  readonly sorts: readonly SortRecord[];
  readonly result: AnalysisResult;
  /** When the report was made (ISO 8601). */
  readonly generatedAt: string;
  /** qsort's version, for the methods paragraph. */
  readonly version: string;
  /** How many top statements to highlight (default 5). */
  readonly topCount?: number;
  /** The number-of-factors aids (Humphrey, defining sorts, parallel analysis), when computed. */
  readonly factorAids?: FactorCountResult | undefined;
  /** True when the number of factors is the aids' recommendation (no --factors). */
  readonly factorsRecommended?: boolean;
  /** The analysis plan of these results (`qsort analyze --plan` replays it), shown under the methods. */
  readonly plan?: unknown;
}

/** A statement as the report shows it: its number (position, 1-based), full text and short label. */
export interface ReportStatement {
  readonly id: string;
  readonly index: number;
  readonly number: string;
  readonly text: string;
  readonly label: string;
}

/** One pole of a factor as the views show it (analysis' `viewpoints`, resolved). */
export interface ReportViewpoint {
  /** The factor's index (column). */
  readonly factor: number;
  readonly pole: Pole;
  /** The sorts (indices in `result.sorts`) that hold this pole. */
  readonly sorts: readonly number[];
  readonly mostAgree: readonly ReportStatement[];
  readonly leastAgree: readonly ReportStatement[];
  /** Ids of listed statements whose column a tie broken by statement order decided. */
  readonly tiedByOrder: ReadonlySet<string>;
}

/** Derived lookups shared by the sections. */
export interface ReportContext {
  readonly input: ReportInput;
  readonly lang: Lang;
  readonly t: ReportText;
  readonly top: number;
  /** In `result.statements` order. */
  readonly statements: readonly ReportStatement[];
  readonly statementById: ReadonlyMap<string, ReportStatement>;
  readonly factorIds: readonly string[];
  /** Per sort (in `result.sorts` order): the index of the factor it is flagged on, or null. */
  readonly sortFactor: readonly (number | null)[];
  /** Per sort: the pole of `sortFactor` it holds (1, or −1 when flagged on a negative loading), or null. */
  readonly sortPole: readonly (Pole | null)[];
  /** Every factor's poles, in factor order (pole 1, then −1 when it has sorts). */
  readonly viewpoints: readonly ReportViewpoint[];
  /** Per sort: its display name. */
  readonly sortNames: readonly string[];
  readonly hasTeams: boolean;
  readonly factorName: (f: number) => string;
  readonly distributionText: string;
  /** "−4 … +4" */
  readonly distributionRange: string;
  /** "2, 3, 4, 5, 5, 5, 4, 3, 2" */
  readonly distributionCounts: string;
}

/** Builds the lookups; throws a RangeError when `sorts` does not match the analysis. */
export function reportContext(input: ReportInput): ReportContext {
  const { result, study, lang } = input;
  if (input.sorts.length !== result.sorts.length) {
    throw new RangeError(`the report got ${input.sorts.length} sorts for an analysis of ${result.sorts.length}`);
  }
  const studyStatements = new Map<string, Statement>(study.statements.map((s) => [s.id, s]));
  const statements = result.statements.map((s, index): ReportStatement => {
    const st = studyStatements.get(s.id);
    const text = st ? statementText(st, lang) : s.text;
    return { id: s.id, index, number: String(index + 1), text, label: st ? statementLabel(st, lang, 400) : text };
  });
  const t = reportText(lang);
  const d = study.distribution;
  const lo = d.scores[0] ?? 0;
  const hi = d.scores[d.scores.length - 1] ?? 0;
  return {
    input,
    lang,
    t,
    top: input.topCount ?? 5,
    statements,
    statementById: new Map(statements.map((s) => [s.id, s])),
    factorIds: result.factors.map((f) => f.id),
    sortFactor: result.flags.map((row) => {
      const f = row.indexOf(true);
      return f < 0 ? null : f;
    }),
    sortNames: result.sorts.map((id, i) => input.sorts[i]?.participant ?? id),
    hasTeams: input.sorts.some((s) => (s.team ?? '') !== ''),
    sortPole: result.flags.map((row, j) => {
      const f = row.indexOf(true);
      return f < 0 ? null : (result.loadings[j]?.[f] ?? 0) < 0 ? -1 : 1;
    }),
    viewpoints: resolveViewpoints(result, statements),
    factorName: (f) => t.factorName(factorNumber(result.factors[f]?.id, f)),
    distributionText: t.distributionValue(`${formatScore(lo)} … ${formatScore(hi)}`, d.counts.join(', ')),
    distributionRange: `${formatScore(lo)} … ${formatScore(hi)}`,
    distributionCounts: d.counts.join(', '),
  };
}

/** "1" for F1, "1b" for F1b (a split bipolar factor): the part of a factor id after the F. */
export function factorNumber(id: string | undefined, f: number): string {
  return id !== undefined && /^F\d+[a-z]?$/.test(id) ? id.slice(1) : String(f + 1);
}

function resolveViewpoints(result: AnalysisResult, statements: readonly ReportStatement[]): ReportViewpoint[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const sortIndex = new Map(result.sorts.map((id, j) => [id, j]));
  const factorIndex = new Map(result.factors.map((f, i) => [f.id, i]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return result.viewpoints.map((v) => ({
    factor: factorIndex.get(v.factor) ?? 0,
    pole: v.pole,
    sorts: v.sorts.flatMap((id) => sortIndex.get(id) ?? []),
    mostAgree: pick(v.mostAgree),
    leastAgree: pick(v.leastAgree),
    tiedByOrder: new Set(v.tiedByOrder),
  }));
}

/** The poles of factor `f`: pole 1 first, then the reversed one when some sort holds it. */
export function polesOf(ctx: ReportContext, f: number): readonly ReportViewpoint[] {
  return ctx.viewpoints.filter((v) => v.factor === f);
}

/** The instruction (the question participants sorted by) in the report's language. */
export function instructionText(ctx: ReportContext): string {
  return localText(ctx.input.study.instruction, ctx.lang);
}

/** "3=" when another row shares the rank, else "3". */
export function rankLabels(ranks: readonly number[]): string[] {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  return ranks.map((r) => ((counts.get(r) ?? 0) > 1 ? `${r}=` : String(r)));
}

/** The column of statement ids at each score of a factor array, highest z-score first within a column. */
export function arrayColumns(ctx: ReportContext, f: number): { score: number; statements: ReportStatement[] }[] | null {
  const { result } = ctx.input;
  const scores = result.factorArrays.map((row) => row[f] ?? null);
  const z = result.zScores.map((row) => row[f] ?? null);
  if (scores.some((s) => s === null) || z.some((v) => v === null)) return null;
  return ctx.input.study.distribution.scores.map((score) => ({
    score,
    statements: ctx.statements
      .filter((s) => scores[s.index] === score)
      .sort((a, b) => (z[b.index] ?? 0) - (z[a.index] ?? 0) || a.index - b.index),
  }));
}
