import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import type { SortStyle } from '../prompts/theme.ts';
import type { SortUi } from '../sort-flow/ui.ts';

/** The accessible (line by line) sort: asked for, or a terminal that cannot be redrawn (TERM=dumb). */
export const wantsAccessible = (opts: { readonly accessible?: boolean | undefined }, deps: Pick<Deps, 'env'>): boolean => opts.accessible === true || deps.env['TERM'] === 'dumb';

/** The participant's screens: full-screen prompts, or the accessible line-by-line ones. */
export async function sortUi(deps: Pick<Deps, 'stdin' | 'stdout'>, style: SortStyle, lang: Lang, accessible: boolean, signal: AbortSignal): Promise<SortUi & { close?: () => void }> {
  if (accessible) {
    const { accessibleUi } = await import('../sort-flow/accessible/ui.ts');
    return accessibleUi(deps.stdin, deps.stdout, style, lang, signal);
  }
  const { terminalUi } = await import('../sort-flow/ui.ts');
  return terminalUi(deps.stdout, style, deps.stdin, signal);
}
