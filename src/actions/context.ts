import { isAbsolute, relative } from 'node:path';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { resolveStudyDir } from '../study/study-folder.ts';

/** What every action shares: the study folder, the language, JSON printing and paths as messages show them. */

/** A path as a message shows it: relative to the current folder when inside it, else as it is. */
export function shownPath(deps: Pick<Deps, 'cwd'>, path: string): string {
  const rel = relative(deps.cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The study folder: --study, else $QSORT_STUDY, else the current folder. */
export function studyDir(opts: { study?: string }, deps: Pick<Deps, 'env' | 'cwd'>): string {
  return resolveStudyDir(opts.study, deps.env, deps.cwd);
}

/** The language to use: --lang, else the study's, else $LANG (nl_* → nl), else en. */
export function pickLang(option: Lang | undefined, studyLang: Lang | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (option) return option;
  if (studyLang) return studyLang;
  const sys = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return sys.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function printJson(deps: Pick<Deps, 'stdout'>, value: unknown): void {
  deps.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A shell-safe rendering of an argument, for a command printed for the user to copy. */
export function shellArg(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The back-off of network retries (the join flow, `add --to`, `sync`):
 * QSORT_RETRY_BASE_MS sets the first delay (default 500 ms; it doubles per retry
 * up to 16 times it, 8 s by default). The tests set it to a few milliseconds so
 * that they never wait on the real schedule; a user has no reason to.
 */
export function retryTiming(env: Readonly<Record<string, string | undefined>>): { baseDelayMs?: number; maxDelayMs?: number } {
  const base = Number(env['QSORT_RETRY_BASE_MS']);
  return Number.isFinite(base) && base > 0 ? { baseDelayMs: base, maxDelayMs: base * 16 } : {};
}
