import { Chalk } from 'chalk';
import type { Pile } from './presort/state.ts';

/**
 * The styles every sort screen uses, built for a colour level (0 = none, for
 * NO_COLOR and non-terminals). Colour only ever repeats what a symbol or word
 * already says: the piles have their own symbols, the cursor its own marks.
 */
export interface SortStyle {
  readonly level: 0 | 1 | 2 | 3;
  readonly title: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly active: (text: string) => string;
  readonly error: (text: string) => string;
  readonly success: (text: string) => string;
  readonly pile: (pile: Pile, text: string) => string;
}

/** The symbol that marks a pile everywhere, so colour never carries the meaning alone. */
export const PILE_SYMBOL: Readonly<Record<Pile, string>> = { disagree: '−', neutral: '○', agree: '+' };

export function makeSortStyle(level: 0 | 1 | 2 | 3): SortStyle {
  const c = new Chalk({ level });
  const pileColour: Record<Pile, (t: string) => string> = { disagree: c.red, neutral: c.yellow, agree: c.green };
  return {
    level,
    title: (t) => c.bold(t),
    bold: (t) => c.bold(t),
    dim: (t) => c.dim(t),
    active: (t) => c.inverse.bold(t),
    error: (t) => c.red.bold(t),
    success: (t) => c.green.bold(t),
    pile: (pile, t) => pileColour[pile](t),
  };
}

/** Plain styles: what the pure renderers use when no style is given (and what tests compare). */
export const PLAIN_STYLE: SortStyle = makeSortStyle(0);
