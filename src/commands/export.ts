import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { EXPORT_FORMATS, formatList } from '../formats/types.ts';
import type { ExportFormat } from '../formats/types.ts';
import { addStudyOption, langOption, pickLang, studyDir } from './shared.ts';

interface ExportOptions {
  format: ExportFormat;
  out?: string;
  lang?: Lang;
  study?: string;
}

export function registerExport(program: Command, deps: Deps): void {
  const command = program
    .command('export')
    .description("write the study's sorts in another format (to stdout, or to a file with --out)")
    .addOption(new Option('--format <format>', 'the format').choices([...EXPORT_FORMATS]).default('csv-wide'))
    .option('--out <path>', 'the file to write (pqmethod: PATH.DAT and PATH.STA; a .dat/.sta suffix is dropped)')
    .addOption(langOption('the language of the statements in a PQMethod .STA (default: the study\'s)'));
  addStudyOption(command).addHelpText(
    'after',
    `
Formats:
${formatList(EXPORT_FORMATS)}
A PQMethod export needs --out. It writes PATH.DAT (CRLF line ends, no trailing
spaces, names cut to 8 characters and made unique) and PATH.STA (CRLF line ends,
Windows-1252; UTF-8 with a byte-order mark when a statement has characters that
Windows-1252 lacks).
Only valid sorts are exported; an invalid sort file stops the export.

Examples:
  $ qsort export --study lipset > sorts.csv
  $ qsort export --format csv-long --out long.csv
  $ qsort export --format pqmethod --out lipset    writes lipset.DAT, lipset.STA`,
  );
  command.action(async (opts: ExportOptions) => {
    const { resolve } = await import('node:path');
    const { readStudy, readValidSorts } = await import('../study/study-folder.ts');
    const { writeFileAtomic } = await import('../study/atomic.ts');
    const { exportSorts } = await import('../formats/index.ts');
    if (opts.format === 'pqmethod' && !opts.out) throw new UsageError('--format pqmethod writes two files (.DAT and .STA): give --out PATH', { nl: '--format pqmethod schrijft twee bestanden (.DAT en .STA): geef --out PAD' });
    const dir = studyDir(opts, deps);
    const study = await readStudy(dir);
    const sorts = await readValidSorts(dir, study);
    const lang = pickLang(opts.lang, study.language, deps.env);
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
  });
}
