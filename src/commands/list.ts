import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { addStudyOption } from './shared.ts';
import type { ListOptions } from '../actions/list.ts';

export function registerList(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('list')
      .description("the study's sorts: participant, team, date, language, source, and whether each is complete and valid")
      .option('--json', 'print JSON on stdout'),
  )
    .addHelpText(
      'after',
      `
Drafts (sorts started but not finished) are listed too. A sort that does not fit
the study is marked INVALID with the reason; the analysis leaves it out.

Examples:
  $ qsort list --study workshop
  $ qsort list --json | jq '.sorts[] | select(.valid | not)'`,
    )
    .action(async (opts: ListOptions) => {
      const { runList } = await import('../actions/list.ts');
      await runList(opts, deps);
    });
}
