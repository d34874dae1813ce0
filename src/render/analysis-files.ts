/**
 * What `qsort analyze --json` prints and `--out DIR` writes (pure): the JSON
 * output contract and the CSV tables an analyst opens in a spreadsheet or R.
 * Numbers are written in full precision with a decimal point; a number that
 * does not exist is `null` in JSON and an empty cell in CSV.
 */
import type { AnalysisResult } from '../analysis/index.ts';
import type { AnalysisPlan } from '../formats/analysis-plan.ts';
import { toCsv } from '../formats/csv.ts';
import type { ReportContext } from './html/model.ts';

/** The version of the `qsort analyze --json` layout; raised when a key changes meaning or goes away. */
export const ANALYSIS_JSON_VERSION = 1;

/** Above this many sorts the sorts × sorts correlation matrix is left out (it grows with the square). */
export const CORRELATION_MATRIX_MAX_SORTS = 300;

/**
 * The `qsort analyze --json` object: a header, the analysis plan (the choices
 * that made it, which `qsort analyze --plan` replays), then the AnalysisResult's
 * keys unchanged.
 */
export type AnalysisJson = { readonly schemaVersion: number; readonly qsortVersion: string; readonly title: string; readonly plan: AnalysisPlan } & AnalysisResult;

export function analysisJson(result: AnalysisResult, meta: { readonly title: string; readonly version: string; readonly plan: AnalysisPlan }): AnalysisJson {
  return { schemaVersion: ANALYSIS_JSON_VERSION, qsortVersion: meta.version, title: meta.title, plan: meta.plan, ...result };
}


export function analysisJsonText(json: AnalysisJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A file for --out: its name and content. */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

type Cell = string | number | boolean | null | undefined;

function csv(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): OutputFile {
  const text = (c: Cell) => (typeof c === 'boolean' ? String(c) : c);
  return { name, content: toCsv([header, ...rows.map((r) => r.map(text))]) };
}

/** A factors × factors matrix as CSV with the factor ids as row and column names. */
function factorMatrix(name: string, ids: readonly string[], m: readonly (readonly (number | null)[])[]): OutputFile {
  return csv(name, ['factor', ...ids], m.map((row, f) => [ids[f], ...row]));
}

/**
 * crib-sheets.csv: one row per statement in a factor's crib sheet (Watts &
 * Stenner 2012), in the sheet's order: factor, part (highest, higher, lower,
 * lowest), the statement, and its array score in every factor.
 */
function cribSheetsCsv(ctx: ReportContext): OutputFile {
  const { result } = ctx.input;
  const ids = ctx.factorIds;
  const rows = result.cribSheets.flatMap((sheet) =>
    (['highest', 'higher', 'lower', 'lowest'] as const).flatMap((part) =>
      sheet[part].map((id) => {
        const s = ctx.statementById.get(id)!;
        return [sheet.factor, part, s.number, s.id, s.text, ...(result.factorArrays[s.index] ?? [])];
      }),
    ),
  );
  return csv('crib-sheets.csv', ['factor', 'part', 'number', 'id', 'text', ...ids.map((id) => `score_${id}`)], rows);
}

/**
 * The CSV files of `--out`, in a stable order, and analysis.json last.
 * correlations.csv only when the analysis carries the correlation matrix.
 */
export function analysisFiles(ctx: ReportContext, json: AnalysisJson): OutputFile[] {
  const { result } = ctx.input;
  const ids = ctx.factorIds;
  const statementCells = (i: number) => {
    const s = ctx.statements[i]!;
    return [s.number, s.id, s.text];
  };
  const files: OutputFile[] = [];
  let cumulative = 0;
  files.push(
    csv(
      'eigenvalues.csv',
      ['factor', 'eigenvalue', 'explained_variance', 'cumulative_variance'],
      result.eigenvalues.map((e, i) => {
        const variance = (100 * e) / result.sorts.length;
        cumulative += variance;
        return [i + 1, e, variance, cumulative];
      }),
    ),
  );
  if (result.correlationMatrix !== null) {
    files.push(csv('correlations.csv', ['sort', ...result.sorts], result.correlationMatrix.map((row, i) => [result.sorts[i], ...row])));
  }
  files.push(
    csv(
      'loadings.csv',
      ['sort', ...ids, 'h2', 'flagged'],
      result.loadings.map((row, i) => {
        const f = result.flags[i]?.indexOf(true) ?? -1;
        return [result.sorts[i], ...row, row.reduce((s, a) => s + a * a, 0), f >= 0 ? ids[f] : ''];
      }),
    ),
    csv('zscores.csv', ['number', 'id', 'text', ...ids], result.zScores.map((row, i) => [...statementCells(i), ...row])),
    csv('factor-arrays.csv', ['number', 'id', 'text', ...ids], result.factorArrays.map((row, i) => [...statementCells(i), ...row])),
    csv(
      'characteristics.csv',
      ['factor', 'eigenvalue', 'explained_variance', 'defining_sorts', 'reliability', 'se'],
      result.factors.map((f) => [f.id, f.eigenvalue, f.explainedVariance, f.definingSorts, f.reliability, f.se]),
    ),
    factorMatrix('factor-correlations.csv', ids, result.factorCorrelations),
    factorMatrix('sed.csv', ids, result.sed),
  );
  const pairs = result.statementTable[0]?.comparisons.map((c) => `${c.factors[0]}_${c.factors[1]}`) ?? [];
  files.push(
    csv(
      'statement-table.csv',
      ['number', 'id', 'text', 'consensus', 'distinguishes', 'distinguishes_all', ...pairs.flatMap((p) => [`diff_${p}`, `sig_${p}`])],
      result.statementTable.map((row, i) => [
        ...statementCells(i),
        row.consensus,
        row.distinguishes.join(' '),
        row.distinguishesAll,
        ...row.comparisons.flatMap((c) => [c.difference, c.significance]),
      ]),
    ),
    csv(
      'ranking.csv',
      ['rank', 'number', 'id', 'text', 'mean', 'sd', 'top_two_share', 'bottom_two_share', 'n'],
      result.ranking.map((r) => {
        const s = ctx.statementById.get(r.id);
        return [r.rank, s?.number, r.id, s?.text, r.mean, r.sd, r.topTwoShare, r.bottomTwoShare, r.n];
      }),
    ),
    cribSheetsCsv(ctx),
    { name: 'analysis.json', content: analysisJsonText(json) },
  );
  return files;
}
