import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption, pickLang, printJson, studyDir } from './shared.ts';
import type { Lang } from '../core/types.ts';

interface StatementsOptions {
  study?: string;
  lang?: Lang;
  json?: boolean;
  file?: string;
  builtin?: boolean;
}

export function registerStatements(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('statements')
      .description("list the statements: the study's, else the 24 built-in customer-focus statements")
      .addOption(langOption())
      .option('--builtin', 'list the built-in set even inside a study')
      .option('--file <file>', 'list the statements of a file (CSV, PQMethod .STA or one per line)')
      .option('--json', 'print JSON on stdout'),
  )
    .addHelpText('after', '\nExamples:\n  $ qsort statements --lang en\n  $ qsort statements --file lipset.sta --json')
    .action(async (opts: StatementsOptions) => {
      const { readStudy, studyExists } = await import('../study/study-folder.ts');
      const { builtinStatements, readStatementsFile } = await import('../study/statements-file.ts');
      const { renderStatementList } = await import('../ui/statement-list.ts');
      const dir = studyDir(opts, deps);
      const inStudy = !opts.builtin && !opts.file && (opts.study !== undefined || (await studyExists(dir)));
      const study = inStudy ? await readStudy(dir) : undefined;
      const lang = pickLang(opts.lang, study?.language, deps.env);
      const statements = opts.file ? await readStatementsFile(opts.file, lang) : (study?.statements ?? (await builtinStatements()));
      if (opts.json) {
        printJson(deps, { source: opts.file ?? (study ? dir : 'built-in'), statements });
        return;
      }
      deps.stdout.write(renderStatementList(statements, lang, deps.width()));
    });
}
