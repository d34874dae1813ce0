/**
 * Factor order and sign convention, applied after rotation for every extraction:
 * factors in decreasing order of their sum of squared loadings (stable: equal
 * sums keep their order), and each column flipped so that its sum is ≥ 0 (a sum
 * of exactly 0 counts as positive). psych does this for PCA; qmethod leaves
 * centroid factors unordered and unsigned.
 *
 * Orientation: loadings sorts × factors; rotation factors × factors.
 */
import { type Matrix } from './matrix.ts';

/** The result of {@link orderAndSignFactors}. */
export interface OrderedFactors {
  /** Loadings with columns reordered and flipped. */
  readonly loadings: Matrix;
  /** The rotation matrix with the same column changes (when one was given). */
  readonly rotation: Matrix | null;
  /** `order[f]` = the input column that became factor f. */
  readonly order: readonly number[];
  /** `signs[f]` = +1 or −1, the flip applied to factor f. */
  readonly signs: readonly number[];
}

/**
 * Orders factors by decreasing Σ loading² and flips each to a column sum ≥ 0.
 * @param loadings sorts × factors
 * @param rotation optional factors × factors matrix whose columns follow the same changes
 * @example orderAndSignFactors([[0.1, -0.9], [0.2, -0.8]]).loadings // [[0.9, 0.1], [0.8, 0.2]]
 */
export function orderAndSignFactors(loadings: Matrix, rotation?: Matrix): OrderedFactors {
  const k = loadings[0]?.length ?? 0;
  const ss = Array.from({ length: k }, (_, j) => loadings.reduce((s, row) => s + row[j]! * row[j]!, 0));
  const order = ss.map((_, j) => j).sort((a, b) => ss[b]! - ss[a]! || a - b);
  const signs = order.map((j) => (loadings.reduce((s, row) => s + row[j]!, 0) < 0 ? -1 : 1));
  // (x * sign) || 0 turns −0 into 0
  const apply = (m: Matrix): number[][] => m.map((row) => order.map((j, f) => row[j]! * signs[f]! || 0));
  return { loadings: apply(loadings), rotation: rotation ? apply(rotation) : null, order, signs };
}
