import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { correlationMatrix, standardizedScores } from './correlation.ts';
import { extractCentroids, standardizedOperator } from './extract-centroid.ts';
import { maxDiff, studyData } from './testing.ts';

describe('extractCentroids', () => {
  it('gives the same factors from R and from the standardized data (property)', () => {
    fc.assert(
      fc.property(studyData(fc, 3, 10), ({ data }) => {
        const fromR = extractCentroids(correlationMatrix(data), 2);
        const fromZ = extractCentroids(standardizedOperator(standardizedScores(data)), 2);
        expect(fromZ.reflections).toEqual(fromR.reflections);
        expect(maxDiff(fromZ.loadings, fromR.loadings)).toBeLessThan(1e-9);
      }),
      { numRuns: 50 },
    );
  });

  it('does not loop on a column sum of exactly 0 (qmethod does)', () => {
    // variable 3 is uncorrelated with the others: its column sum is exactly 0
    const r = [
      [1, 0.5, 0],
      [0.5, 1, 0],
      [0, 0, 1],
    ];
    const result = extractCentroids(r, 1);
    expect(result.reflections[0]).toEqual([]);
    const f = result.loadings.map((row) => row[0]!);
    expect(f[0]).toBeGreaterThan(0);
    expect(f[2]).toBeCloseTo(0, 2);
  });

  it('reflects one variable at a time when two column sums tie for the minimum', () => {
    const r = [
      [1, 0.6, -0.3, -0.3],
      [0.6, 1, -0.3, -0.3],
      [-0.3, -0.3, 1, 0.4],
      [-0.3, -0.3, 0.4, 1],
    ];
    // sums without diagonal: 0, 0, −0.2, −0.2 → reflect variable 3 (the first), then 4 (now −1.0);
    // qmethod reflects both at once and its R assignment then breaks the matrix's symmetry
    const result = extractCentroids(r, 1);
    expect(result.reflections[0]).toEqual([2, 3]);
    const f = result.loadings.map((row) => row[0]!);
    expect(Math.sign(f[2]!)).toBe(-Math.sign(f[0]!));
    expect(Math.sign(f[3]!)).toBe(-Math.sign(f[0]!));
  });

  it('returns an empty factor with a warning when nothing is left', () => {
    const result = extractCentroids([[1, 0], [0, 1]], 1);
    expect(result.loadings).toEqual([[0], [0]]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'CENTROID_EMPTY_FACTOR', factor: 'F1' })]);
  });

  it('rejects an asymmetric matrix and bad options', () => {
    expect(() => extractCentroids([[1, 0.2], [0.3, 1]], 1)).toThrow(DataError);
    expect(() => extractCentroids([[1, 0.2], [0.2, 1]], 1, { threshold: 0 })).toThrow(DataError);
  });
});
