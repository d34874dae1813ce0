import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, correlationMatrix, kendallTauB, standardizedScores } from './correlation.ts';
import { DataError } from '../errors.ts';
import { studyData } from './testing.ts';

describe('averageRanks', () => {
  it('averages tied ranks, as R rank()', () => {
    expect(averageRanks([10, 20, 10, 30])).toEqual([1.5, 3, 1.5, 4]);
    expect(averageRanks([3, 3, 3])).toEqual([2, 2, 2]);
  });
});

describe('correlationMatrix', () => {
  // values checked by hand (and equal to R's cor(x, y, method = …))
  const x = [1, 2, 3, 4, 5];
  const y = [2, 1, 4, 3, 5];
  const data = x.map((v, i) => [v, y[i]!]);

  it('computes Pearson', () => {
    expect(correlationMatrix(data)[0]![1]).toBeCloseTo(0.8, 12);
  });

  it('computes Spearman on average ranks', () => {
    expect(correlationMatrix(data, 'spearman')[0]![1]).toBeCloseTo(0.8, 12);
    const tied = [[1, 1], [2, 2], [2, 3], [3, 3]];
    expect(correlationMatrix(tied, 'spearman')[0]![1]).toBeCloseTo(3.75 / 4.5, 12);
  });

  it("computes Kendall's tau-b", () => {
    expect(correlationMatrix(data, 'kendall')[0]![1]).toBeCloseTo(0.6, 12);
    expect(kendallTauB([1, 2, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 12);
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('rejects a constant sort and too few statements', () => {
    expect(() => correlationMatrix([[1, 2], [1, 3], [1, 4]], 'pearson', ['a', 'b'])).toThrow(DataError);
    expect(() => correlationMatrix([[1, 2], [1, 3], [1, 4]], 'pearson', ['a', 'b'])).toThrow(/sort a/);
    expect(() => correlationMatrix([[1, 2], [2, 1]])).toThrow(DataError);
    expect(() => correlationMatrix([[1, 1], [2, 3], [3, 2]], 'kendall')).not.toThrow();
  });

  it('is R = ZᵀZ/(m−1) for the standardized scores', () => {
    const z = standardizedScores(data);
    const r = z.reduce((s, row) => s + row[0]! * row[1]!, 0) / (z.length - 1);
    expect(r).toBeCloseTo(correlationMatrix(data)[0]![1]!, 14);
  });

  for (const method of ['pearson', 'spearman', 'kendall'] as const) {
    it(`${method}: symmetric, unit diagonal, |r| ≤ 1 (property)`, () => {
      fc.assert(
        fc.property(studyData(fc), ({ data }) => {
          Object.freeze(data);
          const r = correlationMatrix(data, method);
          r.forEach((row, i) => {
            expect(row[i]).toBe(1);
            row.forEach((v, j) => {
              expect(v).toBe(r[j]![i]);
              expect(Math.abs(v)).toBeLessThanOrEqual(1);
            });
          });
        }),
        { numRuns: 50 },
      );
    });
  }
});
