import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { correlationMatrix, standardizedScores } from './correlation.ts';
import {
  correlationEigenvalues,
  extractPrincipalComponents,
  extractPrincipalComponentsFromCorrelation,
} from './extract-pca.ts';
import { symmetricEigen } from './linalg.ts';
import { maxDiff, studyData } from './testing.ts';

describe('extractPrincipalComponents', () => {
  it('equals the eigen-decomposition of the correlation matrix (property, small n)', () => {
    fc.assert(
      fc.property(studyData(fc, 3, 8), ({ data }) => {
        const z = standardizedScores(data);
        const k = 2;
        const viaZ = extractPrincipalComponents(z, k);
        const r = correlationMatrix(data);
        const viaR = extractPrincipalComponentsFromCorrelation(r, k);
        const ev = symmetricEigen(r).values;
        expect(maxDiff([viaZ.eigenvalues], [ev.slice(0, viaZ.eigenvalues.length)])).toBeLessThan(1e-9);
        // when eigenvalues are well separated the loadings agree (eigenvector signs are fixed by the column sums)
        const gaps = [0, 1].map((i) => Math.abs(ev[i]! - ev[i + 1]!));
        if (viaZ.factorCount === k && viaR.factorCount === k && Math.min(...gaps) > 1e-3) {
          const sums = [0, 1].map((f) => viaZ.loadings.reduce((s, row) => s + row[f]!, 0));
          if (sums.every((s) => Math.abs(s) > 1e-6)) expect(maxDiff(viaZ.loadings, viaR.loadings)).toBeLessThan(1e-6);
        }
        // column sums ≥ 0
        for (let f = 0; f < viaZ.factorCount; f++) {
          expect(viaZ.loadings.reduce((s, row) => s + row[f]!, 0)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the eigenvalues as s²/(m−1): their sum is the number of sorts', () => {
    const data = [[1, 2, 0], [2, 1, 1], [3, 3, 2], [0, 1, 3], [4, 0, 1]];
    const ev = correlationEigenvalues(standardizedScores(data));
    expect(ev.reduce((a, b) => a + b, 0)).toBeCloseTo(3, 12);
  });

  it('extracts fewer factors than asked when the data have lower rank, with a warning', () => {
    // 4 statements → rank ≤ 3
    const data = [[1, 2, 3, 4, 1], [2, 1, 4, 3, 2], [3, 4, 1, 2, 4], [4, 3, 2, 1, 3]];
    const result = extractPrincipalComponents(standardizedScores(data), 5);
    expect(result.factorCount).toBe(3);
    expect(result.loadings[0]).toHaveLength(3);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'FACTOR_COUNT_REDUCED' })]);
  });

  it('rejects a factor count that is not a positive integer', () => {
    const z = standardizedScores([[1, 2], [2, 1], [3, 3]]);
    expect(() => extractPrincipalComponents(z, 0)).toThrow(DataError);
    expect(() => extractPrincipalComponents(z, 1.5)).toThrow(DataError);
  });

  it('stays linear in the number of sorts (24 statements × 20,000 sorts in well under a few seconds)', () => {
    const m = 24;
    const n = 20_000;
    let seed = 1;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const z = standardizedScores(Array.from({ length: m }, () => Array.from({ length: n }, rand)));
    const t = performance.now();
    const result = extractPrincipalComponents(z, 3);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(result.loadings).toHaveLength(n);
    expect(result.eigenvalues).toHaveLength(m - 1);
  });
});
