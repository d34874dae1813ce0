import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { distributionValues, factorArrays, factorScores } from './factor-arrays.ts';
import { DISTRIBUTIONS } from './testing.ts';

describe('distributionValues', () => {
  it('expands scores × counts into a sorted multiset', () => {
    expect(distributionValues({ scores: [-1, 0, 1], counts: [1, 2, 1] })).toEqual([-1, 0, 0, 1]);
    expect(() => distributionValues({ scores: [0], counts: [1, 2] })).toThrow(DataError);
  });
});

describe('factorScores', () => {
  it('hands out values from lowest z to highest', () => {
    expect(factorScores([0.5, -1, 2, 0], [-1, 0, 0, 1]).scores).toEqual([0, -1, 1, 0]);
  });

  it('breaks ties within 1e-9 by statement order and reports them', () => {
    const r = factorScores([0.3, -1, 0.3 + 1e-12, 1], [-1, 0, 1, 2]);
    expect(r.scores).toEqual([0, -1, 1, 2]);
    expect(r.ties).toEqual([[0, 2]]);
    // statement order wins even when the later statement has the (slightly) lower z
    expect(factorScores([0.3 + 1e-12, 0.3], [0, 1]).scores).toEqual([0, 1]);
  });

  it('rejects a distribution of the wrong size', () => {
    expect(() => factorScores([1, 2], [0])).toThrow(DataError);
  });

  it('always gives a permutation of the distribution, ties included (property)', () => {
    const arb = fc.constantFrom(...DISTRIBUTIONS).chain((values) =>
      fc.tuple(
        fc.constant(values),
        // few distinct z values → many ties
        fc.array(fc.integer({ min: -3, max: 3 }).map((x) => x / 2), { minLength: values.length, maxLength: values.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([values, z]) => {
        const { scores, ties } = factorScores(z, values);
        expect([...scores].sort((a, b) => a - b)).toEqual([...values]);
        // higher z never gets a lower value
        z.forEach((zi, i) => z.forEach((zj, j) => (zi < zj - 1e-9 ? expect(scores[i]!).toBeLessThanOrEqual(scores[j]!) : undefined)));
        for (const group of ties) expect(new Set(group.map((i) => z[i])).size).toBe(1);
      }),
    );
  });
});

describe('factorArrays', () => {
  it('keeps null columns null and warns only about ties that statement order decided', () => {
    const z = [[1, null], [1, null], [-1, null], [0, null]];
    const r = factorArrays(z, [-1, 0, 1, 1], { statements: ['a', 'b', 'c', 'd'] });
    expect(r.arrays).toEqual([[1, null], [1, null], [-1, null], [0, null]]);
    expect(r.ties).toEqual([{ factor: 'F1', statements: ['a', 'b'], zScore: 1, values: [1, 1], brokenByOrder: false }]);
    expect(r.warnings).toEqual([]);
    const r2 = factorArrays([[1], [1], [-1], [0]], [-1, 0, 1, 2]);
    expect(r2.arrays).toEqual([[1], [2], [-1], [0]]);
    expect(r2.warnings).toEqual([expect.objectContaining({ code: 'FACTOR_ARRAY_TIE', statements: ['1', '2'] })]);
  });
});
