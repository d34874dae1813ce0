/**
 * `qsort factors` for the terminal (pure): the number-of-factors aids as a
 * table, one row per factor, every column with a header, a legend line for
 * each rule, then the recommendation.
 */
import type { ChalkInstance } from 'chalk';
import { FACTOR_RULE_NAMES, type FactorCountResult, quickIterations, recommendationSummary } from '../../analysis/factor-count.ts';
import { renderTable, type TableColumn } from '../../text/table.ts';
import { wrapText } from '../../text/wrap.ts';

const BAR = '█';
export const KEEPS = '✓';
export const DROPS = '·';
export const NOT_COMPUTED = '–';

/** The table's columns: each rule's number with its mark (✓ the rule keeps the factor). */
const COLUMNS: readonly TableColumn[] = [
  { header: 'factor', right: true },
  { header: 'eigenvalue', right: true },
  { header: 'scree' },
  { header: '>1' },
  { header: 'Humphrey', right: true },
  { header: '≥2 sorts', right: true },
  { header: 'parallel', right: true },
];

/** One legend line per column, and one for the marks. */
function legend(aids: FactorCountResult): string[] {
  const lines = [
    `>1: the Kaiser–Guttman rule keeps a factor whose eigenvalue is above 1.`,
    `Humphrey: the product of the factor's two highest absolute unrotated loadings; Humphrey's rule keeps the factor while it is above 2/√${aids.statementCount} = ${aids.humphreyThreshold.toFixed(3)}.`,
    `≥2 sorts: the fewest defining sorts of any factor when that many factors are extracted and rotated; the rule keeps that many factors while every one has at least two.`,
  ];
  if (aids.iterations > 0) {
    lines.push(
      `parallel: the 95th percentile of the eigenvalues of ${aids.iterations} random studies of the same size and distribution (seed ${aids.seed}); parallel analysis keeps a factor while its eigenvalue is above it.`,
    );
  } else lines.push('parallel: no parallel analysis was run (--iterations 0).');
  lines.push(`${KEEPS} = the rule keeps the factor, ${DROPS} = it does not, ${NOT_COMPUTED} = not computed.`);
  return lines;
}

/**
 * The aids as text: a table (one row per factor, ✓ where a rule keeps it) with a
 * scree bar per eigenvalue, the legend, then the recommendation.
 */
export function renderFactorCount(aids: FactorCountResult, view: { chalk: ChalkInstance; width: number }): string {
  const { chalk } = view;
  const mark = (ok: boolean | null) => (ok === null ? NOT_COMPUTED : ok ? KEEPS : DROPS);
  const top = Math.max(...aids.rows.map((r) => Math.max(r.eigenvalue, r.randomEigenvalue ?? 0)), 1);
  const barWidth = Math.max(6, Math.min(30, view.width - 62));
  const bar = (v: number) => BAR.repeat(Math.max(0, Math.round((v / top) * barWidth)));
  const digits = top >= 100 ? 1 : 2;
  const rows = aids.rows.map((r) => [
    `F${r.factor}`,
    r.eigenvalue.toFixed(digits),
    bar(r.eigenvalue),
    mark(r.kaiser),
    `${r.humphreyProduct.toFixed(3)} ${mark(r.humphrey)}`,
    `${r.fewestDefiningSorts === null ? NOT_COMPUTED : String(r.fewestDefiningSorts)} ${mark(r.twoSorts)}`,
    `${r.randomEigenvalue === null ? NOT_COMPUTED : r.randomEigenvalue.toFixed(digits)} ${mark(r.parallel)}`,
  ]);
  const table = renderTable(COLUMNS, rows, view.width, (text, row, col) =>
    aids.rows[row]!.factor <= aids.recommended && col === 0 ? chalk.bold(text) : col === 2 ? chalk.cyan(text) : text,
  );
  const wrap = (text: string): string => wrapText(text, view.width).join('\n');
  const quick = quickIterations(aids.sortCount);
  const lines = [
    wrap(`${aids.sortCount} sorts × ${aids.statementCount} statements.`),
    '',
    table.trimEnd(),
    '',
    ...legend(aids).map(wrap),
    '',
    wrap(
      `Per rule: ${(Object.keys(aids.counts) as (keyof typeof aids.counts)[])
        .filter((r) => aids.counts[r] !== null)
        .map((r) => `${FACTOR_RULE_NAMES[r]}: ${aids.counts[r]}`)
        .join(' · ')}`,
    ),
    chalk.bold(wrap(`Recommended: ${recommendationSummary(aids)}`)),
    ...(aids.iterations === quick ? [] : [wrap(`(analyze, report and rank choose with a quick run of ${quick} random studies; "qsort factors --iterations ${quick}" shows that run.)`)]),
    '',
  ];
  return lines.join('\n');
}
