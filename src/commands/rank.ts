import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { RankCliOptions } from '../actions/rank.ts';
import { UsageError } from '../errors.ts';
import { addAnalysisOptions } from './analysis-options.ts';
import { addStudyOption, langOption, positiveInt } from './shared.ts';

/** The analysis options (analysis-options.ts), which only --by factor uses. */
const ANALYSIS_OPTIONS = ['factors', 'extraction', 'rotation', 'flag', 'correlation'] as const;


export function registerRank(program: Command, deps: Deps): void {
  const command = program
    .command('rank')
    .description('the statements ranked by mean score over all sorts: the top five, per team or per factor')
    .addOption(new Option('--by <what>', 'rank per team or per factor (z-scores), side by side').choices(['team', 'factor']))
    .option('--top <n>', 'how many top statements stand out', positiveInt, 5)
    .addOption(langOption('the language of the statements (default: the study\'s)'))
    .option('--json', 'print the ranking as JSON on stdout');
  addAnalysisOptions(addStudyOption(command))
    .addHelpText(
      'after',
      `
Every statement with its mean score, SD, and the share of sorts that put it in
the two highest ("Top 2") and two lowest ("Bottom 2") columns. The top five are
marked ★; tied statements share a rank ("4="). Works from one sort up.
--by factor runs the analysis as "qsort analyze" does: without --factors with
the number of factors it recommends (a note on stderr says which); the analysis
options apply to --by factor only.

Examples:
  $ qsort rank --study workshop
  $ qsort rank --top 10
  $ qsort rank --by team            each team's ranks side by side
  $ qsort rank --by factor --factors 3
  $ qsort rank --json > ranking.json`,
    )
    .action(async (opts: RankCliOptions) => {
      const given = ANALYSIS_OPTIONS.find((key) => command.getOptionValueSource(key) === 'cli');
      if (given !== undefined && opts.by !== 'factor') throw new UsageError(`--${given} applies to --by factor only`);
      const { runRank } = await import('../actions/rank.ts');
      await runRank(opts, deps);
    });
}
