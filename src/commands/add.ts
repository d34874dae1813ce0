import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption } from './shared.ts';
import type { AddOptions } from '../actions/add.ts';

export function registerAdd(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('add')
      .description('type in a sort done on paper cards (validated against the study, then saved)')
      .option('-p, --participant <id>', 'the participant id (a name or a code); asked for when typing sheets in')
      .option('-t, --team <name>', 'the team or group the participant belongs to')
      .addOption(new Option('--scores <list>', 'the score of every statement: "S01=4,S02=-3,…"').conflicts('columns'))
      .addOption(new Option('--columns <grid>', 'the grid column by column: "-4:S05 / -3:S12,S07 / …"'))
      .addOption(langOption("the language the participant sorted in (default: the study's)"))
      .option('--comment <text>', "the participant's comment, if any")
      .option('--replace', 'replace an existing sort of this participant (the old one is kept as a backup)')
      .option('--json', 'print the saved sort as JSON on stdout')
      .option('--to <url>', 'send the sort to a workshop server (qsort serve) instead of saving it here')
      .option('--code <code>', "the workshop server's session code (with --to)"),
  )
    .addHelpText(
      'after',
      `
In a terminal, without --scores or --columns, qsort asks for the participant
and team and you type the paper sheet in column by column: the card numbers
of each column (as "qsort print cards" printed them), checked as you type; one
sheet after another until you give no name (with -p: that one sheet).

Or give the sort one of two ways:
  --scores   every statement with its score; "=" or ":", separated by commas
             or spaces
  --columns  the grid as you read it off the table, from the left: each column's
             score, a colon, then its cards; columns separated by "/"
Ids may be typed loosely: "s5" or "5" mean S05 when that is unambiguous.
The sort must use every statement exactly once and fill each column exactly.

Examples:
  $ qsort add --study workshop                 type paper sheets in, one by one
  $ qsort add -p anne -t sales --scores "S01=4,S02=3,S03=3,S04=2,…,S24=-4"
  $ qsort add -p bram --columns "-4:S07 / -3:S12,S21 / … / +4:S01"
  $ qsort add -p anne --replace --columns "…"   replaces anne's sort (backup)
  $ qsort add -p carla --scores "…" --to http://192.168.1.20:8080 --code K7PM3Q
                                               sends it to the workshop server`,
    )
    .action(async (opts: AddOptions) => {
      const { runAdd } = await import('../actions/add.ts');
      await runAdd(opts, deps);
    });
}
