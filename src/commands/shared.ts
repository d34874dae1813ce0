import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { isAbsolute, relative } from 'node:path';
import { LANGS } from '../core/types.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { resolveStudyDir } from '../study/study-folder.ts';

/** Parsers and options that several commands share. */

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return n;
}

export const langOption = (description = 'language: nl or en'): Option => new Option('--lang <lang>', description).choices([...LANGS]);

export function addStudyOption(command: Command): Command {
  return command.option('--study <dir>', 'the study folder (default: $QSORT_STUDY, else the current folder)');
}

/** A path as a message shows it: relative to the current folder when inside it, else as it is. */
export function shownPath(deps: Pick<Deps, 'cwd'>, path: string): string {
  const rel = relative(deps.cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export function studyDir(opts: { study?: string }, deps: Deps): string {
  return resolveStudyDir(opts.study, deps.env, deps.cwd);
}

/** The language to use: --lang, else the study's, else $LANG (nl_* → nl), else en. */
export function pickLang(option: Lang | undefined, studyLang: Lang | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (option) return option;
  if (studyLang) return studyLang;
  const sys = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return sys.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function printJson(deps: Deps, value: unknown): void {
  deps.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A shell-safe rendering of an argument, for a command printed for the user to copy. */
export function shellArg(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
