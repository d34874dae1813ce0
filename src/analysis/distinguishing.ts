/**
 * Distinguishing and consensus statements (qmethod's `qdc`, PQMethod).
 *
 * Orientation: zScores statements × factors; SED factors × factors.
 *
 * For each pair of factors (f, g), f < g: the signed difference z_f − z_g and its
 * significance, strictly greater than SED × 1.960 (`*`, p < .05), 2.576 (`**`),
 * 3.291 (`***`), 4.8916 (`6*`, p < 10⁻⁶), else `""`.
 * A statement is *consensus* when no pair is significant at .05; it
 * *distinguishes* factor f when every pair containing f is significant.
 * Factors without z-scores are left out of every comparison.
 *
 * With an adjustment (`holm`, `bonferroni`; see p-adjust.ts) the marks come
 * from the adjusted p-value instead: below .05 `*`, .01 `**`, .001 `***`,
 * .000001 `6*`, each pair of factors being one family over all statements;
 * consensus and distinguishing then follow the adjusted marks. Without one
 * (`none`, the default) the marks are PQMethod's and qmethod's, from the z
 * thresholds above.
 */
import { type NullableMatrix } from './matrix.ts';
import { type AdjustMethod, adjustPValues, twoSidedP } from './p-adjust.ts';
import { Z_001, Z_01, Z_05, Z_6 } from './thresholds.ts';

/** Significance of a difference: "" (n.s.), "*" p<.05, "**" p<.01, "***" p<.001, "6*" p<1e-6. */
export type SignificanceMark = '' | '*' | '**' | '***' | '6*';

/** One pair of factors compared on one statement. */
export interface PairComparison {
  /** 0-based factor indices, first < second. */
  readonly factors: readonly [number, number];
  /** z_first − z_second. */
  readonly difference: number;
  /** Two-sided p of the difference, 2·(1 − Φ(|difference|/SED)). */
  readonly p: number;
  /** `p` adjusted within its pair of factors (equal to `p` without an adjustment). */
  readonly pAdjusted: number;
  readonly significance: SignificanceMark;
}

/** Distinction of one statement. */
export interface StatementDistinction {
  /** Every pair compared (pairs of factors that both have z-scores), in (1,2), (1,3), …, (2,3) order. */
  readonly pairs: readonly PairComparison[];
  /** No pair significant at p < .05 (false when nothing could be compared). */
  readonly consensus: boolean;
  /** Factors (0-based, ascending) whose every pair is significant. */
  readonly distinguishes: readonly number[];
  /** Every pair is significant (and there is at least one). */
  readonly distinguishesAll: boolean;
}

/**
 * The significance mark of a difference given the SED of its pair (strict
 * inequalities, as qmethod).
 * @example significanceMark(1.0, 0.39) // "*"
 */
export function significanceMark(difference: number, sed: number): SignificanceMark {
  const d = Math.abs(difference);
  if (d > sed * Z_6) return '6*';
  if (d > sed * Z_001) return '***';
  if (d > sed * Z_01) return '**';
  if (d > sed * Z_05) return '*';
  return '';
}

/**
 * The significance mark of an (adjusted) p-value: below .000001 `6*`, .001
 * `***`, .01 `**`, .05 `*`, else `""`.
 * @example pValueMark(0.004) // "**"
 */
export function pValueMark(p: number): SignificanceMark {
  if (p < 1e-6) return '6*';
  if (p < 0.001) return '***';
  if (p < 0.01) return '**';
  if (p < 0.05) return '*';
  return '';
}

/**
 * Compares every pair of factors on every statement.
 * @param adjust how p-values are corrected within each pair (default `none`: qmethod's marks)
 * @returns one entry per statement, in statement order
 */
export function distinguishingStatements(zScores: NullableMatrix, sed: NullableMatrix, adjust: AdjustMethod = 'none'): StatementDistinction[] {
  const k = zScores[0]?.length ?? 0;
  const usable = Array.from({ length: k }, (_, f) => f).filter(
    (f) => zScores.every((row) => row[f] !== null && row[f] !== undefined) && sed[f]?.[f] !== null,
  );
  const pairs: [number, number][] = [];
  for (let a = 0; a < usable.length; a++) for (let b = a + 1; b < usable.length; b++) pairs.push([usable[a]!, usable[b]!]);
  // per pair (one family), the p of every statement and its adjusted value
  const families = pairs.map(([f, g]) => {
    const p = zScores.map((row) => twoSidedP(row[f]! - row[g]!, sed[f]![g]!));
    return { p, adjusted: adjustPValues(p, adjust) };
  });
  return zScores.map((row, s) => {
    const comparisons = pairs.map(([f, g], k): PairComparison => {
      const difference = row[f]! - row[g]!;
      const family = families[k]!;
      const pAdjusted = family.adjusted[s]!;
      const significance = adjust === 'none' ? significanceMark(difference, sed[f]![g]!) : pValueMark(pAdjusted);
      return { factors: [f, g], difference, p: family.p[s]!, pAdjusted, significance };
    });
    const significant = comparisons.filter((c) => c.significance !== '');
    const distinguishes = usable.filter((f) =>
      comparisons.every((c) => (c.factors[0] !== f && c.factors[1] !== f) || c.significance !== ''),
    );
    return {
      pairs: comparisons,
      consensus: comparisons.length > 0 && significant.length === 0,
      distinguishes: comparisons.length > 0 ? distinguishes : [],
      distinguishesAll: comparisons.length > 0 && significant.length === comparisons.length,
    };
  });
}

/**
 * qmethod's `dist.and.cons` label for a statement ("Consensus", "Distinguishes all",
 * "Distinguishes f2 only", "Distinguishes f1 Distinguishes f3 ", "" …; with two
 * factors "Distinguishing"), for export to people used to qmethod. Uses the
 * structured data, so it does not break at 10 factors as qmethod's does.
 * @param factorCount the number of factors compared
 */
export function qmethodLabel(d: StatementDistinction, factorCount: number): string {
  if (d.consensus) return 'Consensus';
  if (d.pairs.length === 0) return '';
  if (factorCount === 2) return 'Distinguishing';
  if (d.distinguishesAll) return 'Distinguishes all';
  const [first] = d.distinguishes;
  if (d.distinguishes.length === 1 && first !== undefined && d.pairs.every((p) => p.significance === '' || p.factors.includes(first))) {
    return `Distinguishes f${first + 1} only`;
  }
  return d.distinguishes.map((f) => `Distinguishes f${f + 1} `).join('');
}
