import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { FactorsCliOptions } from '../actions/factors.ts';
import { addStudyOption, nonNegativeInt, positiveInt } from './shared.ts';


export function registerFactors(program: Command, deps: Deps): void {
  const command = program
    .command('factors')
    .description('how many factors? eigenvalues with a scree plot, Humphrey\'s rule, defining sorts and parallel analysis, side by side')
    .option('--max <n>', 'look at 1..N factors (default: 8, fewer when the sorts do not allow it)', positiveInt)
    .option('--iterations <n>', 'random studies for parallel analysis (0 leaves it out)', nonNegativeInt, 100)
    .option('--seed <seed>', 'seed of the random studies (the same seed gives the same result)', '1')
    .addOption(new Option('--correlation <method>', 'correlation between sorts').choices(['pearson', 'spearman']).default('pearson'))
    .option('--json', 'print the aids as JSON');
  addStudyOption(command)
    .addHelpText(
      'after',
      `
The rules, for the k-th factor (or the k-factor solution):
  eigenvalue > 1  Kaiser–Guttman; with many more sorts than statements every
                  possible eigenvalue passes, so it is shown but never decides
  Humphrey        the product of the two highest unrotated loadings
                  > 2/√statements
  ≥ 2 sorts       with k factors (varimax) every factor has two defining sorts
  parallel        the eigenvalue beats the 95th percentile of random studies of
                  the same size, each sort a random permutation of the study's
                  distribution
The recommendation is the smallest count of Humphrey, ≥ 2 sorts and parallel
analysis; "qsort analyze" without --factors uses it.

Examples:
  $ qsort factors --study workshop
  $ qsort factors --max 6 --iterations 500 --seed 7
  $ qsort factors --json > factors.json`,
    )
    .action(async (opts: FactorsCliOptions) => {
      const { runFactors } = await import('../actions/factors.ts');
      await runFactors(opts, deps);
    });
}
