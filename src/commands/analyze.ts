import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { AnalyzeCliOptions } from '../actions/analyze.ts';
import { addAnalysisOptions } from './analysis-options.ts';
import { addStudyOption, langOption, positiveInt } from './shared.ts';


export function registerAnalyze(program: Command, deps: Deps): void {
  const command = program
    .command('analyze')
    .description('the full Q analysis: factors, loadings, factor arrays, distinguishing and consensus statements')
    .option('-o, --out <dir>', 'also write CSV tables and analysis.json to this folder')
    .option('--xlsx', 'with --out: also write analysis.xlsx, every table in one Excel workbook')
    .option('--json', 'print the analysis as JSON on stdout (the same as analysis.json)')
    .option('--bootstrap <n>', 'also bootstrap the analysis with N replicates (SE of z-scores and loadings, flag frequencies, unstable statements)', positiveInt)
    .option('--seed <seed>', 'seed of the bootstrap (the same seed gives the same result)', '1')
    .option('--workers <n>', 'threads for the bootstrap (default: 1 for small work, else the cores)', positiveInt)
    .addOption(langOption("the language of the statements (default: the study's)"))
    .option('--save', "keep this call's choices (factors, extraction, rotation, flags, correlation) as the study's analysis plan")
    .option('--plan <file>', 'replay the analysis plan of FILE (an analysis-plan.json, or the analysis.json of --out/--json)')
    .option('--no-plan', "ignore the study's saved analysis plan for this call");
  addAnalysisOptions(addStudyOption(command))
    .addHelpText(
      'after',
      `
Without --factors the analysis uses the number "qsort factors" recommends
(Humphrey's rule, two defining sorts and a quick seeded parallel analysis; the
note on stderr says which rules agree); with 2 sorts it extracts 1. Warnings
(a factor no sort defines, a negative flag, …) go to stderr and never stop the
analysis.

The analysis plan: --save keeps this call's choices in analysis-plan.json
next to study.json; a later "qsort analyze" without those options uses them
(a note on stderr says so), and options given on the command line win for
that call. "qsort rotate" saves a rotation by hand there (--rotation
judgmental uses it). --plan FILE replays a plan, also the one in an
analysis.json of --out, on another copy of the study: the same numbers to
the last bit. --no-plan ignores the saved plan. See docs/analysis-plan.md.

--bootstrap N resamples the sorts N times (seeded by --seed) and adds the
bootstrap SE of every z-score and loading, how often each sort was flagged,
the bootstrapped factor arrays and the unstable statements (--json: the
"bootstrap" key).

--out DIR writes eigenvalues.csv, correlations.csv (up to 300 sorts),
loadings.csv, zscores.csv, factor-arrays.csv, characteristics.csv,
factor-correlations.csv, sed.csv, statement-table.csv, ranking.csv,
crib-sheets.csv and analysis.json; with --xlsx also analysis.xlsx: the sheets
of KADE and PQMethod (overview, correlations, unrotated and rotated loadings
with the defining sorts marked, z-scores, factor arrays, distinguishing and
consensus statements, factor characteristics), numbers as numbers.

A factor some sorts load on negatively has two poles: its viewpoint, and "the
same factor, reversed", held by those sorts; each sort counts in one pole
(--json: "viewpoints"). --split-bipolar F1 makes F1's negative pole a factor
of its own (F1a and F1b), with its own z-scores and array.

--adjust holm|bonferroni corrects the p-values of the differences between
factors, per pair of factors over all statements; the marks (* ** *** 6*),
distinguishing and consensus statements then follow the adjusted p-values.
The default, none, gives PQMethod's and qmethod's marks.

Examples:
  $ qsort analyze --study workshop
  $ qsort analyze --factors 2 --extraction centroid
  $ qsort analyze --flag "P01=1,P07=1,P03=2"      defining sorts by hand
  $ qsort analyze --json > analysis.json
  $ qsort analyze --out results/tables
  $ qsort analyze --out results --xlsx             also results/analysis.xlsx
  $ qsort analyze --adjust holm
  $ qsort analyze --split-bipolar F1
  $ qsort analyze --bootstrap 1000 --seed 7
  $ qsort analyze --factors 3 --extraction centroid --save
  $ qsort analyze --plan ../other-copy/results/analysis.json --json`,
    )
    .action(async (opts: AnalyzeCliOptions) => {
      const { runAnalyze } = await import('../actions/analyze.ts');
      await runAnalyze(opts, deps);
    });
}
