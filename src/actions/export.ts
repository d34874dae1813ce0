import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import type { FileExportFormat } from '../formats/types.ts';
import type { Lang as StudyLang, SortRecord, Study } from '../core/types.ts';
import { pickLang, studyDir } from './context.ts';

export interface ExportOptions {
  format: FileExportFormat;
  out?: string;
  lang?: Lang;
  study?: string;
}



export async function runExport(opts: ExportOptions, deps: Deps): Promise<void> {
    const { resolve } = await import('node:path');
    const { readStudy, readValidSorts } = await import('../study/study-folder.ts');
    const { writeFileAtomic } = await import('../study/atomic.ts');
    const { exportSorts } = await import('../formats/index.ts');
    if (opts.format === 'pqmethod' && !opts.out) throw new UsageError('export.pqmethod-needs-out', {});
    if (opts.format === 'xlsx' && !opts.out) {
      const { paperErrors } = await import('../i18n/paper.ts');
      throw paperErrors.xlsxNeedsOut();
    }
    const dir = studyDir(opts, deps);
    const study = await readStudy(dir);
    const sorts = await readValidSorts(dir, study);
    const lang = pickLang(opts.lang, study.language, deps.env);
    if (opts.format === 'xlsx') {
      await exportWorkbook(opts, deps, study, sorts, lang);
      return;
    }
    const result = exportSorts(opts.format, study, sorts, lang);
    if (!opts.out) {
      for (const f of result.files) deps.stdout.write(f.content);
      return;
    }
    const target = resolve(deps.cwd, opts.out);
    const paths = result.files.map((f) => (opts.format === 'pqmethod' ? `${target.replace(/\.(dat|sta)$/i, '')}${f.extension}` : target));
    // Each file atomically (temp file, fsync, rename): a reader never sees half a file.
    await Promise.all(result.files.map((f, i) => writeFileAtomic(paths[i] ?? target, f.content)));
    const { commandTexts } = await import('../i18n/commands.ts');
    const t = commandTexts(lang);
    for (const r of result.renamed) deps.stderr.write(`${t.renamedInDat(r.participant, r.name)}\n`);
    if (result.staEncoding === 'utf-8') deps.stderr.write(`${t.staUtf8}\n`);
    deps.stderr.write(`${t.exported(sorts.length, paths)}\n`);
  }

/** `--format xlsx`: the sorts as a workbook (formats/xlsx-sorts.ts), written atomically. */
async function exportWorkbook(opts: ExportOptions, deps: Deps, study: Study, sorts: readonly SortRecord[], lang: StudyLang): Promise<void> {
  const { resolve } = await import('node:path');
  const { writeFileAtomic } = await import('../study/atomic.ts');
  const { writeSortsWorkbook } = await import('../formats/xlsx-sorts.ts');
  const { exportOrder } = await import('../formats/export-order.ts');
  const target = resolve(deps.cwd, opts.out ?? '');
  await writeFileAtomic(target, await writeSortsWorkbook(study, exportOrder(sorts), lang, deps.now()));
  const { commandTexts } = await import('../i18n/commands.ts');
  deps.stderr.write(`${commandTexts(lang).exported(sorts.length, [target])}\n`);
}
