import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerCommands } from './commands/index.ts';
import type { Deps } from './deps.ts';
import { processDeps } from './deps.ts';
import { AbortError, ExitCode, QError } from './errors.ts';
import { ERROR_TABLES, errorLine, errorText } from './i18n/errors.ts';
import { pickLang } from './actions/context.ts';
import { resolveStudyDir } from './study/study-folder.ts';
import { LANGS } from './core/types.ts';
import type { Lang } from './core/types.ts';
import { VERSION } from './version.ts';

/** The language of this run: the environment's until the command line is parsed, then the command's (see commandLang). */
export interface RunLang {
  lang: Lang;
}

export function buildProgram(deps: Deps, run: RunLang = { lang: pickLang(undefined, undefined, deps.env) }): Command {
  const program = new Command('qsort')
    .description('Q-methodology in the terminal: sort, collect, analyse')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: (s) => deps.stdout.write(s), writeErr: (s) => deps.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ qsort init my-study                 a study on the 24 built-in statements
  $ qsort sort --study my-study         a participant sorts (interactive)
  $ qsort rank --study my-study         the ranked statements: the top five
  $ qsort analyze --study my-study      the full Q analysis

The study folder comes from --study DIR, else $QSORT_STUDY, else the current
folder.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad data, 4 I/O, 130 aborted.`,
    );
  // errors thrown before this (usage errors) are in the environment's language
  program.hook('preAction', (_program, action) => {
    run.lang = commandLang(action.opts(), deps);
  });
  registerCommands(program, deps);
  return program;
}

/** The language of the study in `dir`, if there is one to read. */
function studyLang(dir: string): Lang | undefined {
  try {
    const language = (JSON.parse(readFileSync(join(dir, 'study.json'), 'utf8')) as { language?: unknown }).language;
    return (LANGS as readonly unknown[]).includes(language) ? (language as Lang) : undefined;
  } catch {
    return undefined; // no study (or not readable): the language comes from the environment
  }
}

/**
 * The language of a command's messages, resolved once before its action runs:
 * --lang, else the language of the study it works on (--study, $QSORT_STUDY or
 * the current folder), else $LC_ALL/$LC_MESSAGES/$LANG (pickLang).
 */
export function commandLang(opts: { readonly lang?: unknown; readonly study?: unknown }, deps: Pick<Deps, 'env' | 'cwd'>): Lang {
  const option = (LANGS as readonly unknown[]).includes(opts.lang) ? (opts.lang as Lang) : undefined;
  if (option !== undefined) return option;
  const study = typeof opts.study === 'string' ? opts.study : undefined;
  return pickLang(undefined, studyLang(resolveStudyDir(study, deps.env, deps.cwd)), deps.env);
}

/** Runs the CLI; returns the exit code and never calls process.exit. */
export async function main(argv: readonly string[], deps: Deps = processDeps()): Promise<number> {
  const run: RunLang = { lang: pickLang(undefined, undefined, deps.env) };
  try {
    await buildProgram(deps, run).parseAsync([...argv], { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      deps.stderr.write(`${ERROR_TABLES[run.lang].aborted}\n`);
      return ExitCode.Aborted;
    }
    if (error instanceof AbortError) {
      // the command already said what stopped and how to go on: that message alone, not an error
      deps.stderr.write(`\n${errorText(error, run.lang)}\n`);
      return error.exitCode;
    }
    if (error instanceof QError) {
      deps.stderr.write(`${errorLine(error, run.lang)}\n`);
      return error.exitCode;
    }
    deps.stderr.write(`${ERROR_TABLES.en.internal(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return ExitCode.Internal;
  }
}
