import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { FILE_IMPORT_FORMATS } from '../formats/types.ts';
import { langOption } from './shared.ts';
import type { InitOptions } from '../actions/init.ts';

export function registerInit(program: Command, deps: Deps): void {
  program
    .command('init')
    .description('create a study folder (study.json and sorts/)')
    .argument('[dir]', 'the folder to create the study in', '.')
    .option('--statements <file>', 'statements: CSV (id,text or id,nl,en), PQMethod .STA, or one per line (default: the 24 built-in ones)')
    .option('--distribution <spec>', 'forced distribution: "1,2,3,4,4,4,3,2,1" (centred on 0), "-3..3:2,3,4,6,4,3,2", or "-3..3"')
    .option('--title <title>', 'the study title')
    .addOption(langOption("the study's language (default: from $LANG)"))
    .option('--instruction <text>', 'the condition of instruction: the question participants sort by')
    .option('--from <file>', 'create the study from existing sorts: a wide CSV (with --statements), a PQMethod .DAT (its .STA beside it), or a qsort JSON export')
    .option('--free', 'with --from: a free study, for sorts that do not share one distribution (--distribution: the factor arrays\' shape; default quasi-normal on the sorts\' scale)')
    .addOption(new Option('--format <format>', 'the format of the --from file').choices(['auto', ...FILE_IMPORT_FORMATS]).default('auto'))
    .addOption(new Option('--json', 'print the new study as JSON on stdout'))
    .addHelpText(
      'after',
      `
Examples:
  $ qsort init workshop               24 built-in statements, -4..+4
  $ qsort init lip --statements lip.sta --distribution "-4..4:2,3,4,5,5,5,4,3,2"
  $ qsort init pilot --statements mine.csv --distribution "-3..3" --lang en
  $ qsort init lipset --from sorts.csv --statements statements.csv
  $ qsort init old --from LIPSET.DAT  (statements from LIPSET.STA beside it)
  $ qsort init loose --from sorts.csv --statements st.csv --free   (not forced)

With --from, the distribution is taken from the sorts (they must all share it)
unless --distribution is given; with --free the sorts may take any shape on the
scale, and the distribution is only the factor arrays' shape (qmethod's
forced = FALSE); the whole import is checked before anything is
written, and nothing is left behind when it fails.`,
    )
    .action(async (dir: string, opts: InitOptions) => {
      const { runInit } = await import('../actions/init.ts');
      await runInit(dir, opts, deps);
    });
}
