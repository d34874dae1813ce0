/**
 * `--flag-file FILE`: the flags by hand from a CSV (sort,factor), read here at
 * the edge and handed on as if `--flag` had given them.
 */
import { resolve } from 'node:path';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { parseFlagFile } from '../formats/flag-file.ts';
import { readTextFile } from '../formats/statements-file.ts';
import type { AnalysisChoices } from '../study-analysis/analysis-options.ts';
import { shownPath } from './context.ts';

/** The command's options with --flag-file read into `flag`. */
export async function withFlagFile<T extends AnalysisChoices & { flagFile?: string }>(opts: T, deps: Pick<Deps, 'cwd'>): Promise<T> {
  if (opts.flagFile === undefined) return opts;
  if (opts.flag !== undefined) {
    throw new UsageError('give the flags by hand with --flag or with --flag-file, not both', { nl: 'geef de vlaggen met de hand met --flag of met --flag-file, niet allebei' });
  }
  const path = resolve(deps.cwd, opts.flagFile);
  const shown = shownPath(deps, path);
  return { ...opts, flag: parseFlagFile(await readTextFile(path, 'file', shown), shown) };
}
