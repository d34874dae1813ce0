import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import type { Deps } from './deps.ts';
import { processDeps } from './deps.ts';
import { AbortError, ExitCode, QError, localMessage } from './errors.ts';
import { pickLang } from './commands/shared.ts';
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

/** The language of an error line: --lang on the command line, else $LC_ALL/$LC_MESSAGES/$LANG (as pickLang). */
export function errorLang(argv: readonly string[], env: Deps['env']): Lang {
  let option: Lang | undefined;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) option = value as Lang;
  });
  return pickLang(option, undefined, env);
}

/** Runs the CLI; returns the exit code and never calls process.exit. */
export async function main(argv: readonly string[], deps: Deps = processDeps()): Promise<number> {
  try {
    await buildProgram(deps).parseAsync([...argv], { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      deps.stderr.write(errorLang(argv, deps.env) === 'nl' ? 'afgebroken\n' : 'aborted\n');
      return ExitCode.Aborted;
    }
    if (error instanceof AbortError) {
      // the command already said what stopped and how to go on: that message alone, not an error
      deps.stderr.write(`\n${localMessage(error, errorLang(argv, deps.env))}\n`);
      return error.exitCode;
    }
    if (error instanceof QError) {
      const lang = errorLang(argv, deps.env);
      deps.stderr.write(`${lang === 'nl' ? 'fout' : 'error'}: ${localMessage(error, lang)}\n`);
      return error.exitCode;
    }
    deps.stderr.write(`internal error (please report this): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.Internal;
  }
}
