/**
 * P-values of the differences between factors, and their correction for
 * multiple comparisons (`--adjust`).
 *
 * The family is one pair of factors compared over every statement: for the
 * pair (f, g) the m statements give m tests, p = 2·(1 − Φ(|z_f − z_g| / SED)),
 * adjusted within that family. `none` is what PQMethod and qmethod do;
 * `bonferroni` multiplies each p by m; `holm` is Holm's step-down method (as R's
 * `p.adjust`). Both cap at 1.
 */
import erfc from '@stdlib/math-base-special-erfc';
import { DataError } from '../errors.ts';

/** How p-values are corrected for multiple comparisons. */
export const ADJUST_METHODS = ['none', 'holm', 'bonferroni'] as const;
export type AdjustMethod = (typeof ADJUST_METHODS)[number];

/**
 * Two-sided normal p-value of a difference given its standard error:
 * 2·(1 − Φ(|difference|/sed)), computed as erfc(|d|/(sed·√2)) so that tiny p
 * keep their precision. A zero difference has p = 1.
 * @example twoSidedP(1.96, 1) // 0.04999579…
 */
export function twoSidedP(difference: number, sed: number): number {
  const d = Math.abs(difference);
  if (d === 0) return 1;
  if (!(sed > 0)) return 0;
  return Math.min(1, erfc(d / (sed * Math.SQRT2)));
}

/**
 * Adjusts a family of p-values (R's `p.adjust` for `holm` and `bonferroni`).
 * @returns the adjusted p-values, in the order given
 * @example adjustPValues([0.01, 0.04, 0.03], 'holm') // [0.03, 0.06, 0.06]
 */
export function adjustPValues(p: readonly number[], method: AdjustMethod): number[] {
  const m = p.length;
  if (method === 'none') return [...p];
  if (method === 'bonferroni') return p.map((x) => Math.min(1, x * m));
  if (method !== 'holm') throw new DataError(`unknown p-value adjustment "${String(method)}" (none, holm or bonferroni)`);
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[i]!));
    out[i] = running;
  });
  return out;
}
