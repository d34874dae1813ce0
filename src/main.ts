import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerCommands } from './commands/index.ts';
import type { Deps } from './deps.ts';
import { processDeps } from './deps.ts';
import { AbortError, ExitCode, QError, localMessage } from './errors.ts';
import { pickLang } from './actions/context.ts';
import { resolveStudyDir } from './study/study-folder.ts';
import { LANGS } from './core/types.ts';
import type { Lang } from './core/types.ts';
import { VERSION } from './version.ts';

export function buildProgram(deps: Deps): Command {
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
  registerCommands(program, deps);
  return program;
}

/** The value of `--name V` or `--name=V` on the command line (the last one), if any. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === name) value = argv[i + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/** The language of the study the command works on (--study, $QSORT_STUDY or the current folder), if there is one to read. */
function studyLang(argv: readonly string[], deps: Pick<Deps, 'env' | 'cwd'>): Lang | undefined {
  try {
    const file = join(resolveStudyDir(optionValue(argv, '--study'), deps.env, deps.cwd), 'study.json');
    const language = (JSON.parse(readFileSync(file, 'utf8')) as { language?: unknown }).language;
    return (LANGS as readonly unknown[]).includes(language) ? (language as Lang) : undefined;
  } catch {
    return undefined; // no study (or not readable): the language comes from the environment
  }
}

/** The language of an error line, the usual way (pickLang): --lang, else the study's, else $LC_ALL/$LC_MESSAGES/$LANG. */
export function errorLang(argv: readonly string[], deps: Pick<Deps, 'env' | 'cwd'>): Lang {
  const value = optionValue(argv, '--lang');
  const option = value !== undefined && (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;
  return pickLang(option, option === undefined ? studyLang(argv, deps) : undefined, deps.env);
}

/**
 * "error: …" or "fout: …": the error's line in `lang` (or in its own language when
 * it has one). The prefix is in the language of the text shown: an error without
 * a Dutch twin stays "error: <English>", never a mixed "fout: <English>".
 */
export function errorLine(error: QError, lang: Lang): string {
  const shown = error.lang ?? (lang === 'nl' && error.nl !== undefined ? 'nl' : 'en');
  return `${shown === 'nl' ? 'fout' : 'error'}: ${localMessage(error, shown)}`;
}

/** Runs the CLI; returns the exit code and never calls process.exit. */
export async function main(argv: readonly string[], deps: Deps = processDeps()): Promise<number> {
  try {
    await buildProgram(deps).parseAsync([...argv], { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      deps.stderr.write(errorLang(argv, deps) === 'nl' ? 'afgebroken\n' : 'aborted\n');
      return ExitCode.Aborted;
    }
    if (error instanceof AbortError) {
      // the command already said what stopped and how to go on: that message alone, not an error
      deps.stderr.write(`\n${localMessage(error, error.lang ?? errorLang(argv, deps))}\n`);
      return error.exitCode;
    }
    if (error instanceof QError) {
      deps.stderr.write(`${errorLine(error, errorLang(argv, deps))}\n`);
      return error.exitCode;
    }
    deps.stderr.write(`internal error (please report this): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.Internal;
  }
}
