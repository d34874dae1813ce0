import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { SyncOptions } from '../actions/sync.ts';
import { addStudyOption } from './shared.ts';


export function registerSync(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('sync')
      .description('resend the sorts that a workshop server has not acknowledged yet (the outbox)'),
  )
    .option('--to <url>', 'send to this server instead of the one each sort was meant for')
    .option('--code <code>', 'use this session code instead of the stored one')
    .option('--json', 'print the outcome per sort as JSON on stdout')
    .addHelpText(
      'after',
      `
A sort that could not be delivered waits in <study>/outbox/ (qsort add --to) or
in $QSORT_HOME/joined/<server>-<code>/outbox/ (qsort sort --join; default
~/.qsort); sync resends both. Sorts the server refused (the name is taken, the
sort does not fit) move to outbox/refused/ with the reason. Exit code 0 when
everything is delivered, 4 when a server could not be reached, 3 when a sort
was refused.

Examples:
  $ qsort sync
  $ qsort sync --to http://192.168.1.20:8080 --code K7PM3Q`,
    )
    .action(async (opts: SyncOptions) => {
      const { runSync } = await import('../actions/sync.ts');
      await runSync(opts, deps);
    });
}
