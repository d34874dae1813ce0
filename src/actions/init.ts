import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import type { FileImportFormat } from '../formats/types.ts';
import { pickLang, printJson, shellArg } from './context.ts';

export interface InitOptions {
  statements?: string;
  distribution?: string;
  /** --free (with --from): a free study. */
  free?: boolean;
  title?: string;
  lang?: Lang;
  instruction?: string;
  from?: string;
  format: FileImportFormat | 'auto';
  json?: boolean;
}



export async function runInit(dir: string, opts: InitOptions, deps: Deps): Promise<void> {
      const { resolve } = await import('node:path');
      if (opts.from !== undefined) {
        await initFrom(dir, opts, deps);
        return;
      }
      if (opts.free) {
        const { UsageError } = await import('../errors.ts');
        throw new UsageError('--free makes a free study from existing sorts: give --from FILE too', { nl: '--free maakt een vrije studie van bestaande sorteringen: geef ook --from BESTAND' });
      }
      const { createStudy } = await import('../study/study-folder.ts');
      const { builtinStatements, readStatementsFile } = await import('../formats/statements-file.ts');
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
    ...(opts.free ? { free: true } : {}),
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
