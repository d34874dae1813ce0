import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyzeStudy } from '../analysis/index.ts';
import { pickLang, studyDir } from './context.ts';
import type { Deps } from '../deps.ts';
import { warningLine } from '../i18n/errors.ts';
import { withFlagFile } from './flag-file.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { writeFileAtomic } from '../study/atomic.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { resultsDir } from '../study/study-folder.ts';
import { startProgress } from '../text/progress.ts';
import { VERSION } from '../version.ts';
import { aidsIterations, chooseFactors, factorChoiceNote, type FactorChoice } from '../study-analysis/choose-factors.ts';
import { buildReportHtml } from '../render/html/index.ts';
import type { AnalysisChoices } from '../study-analysis/analysis-options.ts';
import type { Lang } from '../core/types.ts';
import { planOf } from '../formats/analysis-plan.ts';
import { plannedCall, type PlanCliOptions } from './analysis-plan.ts';

export interface ReportCliOptions extends AnalysisChoices, PlanCliOptions {
  /** --flag-file: the flags by hand from a CSV (read by withFlagFile). */
  flagFile?: string;
  study?: string;
  out?: string;
  lang?: Lang;
  top?: number;
}

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
 * Reads the study and its valid sorts, computes the number-of-factors aids,
 * runs the analysis (without --factors: with the aids' recommendation, as
 * `qsort analyze` does), and writes the HTML report atomically. Invalid sort
 * files are left out (and named in `messages`).
 */
/** `qsort report`: writes the report and says where it is. */
export async function runReport(opts: ReportCliOptions, deps: Deps): Promise<void> {
  const written = await writeReport(studyDir(opts, deps), opts, deps);
  for (const line of written.messages) deps.stderr.write(`${line}\n`);
  deps.stdout.write(`${written.path}\n`);
}

export async function writeReport(dir: string, given: ReportCliOptions, deps: Deps): Promise<WrittenReport> {
  const opts = await withFlagFile(given, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  assertSortCount(dir, sorts.length, 2, 'a report');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const input = analysisInput(study, sorts, lang);
  // the saved plan (or --plan FILE) under the command line's choices, as `qsort analyze` uses it
  const planned = await plannedCall(dir, opts, deps, lang);
  // the aids the report shows, and without --factors their recommendation (as `qsort analyze` picks it)
  const progress = await startProgress(deps, 'parallel analysis', aidsIterations(sorts.length));
  let choice: FactorChoice;
  try {
    choice = chooseFactors(input, planned.choices, { allAids: true, onProgress: (done) => progress.update(done) });
  } finally {
    progress.stop();
  }
  const result = analyzeStudy(input, choice.options);
  const html = buildReportHtml({
    lang,
    study,
    sorts,
    result,
    generatedAt: deps.now().toISOString(),
    version: VERSION,
    ...(opts.top !== undefined ? { topCount: opts.top } : {}),
    factorAids: choice.aids,
    factorsRecommended: choice.source === 'recommended',
    plan: planOf(choice.options),
  });
  const path = await outputPath(dir, opts.out, deps.cwd);
  await writeFileAtomic(path, html);
  const note = factorChoiceNote(choice, lang);
  return { path, messages: [...messages, ...(planned.note !== null ? [planned.note] : []), ...(note !== null ? [note] : []), ...result.warnings.map((w) => warningLine(w, lang))] };
}
