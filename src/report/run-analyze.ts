import { resolve, join } from 'node:path';
import { Chalk } from 'chalk';
import { analyzeStudy } from '../analysis/index.ts';
import type { AnalyzeCliOptions } from '../commands/analyze.ts';
import { toAnalysisOptions } from '../commands/analysis-options.ts';
import { pickLang } from '../commands/shared.ts';
import type { Deps } from '../deps.ts';
import { terminalText } from '../i18n/terminal.ts';
import { analysisInput } from '../study/analysis-input.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { writeFileAtomic } from '../study/atomic.ts';
import { VERSION } from '../version.ts';
import { analysisFiles, analysisJson, analysisJsonText, CORRELATION_MATRIX_MAX_SORTS } from './analysis-files.ts';
import { reportContext } from './html/model.ts';
import { renderAnalysis } from './render-analysis.ts';

/**
 * Reads the study's valid sorts, runs the analysis, and prints the terminal
 * report (or --json); with --out also writes the CSV tables and analysis.json,
 * each file atomically. Notes and the analysis' warnings go to stderr.
 */
export async function runAnalyze(dir: string, opts: AnalyzeCliOptions, deps: Deps): Promise<void> {
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, 2, 'an analysis');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const t = terminalText(lang);
  const result = analyzeStudy(analysisInput(study, sorts, lang), {
    ...toAnalysisOptions(opts, sorts.length),
    correlations: sorts.length <= CORRELATION_MATRIX_MAX_SORTS,
  });
  if (opts.factors === undefined) deps.stderr.write(`${t.defaultFactors(result.options.factorCount)}\n`);
  for (const w of result.warnings) deps.stderr.write(`warning: ${w.message}\n`);
  const ctx = reportContext({ lang, study, sorts, result, generatedAt: deps.now().toISOString(), version: VERSION });
  const json = analysisJson(result, { title: study.title, version: VERSION });
  if (opts.out !== undefined) {
    const out = resolve(deps.cwd, opts.out);
    const files = analysisFiles(ctx, json);
    for (const file of files) await writeFileAtomic(join(out, file.name), file.content);
    if (result.correlationMatrix === null) deps.stderr.write(`${t.correlationsLeftOut(sorts.length, CORRELATION_MATRIX_MAX_SORTS)}\n`);
    deps.stderr.write(`${t.wrote(files.length, out)}\n`);
  }
  if (opts.json) deps.stdout.write(analysisJsonText(json));
  else deps.stdout.write(renderAnalysis(ctx, { chalk: new Chalk({ level: deps.colorLevel }), width: deps.width() }));
}
