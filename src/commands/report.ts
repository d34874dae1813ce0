import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { ReportCliOptions } from '../actions/report.ts';
import { addAnalysisOptions } from './analysis-options.ts';
import { addStudyOption, langOption, positiveInt } from './shared.ts';


export function registerReport(program: Command, deps: Deps): void {
  const command = program
    .command('report')
    .description('write the results as one self-contained HTML file: charts, factor grids, comments, methods')
    .option('-o, --out <file>', 'where to write the report (default: <study>/results/report.html)')
    .addOption(langOption("the report's language (default: the study's)"))
    .option('--top <n>', 'how many top statements to highlight', positiveInt, 5)
    .option('--plan <file>', 'use the analysis plan of FILE (an analysis-plan.json, or an analysis.json)')
    .option('--no-plan', "ignore the study's saved analysis plan");
  addAnalysisOptions(addStudyOption(command))
    .addHelpText(
      'after',
      `
The report works offline: CSS and charts are inside the file, nothing is
fetched.
Open it in a browser, project it, or print it to PDF (A4, one section per page).
It prints the path of the file it wrote; the analysis' warnings go to stderr.
Like "qsort analyze", it follows the study's analysis plan (a note on stderr
says so; options given here win), and shows the plan under the methods.

Examples:
  $ qsort report --study workshop                  workshop/results/report.html
  $ qsort report --lang en --out report-en.html    in English
  $ qsort report --factors 2 --extraction centroid`,
    )
    .action(async (opts: ReportCliOptions) => {
      const { runReport } = await import('../actions/report.ts');
      await runReport(opts, deps);
    });
}
