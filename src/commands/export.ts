import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { FILE_EXPORT_FORMATS, formatList } from '../formats/types.ts';
import { addStudyOption, langOption } from './shared.ts';
import type { ExportOptions } from '../actions/export.ts';

export function registerExport(program: Command, deps: Deps): void {
  const command = program
    .command('export')
    .description("write the study's sorts in another format (to stdout, or to a file with --out)")
    .addOption(new Option('--format <format>', 'the format').choices([...FILE_EXPORT_FORMATS]).default('csv-wide'))
    .option('--out <path>', 'the file to write (pqmethod: PATH.DAT and PATH.STA; a .dat/.sta suffix is dropped)')
    .addOption(langOption('the language of the statements in a PQMethod .STA (default: the study\'s)'));
  addStudyOption(command).addHelpText(
    'after',
    `
Formats:
${formatList(FILE_EXPORT_FORMATS)}
A PQMethod export needs --out. It writes PATH.DAT (CRLF line ends, no trailing
spaces, names cut to 8 characters and made unique) and PATH.STA (CRLF line ends,
Windows-1252; UTF-8 with a byte-order mark when a statement has characters that
Windows-1252 lacks). An xlsx export needs --out too: sheet "sorts" holds a row
per statement and a column per sort (numbers), sheet "statements" the texts.
Only valid sorts are exported; an invalid sort file stops the export.

Examples:
  $ qsort export --study lipset > sorts.csv
  $ qsort export --format csv-long --out long.csv
  $ qsort export --format pqmethod --out lipset    writes lipset.DAT, lipset.STA
  $ qsort export --format xlsx --out sorts.xlsx`,
  );
  command.action(async (opts: ExportOptions) => {
      const { runExport } = await import('../actions/export.ts');
      await runExport(opts, deps);
    });
}
