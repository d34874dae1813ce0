import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption } from './shared.ts';
import type { StatementsOptions } from '../actions/statements.ts';

export function registerStatements(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('statements')
      .description("list the statements: the study's, else the 24 built-in customer-focus statements")
      .addOption(langOption())
      .option('--builtin', 'list the built-in set even inside a study')
      .option('--file <file>', 'list the statements of a file (CSV, PQMethod .STA or one per line)')
      .option('--json', 'print JSON on stdout'),
  )
    .addHelpText('after', '\nExamples:\n  $ qsort statements --lang en\n  $ qsort statements --file lipset.sta --json')
    .action(async (opts: StatementsOptions) => {
      const { runStatements } = await import('../actions/statements.ts');
      await runStatements(opts, deps);
    });
}
