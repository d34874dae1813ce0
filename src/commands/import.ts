import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { formatList, IMPORT_FORMATS } from '../formats/types.ts';
import type { ImportFormat } from '../formats/types.ts';
import { addStudyOption, pickLang, printJson, studyDir } from './shared.ts';

interface ImportOptions {
  format: ImportFormat | 'auto';
  study?: string;
  replace?: boolean;
  bulk?: boolean;
  json?: boolean;
}

export function registerImport(program: Command, deps: Deps): void {
  const command = program
    .command('import')
    .description('import sorts from files into the study (all or nothing: every sort is checked before any is saved)')
    .argument('<file...>', 'files of sorts')
    .addOption(new Option('--format <format>', 'the files\' format').choices(['auto', ...IMPORT_FORMATS]).default('auto'))
    .option('--replace', 'replace the sorts of participants who already have one (the old ones are kept as backups)')
    .option('--bulk', 'store the sorts in one file, sorts.jsonl, instead of one file each (for thousands of sorts; never replaces)')
    .option('--json', 'print what was imported as JSON');
  addStudyOption(command).addHelpText(
    'after',
    `
Formats (--format auto guesses from the file name and content):
${formatList(IMPORT_FORMATS)}
csv-wide, csv-long and json name the statements by id. The other formats give
the scores in statement order: the k-th score is the study's k-th statement's.

Examples:
  $ qsort import sorts.csv --study lipset
  $ qsort import paper.csv online.json --study workshop
  $ qsort import LIPSET.DAT --format pqmethod --replace
  $ qsort import online-100000.csv --bulk        all into sorts.jsonl`,
  );
  command.action(async (files: string[], opts: ImportOptions) => {
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
    for (const file of files) read.push(await readSortsFile(resolve(deps.cwd, file), opts.format, ids, file));
    await assertImportable(dir, study, read, { ...(opts.replace ? { replace: true } : {}), ...(opts.bulk ? { bulk: true } : {}), report: (line) => deps.stderr.write(`${line}\n`), lang });
    if (opts.bulk) {
      // bulk storage (src/study/bulk-sorts.ts): one atomic append to sorts.jsonl
      const { saveImportedSortsInBulk } = await import('../study/import-sorts.ts');
      await saveImportedSortsInBulk(dir, study, read);
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
  });
}
