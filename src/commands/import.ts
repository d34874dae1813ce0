import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { FILE_IMPORT_FORMATS, formatList } from '../formats/types.ts';
import { addStudyOption } from './shared.ts';
import type { ImportOptions } from '../actions/import.ts';

export function registerImport(program: Command, deps: Deps): void {
  const command = program
    .command('import')
    .description('import sorts from files into the study (all or nothing: every sort is checked before any is saved)')
    .argument('<file...>', 'files of sorts')
    .addOption(new Option('--format <format>', 'the files\' format').choices(['auto', ...FILE_IMPORT_FORMATS]).default('auto'))
    .option('--replace', 'replace the sorts of participants who already have one (the old ones are kept as backups)')
    .option('--bulk', 'store the sorts in one file, sorts.jsonl, instead of one file each (for thousands of sorts; never replaces)')
    .option('--json', 'print what was imported as JSON');
  addStudyOption(command).addHelpText(
    'after',
    `
Formats (--format auto guesses from the file name and content):
${formatList(FILE_IMPORT_FORMATS)}
csv-wide, csv-long and json name the statements by id. The other formats give
the scores in statement order: the k-th score is the study's k-th statement's.

Examples:
  $ qsort import sorts.csv --study lipset
  $ qsort import paper.csv online.json --study workshop
  $ qsort import LIPSET.DAT --format pqmethod --replace
  $ qsort import online-100000.csv --bulk        all into sorts.jsonl`,
  );
  command.action(async (files: string[], opts: ImportOptions) => {
      const { runImport } = await import('../actions/import.ts');
      await runImport(files, opts, deps);
    });
}
