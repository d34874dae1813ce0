import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { standardizedScores } from './correlation.ts';
import { extractPrincipalComponents } from './extract-pca.ts';
import { flagSorts } from './flag.ts';
import { column, mean, sampleSd } from './matrix.ts';
import { studyData } from './testing.ts';
import { varimax } from './varimax.ts';
import { factorZScores } from './z-scores.ts';

describe('factorZScores', () => {
  const data = [[2, 1, -1], [1, 2, 0], [0, 0, 2], [-1, -1, 1], [-2, -2, -2]];

  it('weights flagged sorts by a/(1 − a²) and standardises with the sample SD', () => {
    const loadings = [[0.8, 0], [0.6, 0], [0, 0.9]];
    const flags = [[true, false], [true, false], [false, true]];
    const { zScores, weights } = factorZScores(data, loadings, flags);
    const w1 = 0.8 / (1 - 0.64);
    const w2 = 0.6 / (1 - 0.36);
    expect(weights[0]![0]).toBeCloseTo(w1, 14);
    expect(weights[2]![0]).toBe(0);
    const sums = data.map((r) => r[0]! * w1 + r[1]! * w2);
    const mu = mean(sums);
    const sd = sampleSd(sums);
    zScores.forEach((row, i) => expect(row[0]).toBeCloseTo((sums[i]! - mu) / sd, 12));
  });

  it('gives null z-scores and a warning for a factor without flags', () => {
    const { zScores, warnings } = factorZScores(data, [[0.8, 0.1], [0.6, 0.1], [0.1, 0.2]], [[true, false], [true, false], [false, false]]);
    expect(zScores.every((r) => r[1] === null)).toBe(true);
    expect(warnings).toEqual([expect.objectContaining({ code: 'FACTOR_WITHOUT_FLAGS', factor: 'F2' })]);
  });

  it('lets a flagged loading of ±1 define the factor alone instead of producing NaN', () => {
    const { zScores, warnings } = factorZScores(data, [[1], [0.5], [0.1]], [[true], [true], [false]]);
    expect(JSON.stringify(zScores)).not.toMatch(/NaN|null/);
    expect(warnings).toEqual([expect.objectContaining({ code: 'LOADING_AT_ONE' })]);
    const z = standardizedScores(data.map((r) => [r[0]!, 0]).map((r, i) => [r[0]!, i]));
    zScores.forEach((row, i) => expect(row[0]).toBeCloseTo(z[i]![0]!, 12));
  });

  it('rejects mismatched shapes', () => {
    expect(() => factorZScores(data, [[0.5]], [[true]])).toThrow(DataError);
  });

  it('gives z columns with mean 0 and SD 1 (property)', () => {
    fc.assert(
      fc.property(studyData(fc, 4, 12), ({ data }) => {
        Object.freeze(data);
        const pca = extractPrincipalComponents(standardizedScores(data), 2);
        const loadings = varimax(pca.loadings).loadings;
        const { zScores } = factorZScores(data, loadings, flagSorts(loadings, data.length));
        for (let f = 0; f < pca.factorCount; f++) {
          const z = column(zScores, f);
          if (z.some((x) => x === null)) continue;
          expect(mean(z as number[])).toBeCloseTo(0, 9);
          expect(sampleSd(z as number[])).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});
