import { Chalk } from 'chalk';
import { factorCountAids, FACTOR_RULE_NAMES, type FactorCountResult, recommendationSummary } from '../analysis/factor-count.ts';
import { printJson, studyDir } from './context.ts';
import { distributionValues } from '../core/distribution.ts';
import type { Deps } from '../deps.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { startProgress } from '../text/progress.ts';
import { renderTable } from '../text/table.ts';
import { wrapText } from '../text/wrap.ts';

export interface FactorsCliOptions {
  study?: string;
  max?: number;
  iterations: number;
  seed: string;
  json?: boolean;
  correlation: 'pearson' | 'spearman';
}

/** Reads the study's valid sorts, computes the aids and prints them (or --json). */
export async function runFactors(opts: FactorsCliOptions, deps: Deps): Promise<void> {
  const dir = studyDir(opts, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, 3, 'choosing the number of factors');
  const input = analysisInput(study, sorts);
  const progress = await startProgress(deps, 'parallel analysis', opts.iterations);
  let aids: FactorCountResult;
  try {
    aids = factorCountAids(input.data, {
      ...(opts.max !== undefined ? { maxFactors: opts.max } : {}),
      iterations: opts.iterations,
      seed: opts.seed,
      values: distributionValues(study.distribution),
      correlation: opts.correlation,
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }
  if (opts.json) {
    printJson(deps, { study: dir, ...aids, summary: recommendationSummary(aids) });
    return;
  }
  deps.stdout.write(renderFactorCount(aids, { chalk: new Chalk({ level: deps.colorLevel }), width: deps.width() }));
}

const BAR = '█';

/**
 * The aids as text: a table (one row per factor, ✓ where a rule keeps it) with a
 * scree bar per eigenvalue, then the recommendation.
 */
export function renderFactorCount(aids: FactorCountResult, view: { chalk: InstanceType<typeof Chalk>; width: number }): string {
  const { chalk } = view;
  const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '·');
  const top = Math.max(...aids.rows.map((r) => Math.max(r.eigenvalue, r.randomEigenvalue ?? 0)), 1);
  const barWidth = Math.max(10, Math.min(30, view.width - 70));
  const bar = (v: number) => BAR.repeat(Math.max(0, Math.round((v / top) * barWidth)));
  const digits = top >= 100 ? 1 : 2;
  const columns = [
    { header: 'factor', right: true },
    { header: 'eigenvalue', right: true },
    { header: 'scree' },
    { header: '>1' },
    { header: 'Humphrey', right: true },
    { header: '', max: 1 },
    { header: 'min sorts', right: true },
    { header: '', max: 1 },
    { header: 'random 95%', right: true },
    { header: '', max: 1 },
  ];
  const rows = aids.rows.map((r) => [
    `F${r.factor}`,
    r.eigenvalue.toFixed(digits),
    bar(r.eigenvalue),
    mark(r.kaiser),
    r.humphreyProduct.toFixed(3),
    mark(r.humphrey),
    r.fewestDefiningSorts === null ? '–' : String(r.fewestDefiningSorts),
    mark(r.twoSorts),
    r.randomEigenvalue === null ? '–' : r.randomEigenvalue.toFixed(digits),
    mark(r.parallel),
  ]);
  const table = renderTable(columns, rows, view.width, (text, row, col) =>
    aids.rows[row]!.factor <= aids.recommended && col === 0 ? chalk.bold(text) : col === 2 ? chalk.cyan(text) : text,
  );
  const wrap = (text: string): string => wrapText(text, view.width).join('\n');
  const lines = [
    wrap(
      `${aids.sortCount} sorts × ${aids.statementCount} statements; Humphrey threshold 2/√${aids.statementCount} = ${aids.humphreyThreshold.toFixed(3)}` +
        (aids.iterations > 0 ? `; parallel analysis: ${aids.iterations} random studies, seed ${aids.seed}` : '; no parallel analysis'),
    ),
    '',
    table.trimEnd(),
    '',
    wrap(
      `${'Per rule:'} ${(Object.keys(aids.counts) as (keyof typeof aids.counts)[])
        .filter((r) => aids.counts[r] !== null)
        .map((r) => `${FACTOR_RULE_NAMES[r]}: ${aids.counts[r]}`)
        .join(' · ')}`,
    ),
    chalk.bold(wrap(`Recommended: ${recommendationSummary(aids)}`)),
    '',
  ];
  return lines.join('\n');
}
