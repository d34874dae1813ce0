import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { analyzeStudy } from './analyze-study.ts';
import { pValueMark } from './distinguishing.ts';
import { adjustPValues, twoSidedP } from './p-adjust.ts';

interface Golden {
  pairs: { factors: [string, string]; difference: number[]; p: number[]; holm: number[]; bonferroni: number[] }[];
}
const golden = (await import('../../test/golden/lipset/p-adjust-pca-varimax-3.json', { with: { type: 'json' } })).default as unknown as Golden;

/** |a − b| within a relative 1e-6 (p-values span many orders of magnitude). */
const expectRelClose = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(b), 1e-300));

describe('twoSidedP', () => {
  it('equals R 2*pnorm(-|d|/sed), also far in the tail', () => {
    // Rscript -e 'print(2*pnorm(-c(1.96, 2.576, 3.291, 4.8916, 7)), digits = 17)'
    const r = [0.049995790296440856, 0.0099950646314700322, 0.00099831913276377947, 1.0001955422872745e-6, 2.5596250877716703e-12];
    [1.96, 2.576, 3.291, 4.8916, 7].forEach((x, i) => expectRelClose(twoSidedP(-x * 0.4, 0.4), r[i]!));
    expect(twoSidedP(0, 0.3)).toBe(1);
  });
});

describe('adjustPValues', () => {
  it('matches R p.adjust on a small family', () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.5), "holm") → 0.04 0.09 0.09 0.5; "bonferroni" → 0.04 0.16 0.12 1
    const p = [0.01, 0.04, 0.03, 0.5];
    adjustPValues(p, 'holm').forEach((x, i) => expect(x).toBeCloseTo([0.04, 0.09, 0.09, 0.5][i]!, 12));
    expect(adjustPValues(p, 'bonferroni').map((x) => Number(x.toFixed(12)))).toEqual([0.04, 0.16, 0.12, 1]);
    expect(adjustPValues(p, 'none')).toEqual(p);
  });

  it('p ≤ Holm ≤ Bonferroni ≤ 1, and Holm keeps the order of the p-values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (p) => {
        const holm = adjustPValues(p, 'holm');
        const bonf = adjustPValues(p, 'bonferroni');
        p.forEach((x, i) => {
          expect(holm[i]!).toBeGreaterThanOrEqual(x);
          expect(holm[i]!).toBeLessThanOrEqual(bonf[i]! + 1e-15);
          expect(bonf[i]!).toBeLessThanOrEqual(1);
        });
        for (let i = 0; i < p.length; i++) for (let j = 0; j < p.length; j++) if (p[i]! < p[j]!) expect(holm[i]!).toBeLessThanOrEqual(holm[j]!);
      }),
      { numRuns: 100 },
    );
  });
});

describe('--adjust on lipset (PCA, varimax, 3 factors) against R', () => {
  const lipset = loadStudy('lipset');
  for (const adjust of ['holm', 'bonferroni'] as const) {
    it(`${adjust}: p, adjusted p, marks, consensus and distinguishing as computed directly from qmethod's z-scores and SED`, () => {
      const result = analyzeStudy(lipset, { factorCount: 3, adjust, compat: 'qmethod' });
      expect(result.options.adjust).toBe(adjust);
      golden.pairs.forEach((pair, k) => {
        result.statementTable.forEach((row, s) => {
          const c = row.comparisons[k]!;
          expect(c.factors).toEqual(pair.factors);
          expectRelClose(c.p, pair.p[s]!);
          expectRelClose(c.pAdjusted, pair[adjust][s]!);
          expect(c.significance).toBe(pValueMark(pair[adjust][s]!));
        });
      });
      result.statementTable.forEach((row, s) => {
        const significant = golden.pairs.map((pair) => pair[adjust][s]! < 0.05);
        expect(row.consensus).toBe(significant.every((x) => !x));
        const expected = ['F1', 'F2', 'F3'].filter((f) => golden.pairs.every((pair, k) => !pair.factors.includes(f) || significant[k]));
        expect(row.distinguishes).toEqual(expected);
      });
    });
  }

  it('adjusting only removes marks: fewer distinguishing and more consensus statements than none', () => {
    const none = analyzeStudy(lipset, { factorCount: 3 });
    const holm = analyzeStudy(lipset, { factorCount: 3, adjust: 'holm' });
    const bonf = analyzeStudy(lipset, { factorCount: 3, adjust: 'bonferroni' });
    const count = (r: typeof none, mark: (c: (typeof none.statementTable)[number]['comparisons'][number]) => boolean) =>
      r.statementTable.reduce((n, row) => n + row.comparisons.filter(mark).length, 0);
    const significant = (c: { significance: string }) => c.significance !== '';
    expect(count(holm, significant)).toBeLessThan(count(none, significant));
    expect(count(bonf, significant)).toBeLessThanOrEqual(count(holm, significant));
    expect(none.options.adjust).toBe('none');
    none.statementTable.forEach((row) => row.comparisons.forEach((c) => expect(c.pAdjusted).toBe(c.p)));
  });
});
