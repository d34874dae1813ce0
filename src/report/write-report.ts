import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyzeStudy } from '../analysis/index.ts';
import { pickLang } from '../commands/shared.ts';
import { toAnalysisOptions } from '../commands/analysis-options.ts';
import type { ReportCliOptions } from '../commands/report.ts';
import type { Deps } from '../deps.ts';
import { terminalText } from '../i18n/terminal.ts';
import { analysisInput } from '../study/analysis-input.ts';
import { writeFileAtomic } from '../study/atomic.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { resultsDir } from '../study/study-folder.ts';
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
 * Reads the study and its valid sorts, runs the analysis, and writes the HTML
 * report atomically. Invalid sort files are left out (and named in `messages`).
 */
export async function writeReport(dir: string, opts: ReportCliOptions, deps: Deps): Promise<WrittenReport> {
  const { study, sorts, messages } = await readStudySorts(dir);
  assertSortCount(dir, sorts.length, 2, 'a report');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const result = analyzeStudy(analysisInput(study, sorts, lang), toAnalysisOptions(opts, sorts.length));
  const html = buildReportHtml({
    lang,
    study,
    sorts,
    result,
    generatedAt: deps.now().toISOString(),
    version: VERSION,
    ...(opts.top !== undefined ? { topCount: opts.top } : {}),
  });
  const path = await outputPath(dir, opts.out, deps.cwd);
  await writeFileAtomic(path, html);
  const note = opts.factors === undefined ? [terminalText(lang).defaultFactors(result.options.factorCount)] : [];
  return { path, messages: [...messages, ...note, ...result.warnings.map((w) => `warning: ${w.message}`)] };
}
