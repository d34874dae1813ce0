import { InvalidArgumentError, Option, type Command } from 'commander';
import type { RotateCliOptions } from '../actions/rotate.ts';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption, positiveInt } from './shared.ts';

/** Parses --pair: "F1,F2" or "1,2" (two different factors). */
export function parsePair(value: string): readonly [string, string] {
  const parts = value.split(',').map((p) => p.trim());
  const ids = parts.map((p) => (/^[Ff]?([1-9]\d*)$/.exec(p) ? `F${p.replace(/^[Ff]/, '')}` : null));
  if (ids.length !== 2 || ids.some((id) => id === null) || ids[0] === ids[1]) {
    throw new InvalidArgumentError('give two different factors, e.g. "F1,F2" or "1,3"');
  }
  return [ids[0]!, ids[1]!];
}

/** Parses --degrees: a finite number (negative turns the other way). */
export function parseDegrees(value: string): number {
  const n = Number(value.trim().replace(/^\u2212/, '-'));
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('give an angle in degrees, e.g. 10 or -2.5');
  return n;
}

export function registerRotate(program: Command, deps: Deps): void {
  const command = program
    .command('rotate')
    .description('rotate a pair of factors by hand (judgmental rotation), watching the sorts move; kept in the analysis plan')
    .option('-f, --factors <n>', 'number of factors (default: the saved rotation\'s, else the plan\'s, else the recommended number)', positiveInt)
    .addOption(new Option('--extraction <method>', 'factor extraction (default: the plan\'s, else pca)').choices(['pca', 'centroid']))
    .addOption(new Option('--correlation <method>', 'correlation between sorts (default: the plan\'s, else pearson)').choices(['pearson', 'spearman', 'kendall']))
    .addOption(new Option('--base <rotation>', 'start from varimax or from the unrotated factors (default: varimax)').choices(['varimax', 'none']))
    .addOption(new Option('--pair <a,b>', 'without the screen: the pair to turn, e.g. F1,F2').argParser(parsePair))
    .addOption(new Option('--degrees <d>', 'without the screen: turn --pair by D degrees (a′ = a·cos θ + b·sin θ, b′ = b·cos θ − a·sin θ)').argParser(parseDegrees))
    .option('--reset', 'clear the saved rotation by hand (the plan goes back to its base)')
    .option('--show', 'print the saved steps')
    .option('--json', 'with --show or --degrees: the steps, rotated loadings, flags and figures as JSON')
    .addOption(langOption("the language of the screen (default: the study's)"));
  addStudyOption(command)
    .addHelpText(
      'after',
      `
On the screen: ←/→ turn the pair by the step, +/− the step (0.5, 1, 5, 10,
45, 90°), ↑/↓ another pair, Tab a sort (a / b turn it onto the first / second
factor), u undo, r redo, 0 back to the start, s save, q leave (asking when not
saved), ? help. The plot shows every sort at its loadings on the pair, the
axes, the significance bounds ±1.96/√statements, and by symbol which factor
each sort defines; beside it each factor's explained variance and number of
defining sorts, live.

The rotation is its base (varimax, or none: the unrotated factors) and the
steps taken from it, saved in analysis-plan.json; "qsort analyze" then uses it
(and says so), "qsort analyze --rotation judgmental" asks for it. The factors
keep their order and sign after the steps; flags follow the automatic rule
except those set by hand in the plan. Consecutive turns of one pair are one
step. See docs/analysis-plan.md.

Examples:
  $ qsort rotate                                   the screen
  $ qsort rotate --factors 3 --base none           from 3 unrotated factors
  $ qsort rotate --pair F1,F2 --degrees 10         one step, no screen
  $ qsort rotate --show
  $ qsort rotate --reset`,
    )
    .action(async (opts: RotateCliOptions) => {
      const { runRotate } = await import('../actions/rotate.ts');
      await runRotate(opts, deps);
    });
}
