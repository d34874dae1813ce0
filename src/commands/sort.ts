import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption } from './shared.ts';
import type { SortOptions } from '../actions/sort.ts';

export function registerSort(program: Command, deps: Deps): void {
  addStudyOption(program.command('sort').description('a participant sorts the statements (interactive: pre-sort, grid, review, questions)'))
    .option('--participant <id>', 'the participant name or code (asked on screen when absent)')
    .option('--team <team>', 'the team or group of the participant')
    .addOption(langOption("interface language (default: the study's, else $LANG)"))
    .option('--join <url>', 'sort for a workshop server: its address, as the facilitator shows it (with --code)')
    .option('--code <code>', 'the session code of the workshop server (with --join)')
    .option('--accessible', 'line by line, for a screen reader or braille display: nothing redrawn, every prompt one plain line (also chosen when TERM=dumb)')
    .addHelpText(
      'after',
      `
Every key press is saved to drafts/<participant>.json; run the same command
again to continue a sort that was interrupted (Ctrl-C, a closed window, a
crash).
The finished sort goes to sorts/<participant>.json and is never overwritten.

Examples:
  $ qsort sort --study my-study
  $ qsort sort --study my-study --participant P07 --team nursing --lang nl
  $ qsort sort --study my-study --accessible

With --join the study comes from the facilitator's computer and the finished
sort goes there; drafts and unsent sorts are kept in $QSORT_HOME/joined/
(default ~/.qsort/joined/), and "qsort sync" resends what was not delivered:
  $ qsort sort --join http://192.168.1.20:8080 --code K7PM3Q --participant P07`,
    )
    .action(async (opts: SortOptions) => {
      const { runSortCommand } = await import('../actions/sort.ts');
      await runSortCommand(opts, deps);
    });
}
