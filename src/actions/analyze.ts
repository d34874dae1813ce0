import { resolve, join } from 'node:path';
import { Chalk } from 'chalk';
import { analyzeStudy, distributionValues, type AnalysisInput, type AnalysisResult } from '../analysis/index.ts';
import { DataError, UsageError } from '../errors.ts';
import { pickLang, studyDir } from './context.ts';
import type { Deps } from '../deps.ts';
import { warningLine } from '../i18n/errors.ts';
import { withFlagFile } from './flag-file.ts';
import { terminalText } from '../i18n/terminal.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { writeFileAtomic } from '../study/atomic.ts';
import { VERSION } from '../version.ts';
import { chooseFactors, factorChoiceNote } from '../study-analysis/choose-factors.ts';
import { analysisFiles, analysisJson, analysisJsonText, CORRELATION_MATRIX_MAX_SORTS } from '../render/analysis-files.ts';
import { reportContext } from '../render/html/model.ts';
import { renderAnalysis } from '../render/terminal/render-analysis.ts';
import type { AnalysisChoices } from '../study-analysis/analysis-options.ts';
import type { Lang } from '../core/types.ts';
import { planOf } from '../formats/analysis-plan.ts';
import { planSaved } from '../i18n/rotate.ts';
import { writePlan } from '../study/plan-file.ts';
import { plannedCall, type PlanCliOptions } from './analysis-plan.ts';
import { shownPath } from './context.ts';

export interface AnalyzeCliOptions extends AnalysisChoices, PlanCliOptions {
  /** --flag-file: the flags by hand from a CSV (read by withFlagFile). */
  flagFile?: string;
  /** Keep this call's choices as the study's analysis plan. */
  save?: boolean;
  study?: string;
  out?: string;
  /** With --out: also write analysis.xlsx. */
  xlsx?: boolean;
  json?: boolean;
  bootstrap?: number;
  seed?: string;
  workers?: number;
  lang?: Lang;
}

/**
 * Reads the study's valid sorts, runs the analysis, and prints the terminal
 * report (or --json); with --out also writes the CSV tables and analysis.json,
 * each file atomically. Notes and the analysis' warnings go to stderr.
 */
export async function runAnalyze(given: AnalyzeCliOptions, deps: Deps): Promise<void> {
  const opts = await withFlagFile(given, deps);
  if (opts.bootstrap !== undefined && (opts.splitBipolar?.length ?? 0) > 0) {
    throw new UsageError('--bootstrap and --split-bipolar do not go together: the bootstrap re-extracts the factors, and a split factor is not one of them');
  }
  if (opts.xlsx && opts.out === undefined) {
    const { paperErrors } = await import('../i18n/paper.ts');
    throw paperErrors.xlsxNeedsOutDir();
  }
  const dir = studyDir(opts, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, 2, 'an analysis');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const t = terminalText(lang);
  const input = analysisInput(study, sorts, lang);
  // the saved plan (or --plan FILE) with the command line's choices on top; see analysis-plan.ts
  const planned = await plannedCall(dir, opts, deps, lang);
  if (planned.note !== null) deps.stderr.write(`${planned.note}\n`);
  // without --factors (and no plan): the recommendation of "qsort factors" (quick, seeded), see choose-factors.ts
  const choice = chooseFactors(input, planned.choices);
  const result = analyzeStudy(input, { ...choice.options, correlations: sorts.length <= CORRELATION_MATRIX_MAX_SORTS });
  const note = factorChoiceNote(choice, lang);
  if (note !== null) deps.stderr.write(`${note}\n`);
  const plan = planOf(choice.options);
  if (opts.save) deps.stderr.write(`${planSaved(shownPath(deps, await writePlan(dir, plan)), lang)}\n`);
  for (const w of result.warnings) deps.stderr.write(`${warningLine(w, lang)}\n`);
  const ctx = reportContext({ lang, study, sorts, result, generatedAt: deps.now().toISOString(), version: VERSION });
  const json = analysisJson(result, { title: study.title, version: VERSION, plan });
  if (opts.out !== undefined) {
    const out = resolve(deps.cwd, opts.out);
    const files = analysisFiles(ctx, json);
    for (const file of files) await writeFileAtomic(join(out, file.name), file.content);
    if (opts.xlsx) files.push(await writeAnalysisWorkbook(join(out, 'analysis.xlsx'), ctx, json, deps.now()));
    if (result.correlationMatrix === null) deps.stderr.write(`${t.correlationsLeftOut(sorts.length, CORRELATION_MATRIX_MAX_SORTS)}\n`);
    deps.stderr.write(`${t.wrote(files.length, out)}\n`);
  }
  // --bootstrap (src/workers/run-bootstrap.ts, src/render/terminal/render-bootstrap.ts)
  const boot = opts.bootstrap === undefined ? null : await bootstrapOf(input, result, opts, deps);
  if (opts.json) deps.stdout.write(analysisJsonText(boot ? ({ ...json, bootstrap: boot.json } as typeof json) : json));
  else deps.stdout.write(renderAnalysis(ctx, { chalk: new Chalk({ level: deps.colorLevel }), width: deps.width() }) + (boot ? `\n${boot.text}` : ''));
}

async function bootstrapOf(input: AnalysisInput, result: AnalysisResult, opts: AnalyzeCliOptions, deps: Deps): Promise<{ json: Record<string, unknown>; text: string }> {
  const { runBootstrap } = await import('../workers/run-bootstrap.ts');
  const { bootstrapJson, renderBootstrap } = await import('../render/terminal/render-bootstrap.ts');
  const { startProgress } = await import('../text/progress.ts');
  const replicates = opts.bootstrap!;
  if (result.options.correlation === 'kendall') throw new DataError('the bootstrap needs Pearson or Spearman correlations (--correlation)');
  const progress = await startProgress(deps, 'bootstrap', replicates);
  try {
    const summary = await runBootstrap(
      {
        data: input.data,
        values: input.distribution ? distributionValues(input.distribution) : input.data.map((row) => row[0]!).sort((a, b) => a - b),
        loadings: result.loadings,
        extraction: result.options.extraction,
        // a judgmental rotation: its base per replicate; Procrustes aligns each to the rotated loadings
        rotation: result.options.judgmental?.base ?? (result.options.rotation as 'varimax' | 'none'),
        correlation: result.options.correlation === 'spearman' ? 'spearman' : 'pearson',
        ...(result.options.centroidThreshold !== null ? { centroidThreshold: result.options.centroidThreshold } : {}),
        seed: opts.seed ?? '1',
      },
      replicates,
      result.factorArrays,
      { ...(opts.workers !== undefined ? { workers: opts.workers } : {}), onProgress: (done) => progress.update(done) },
    );
    return { json: bootstrapJson(result, summary), text: renderBootstrap(result, summary, deps.width()) };
  } finally {
    progress.stop();
  }
}

/** --xlsx: every table in one workbook (render/xlsx/analysis-workbook.ts), written atomically. */
async function writeAnalysisWorkbook(path: string, ...args: Parameters<typeof import('../render/xlsx/analysis-workbook.ts').analysisWorkbook>): Promise<{ name: string; content: string }> {
  const { analysisWorkbook } = await import('../render/xlsx/analysis-workbook.ts');
  await writeFileAtomic(path, await analysisWorkbook(...args));
  return { name: 'analysis.xlsx', content: '' };
}
