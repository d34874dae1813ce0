import { Option } from 'commander';
import type { Command } from 'commander';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { IMPORT_FORMATS } from '../formats/types.ts';
import type { ImportFormat } from '../formats/types.ts';
import { langOption, pickLang, printJson, shellArg } from './shared.ts';

interface InitOptions {
  statements?: string;
  distribution?: string;
  title?: string;
  lang?: Lang;
  instruction?: string;
  from?: string;
  format: ImportFormat | 'auto';
  json?: boolean;
}

export function registerInit(program: Command, deps: Deps): void {
  program
    .command('init')
    .description('create a study folder (study.json and sorts/)')
    .argument('[dir]', 'the folder to create the study in', '.')
    .option('--statements <file>', 'statements: CSV (id,text or id,nl,en), PQMethod .STA, or one per line (default: the 24 built-in ones)')
    .option('--distribution <spec>', 'forced distribution: "1,2,3,4,4,4,3,2,1" (centred on 0), "-3..3:2,3,4,6,4,3,2", or "-3..3"')
    .option('--title <title>', 'the study title')
    .addOption(langOption("the study's language (default: from $LANG)"))
    .option('--instruction <text>', 'the condition of instruction: the question participants sort by')
    .option('--from <file>', 'create the study from existing sorts: a wide CSV (with --statements), a PQMethod .DAT (its .STA beside it), or a qsort JSON export')
    .addOption(new Option('--format <format>', 'the format of the --from file').choices(['auto', ...IMPORT_FORMATS]).default('auto'))
    .addOption(new Option('--json', 'print the new study as JSON on stdout'))
    .addHelpText(
      'after',
      `
Examples:
  $ qsort init workshop               24 built-in statements, -4..+4
  $ qsort init lip --statements lip.sta --distribution "-4..4:2,3,4,5,5,5,4,3,2"
  $ qsort init pilot --statements mine.csv --distribution "-3..3" --lang en
  $ qsort init lipset --from sorts.csv --statements statements.csv
  $ qsort init old --from LIPSET.DAT  (statements from LIPSET.STA beside it)

With --from, the distribution is taken from the sorts (they must all share it)
unless --distribution is given; the whole import is checked before anything is
written, and nothing is left behind when it fails.`,
    )
    .action(async (dir: string, opts: InitOptions) => {
      const { resolve } = await import('node:path');
      if (opts.from !== undefined) {
        await initFrom(dir, opts, deps);
        return;
      }
      const { createStudy } = await import('../study/study-folder.ts');
      const { builtinStatements, readStatementsFile } = await import('../study/statements-file.ts');
      const { parseDistributionSpec, quasiNormalDistribution, checkDistributionFits, formatDistribution } = await import('../core/distribution.ts');
      const { newStudy, DEFAULT_DISTRIBUTION } = await import('../core/study-defaults.ts');
      const target = resolve(deps.cwd, dir);
      const language = pickLang(opts.lang, undefined, deps.env);
      const statements = opts.statements ? await readStatementsFile(resolve(deps.cwd, opts.statements), language) : await builtinStatements();
      const distribution = opts.distribution
        ? parseDistributionSpec(opts.distribution, statements.length)
        : statements.length === 24
          ? DEFAULT_DISTRIBUTION
          : quasiNormalDistribution(statements.length);
      checkDistributionFits(distribution, statements.length);
      const study = newStudy({
        statements,
        distribution,
        language,
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.instruction !== undefined ? { instruction: opts.instruction } : {}),
        createdAt: deps.now().toISOString(),
      });
      await createStudy(target, study);
      if (opts.json) printJson(deps, { dir: target, study });
      else {
        const { commandTexts } = await import('../i18n/commands.ts');
        const t = commandTexts(language);
        deps.stdout.write(
          `${t.created(study.title, target)}\n${t.studyShape(statements.length, undefined, formatDistribution(distribution))}\n${t.nextSort(shellArg(dir === '' ? '.' : dir))}\n`,
        );
      }
    });
}

async function initFrom(dir: string, opts: InitOptions & { from?: string }, deps: Deps): Promise<void> {
  const { resolve } = await import('node:path');
  const { initFromData } = await import('../study/init-from.ts');
  const { formatDistribution } = await import('../core/distribution.ts');
  const target = resolve(deps.cwd, dir);
  const from = opts.from ?? '';
  const result = await initFromData({
    target,
    from: resolve(deps.cwd, from),
    fromLabel: from,
    format: opts.format,
    ...(opts.statements !== undefined ? { statements: resolve(deps.cwd, opts.statements) } : {}),
    ...(opts.distribution !== undefined ? { distribution: opts.distribution } : {}),
    ...(opts.title !== undefined ? { title: opts.title } : {}),
    ...(opts.instruction !== undefined ? { instruction: opts.instruction } : {}),
    language: pickLang(opts.lang, undefined, deps.env),
    createdAt: deps.now().toISOString(),
    report: (line) => deps.stderr.write(`${line}\n`),
  });
  const { study } = result;
  if (opts.json) {
    printJson(deps, { dir: target, format: result.format, imported: result.imported, study });
    return;
  }
  const { commandTexts } = await import('../i18n/commands.ts');
  const t = commandTexts(study.language);
  deps.stdout.write(
    `${t.createdFrom(study.title, target, from, result.format)}\n` +
      `${t.studyShape(study.statements.length, result.statementsFile, formatDistribution(study.distribution))}\n` +
      `${t.imported(result.imported)}\n${t.nextList(shellArg(dir === '' ? '.' : dir))}\n`,
  );
}
