import type { AnalysisResult, FactorCountResult } from '../../analysis/index.ts';
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
}

/** A statement as the report shows it: its number (position, 1-based), full text and short label. */
export interface ReportStatement {
  readonly id: string;
  readonly index: number;
  readonly number: string;
  readonly text: string;
  readonly label: string;
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
    factorName: (f) => t.factorName(f + 1),
    distributionText: t.distributionValue(`${formatScore(lo)} … ${formatScore(hi)}`, d.counts.join(', ')),
    distributionRange: `${formatScore(lo)} … ${formatScore(hi)}`,
    distributionCounts: d.counts.join(', '),
  };
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
