import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption, positiveInt, studyDir } from './shared.ts';

export interface RankCliOptions {
  study?: string;
  by?: 'team' | 'factor';
  top: number;
  lang?: Lang;
  json?: boolean;
}

export function registerRank(program: Command, deps: Deps): void {
  const command = program
    .command('rank')
    .description('the statements ranked by mean score over all sorts: the top five, per team or per factor')
    .addOption(new Option('--by <what>', 'rank per team or per factor (z-scores), side by side').choices(['team', 'factor']))
    .option('--top <n>', 'how many top statements stand out', positiveInt, 5)
    .addOption(langOption('the language of the statements (default: the study\'s)'))
    .option('--json', 'print the ranking as JSON on stdout');
  addStudyOption(command)
    .addHelpText(
      'after',
      `
Every statement with its mean score, SD, and the share of sorts that put it in
the two highest ("Top 2") and two lowest ("Bottom 2") columns. The top five are
marked ★; tied statements share a rank ("4="). Works from one sort up.
--by factor runs the analysis with its default options ("qsort analyze" for
more).

Examples:
  $ qsort rank --study workshop
  $ qsort rank --top 10
  $ qsort rank --by team            each team's ranks side by side
  $ qsort rank --json > ranking.json`,
    )
    .action(async (opts: RankCliOptions) => {
      const { runRank } = await import('../report/run-rank.ts');
      await runRank(studyDir(opts, deps), opts, deps);
    });
}
