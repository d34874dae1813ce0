import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyzeStudy, factorCountAids, quickIterations, recommendationSummary, type FactorCountResult, type Matrix } from '../analysis/index.ts';
import { pickLang } from '../commands/shared.ts';
import { toAnalysisOptions } from '../commands/analysis-options.ts';
import type { ReportCliOptions } from '../commands/report.ts';
import { distributionValues } from '../core/distribution.ts';
import type { Deps } from '../deps.ts';
import { terminalText } from '../i18n/terminal.ts';
import { analysisInput } from '../study/analysis-input.ts';
import { writeFileAtomic } from '../study/atomic.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { resultsDir } from '../study/study-folder.ts';
import { startProgress } from '../ui/progress.ts';
import { VERSION } from '../version.ts';
import { buildReportHtml } from './html/index.ts';

export const REPORT_FILE = 'report.html';

/** What {@link writeReport} did. */
export interface WrittenReport {
  readonly path: string;
  /** Lines for stderr: skipped sorts, the default number of factors, and the analysis' warnings. */
  readonly messages: readonly string[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the report goes: --out (a file, or a folder to put report.html in), else <study>/results/report.html. */
async function outputPath(dir: string, out: string | undefined, cwd: string): Promise<string> {
  if (out === undefined) return join(resultsDir(dir), REPORT_FILE);
  const path = resolve(cwd, out);
  return /[\\/]$/.test(out) || (await isDirectory(path)) ? join(path, REPORT_FILE) : path;
}

/**
 * The number-of-factors aids for the report (from 3 sorts on): the same quick,
 * seeded parallel analysis that `qsort analyze` uses without --factors, so the
 * recommended number is the one analyze picks. Kendall has no aids; like
 * analyze, the aids then use Pearson correlations.
 */
async function aidsFor(data: Matrix, values: readonly number[], opts: ReportCliOptions, deps: Deps): Promise<FactorCountResult | undefined> {
  const sortCount = data[0]?.length ?? 0;
  if (sortCount < 3) return undefined;
  const iterations = quickIterations(sortCount);
  const progress = await startProgress(deps, 'parallel analysis', iterations);
  try {
    return factorCountAids(data, {
      iterations,
      values,
      correlation: opts.correlation === 'spearman' ? 'spearman' : 'pearson',
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }
}

/**
 * Reads the study and its valid sorts, computes the number-of-factors aids,
 * runs the analysis (without --factors: with the aids' recommendation, as
 * `qsort analyze` does), and writes the HTML report atomically. Invalid sort
 * files are left out (and named in `messages`).
 */
export async function writeReport(dir: string, opts: ReportCliOptions, deps: Deps): Promise<WrittenReport> {
  const { study, sorts, messages } = await readStudySorts(dir);
  assertSortCount(dir, sorts.length, 2, 'a report');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const input = analysisInput(study, sorts, lang);
  const factorAids = await aidsFor(input.data, distributionValues(study.distribution), opts, deps);
  const recommended = opts.factors === undefined ? factorAids?.recommended : undefined;
  const result = analyzeStudy(input, toAnalysisOptions(recommended !== undefined ? { ...opts, factors: recommended } : opts, sorts.length));
  const html = buildReportHtml({
    lang,
    study,
    sorts,
    result,
    generatedAt: deps.now().toISOString(),
    version: VERSION,
    ...(opts.top !== undefined ? { topCount: opts.top } : {}),
    factorAids,
    factorsRecommended: recommended !== undefined,
  });
  const path = await outputPath(dir, opts.out, deps.cwd);
  await writeFileAtomic(path, html);
  const note =
    factorAids && recommended !== undefined
      ? [`note: ${recommendationSummary(factorAids)}; the report shows the aids, --factors N sets the number.`]
      : opts.factors === undefined
        ? [terminalText(lang).defaultFactors(result.options.factorCount)]
        : [];
  return { path, messages: [...messages, ...note, ...result.warnings.map((w) => `warning: ${w.message}`)] };
}
