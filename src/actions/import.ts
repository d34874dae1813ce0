import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import type { FileImportFormat } from '../formats/types.ts';
import { pickLang, printJson, studyDir } from './context.ts';

export interface ImportOptions {
  format: FileImportFormat | 'auto';
  study?: string;
  replace?: boolean;
  bulk?: boolean;
  json?: boolean;
}



export async function runImport(files: string[], opts: ImportOptions, deps: Deps): Promise<void> {
    const { resolve } = await import('node:path');
    const { readStudy } = await import('../study/study-folder.ts');
    const { readSortsFile, assertImportable, saveImportedSorts } = await import('../study/import-sorts.ts');
    if (opts.bulk && opts.replace) throw new UsageError('--bulk never replaces sorts; leave out --replace, or import without --bulk', {
        nl: '--bulk vervangt nooit sorteringen; laat --replace weg, of importeer zonder --bulk',
      });
    const dir = studyDir(opts, deps);
    const study = await readStudy(dir);
    const lang = pickLang(undefined, study.language, deps.env);
    const ids = study.statements.map((s) => s.id);
    const read = [];
    for (const file of files) read.push(await readSortsFile(resolve(deps.cwd, file), opts.format, ids, file, study.language));
    await assertImportable(dir, study, read, { ...(opts.replace ? { replace: true } : {}), ...(opts.bulk ? { bulk: true } : {}), report: (line) => deps.stderr.write(`${line}\n`), lang });
    if (opts.bulk) {
      // bulk storage (src/study/bulk-sorts.ts): one atomic append to sorts.jsonl
      const { saveImportedSortsInBulk } = await import('../study/import-sorts.ts');
      await saveImportedSortsInBulk(dir, study, read, { now: deps.now() });
    } else await saveImportedSorts(dir, study, read, { ...(opts.replace ? { replace: true } : {}), now: deps.now() });
    const summary = read.map((r) => ({ file: r.file, format: r.format, imported: r.sorts.length }));
    const total = summary.reduce((n, s) => n + s.imported, 0);
    if (opts.json) {
      printJson(deps, { study: dir, imported: total, files: summary });
      return;
    }
    const { commandTexts } = await import('../i18n/commands.ts');
    const t = commandTexts(lang);
    const width = Math.max(...summary.map((s) => s.file.length));
    for (const s of summary) deps.stdout.write(`${s.file.padEnd(width)}  ${s.format.padEnd(8)}  ${t.importedFile(s.imported)}\n`);
    deps.stdout.write(`${t.importedAll(total, dir)}\n`);
  }
