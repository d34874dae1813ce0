import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiply, rowSumsOfSquares, transpose } from './matrix.ts';
import { orderAndSignFactors } from './order-and-sign.ts';
import { loadingsArb, maxDiff } from './testing.ts';
import { noRotation, varimax } from './varimax.ts';

describe('varimax', () => {
  it('keeps communalities, has an orthogonal rotation, and rotated = loadings · T (property)', () => {
    fc.assert(
      fc.property(loadingsArb(fc), (loadings) => {
        Object.freeze(loadings);
        const { loadings: rotated, rotation } = varimax(loadings);
        const k = loadings[0]!.length;
        const h0 = rowSumsOfSquares(loadings);
        rowSumsOfSquares(rotated).forEach((h, i) => expect(h).toBeCloseTo(h0[i]!, 9));
        const tt = multiply(transpose(rotation), rotation);
        tt.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(i === j ? 1 : 0, 9)));
        expect(maxDiff(multiply(loadings, rotation), rotated)).toBeLessThan(1e-9);
        expect(rotation).toHaveLength(k);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the rows when it stops at the same iteration (property)', () => {
    fc.assert(
      fc.property(
        loadingsArb(fc).chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l.map((_, i) => i), { minLength: l.length, maxLength: l.length }))),
        ([loadings, perm]) => {
          const a = varimax(loadings);
          const b = varimax(perm.map((i) => loadings[i]!));
          if (a.iterations !== b.iterations) return;
          expect(maxDiff(b.loadings, perm.map((i) => a.loadings[i]!))).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('returns an orthogonal rotation when B is nearly rank deficient (rows of denormal loadings)', () => {
    // fast-check found this: the SVD of B was off by 5e-10, so T·Tᵀ was not I.
    const { rotation } = varimax([
      [5e-324, -0.0000016770518100000924, 0],
      [6e-323, 0, -2.1272046449761172e-8],
      [0, 0, 0],
    ]);
    const gram = multiply(rotation, transpose(rotation));
    gram.forEach((row, i) => row.forEach((g, j) => expect(Math.abs(g - (i === j ? 1 : 0))).toBeLessThan(1e-14)));
  });

  it('leaves one factor and a zero row alone', () => {
    expect(varimax([[0.5], [0.7]])).toMatchObject({ loadings: [[0.5], [0.7]], rotation: [[1]] });
    const r = varimax([[0, 0], [0.8, 0.2], [0.1, 0.9], [0.6, 0.5]]);
    expect(r.loadings[0]).toEqual([0, 0]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|null/);
  });

  it('noRotation returns the identity', () => {
    expect(noRotation([[0.1, 0.2]])).toMatchObject({ loadings: [[0.1, 0.2]], rotation: [[1, 0], [0, 1]] });
  });
});

describe('orderAndSignFactors', () => {
  it('orders by decreasing sum of squares and flips to column sums ≥ 0', () => {
    const r = orderAndSignFactors([[0.1, -0.9], [0.2, -0.8]], [[1, 0], [0, 1]]);
    expect(r.loadings).toEqual([[0.9, 0.1], [0.8, 0.2]]);
    expect(r.order).toEqual([1, 0]);
    expect(r.signs).toEqual([-1, 1]);
    expect(r.rotation).toEqual([[0, 1], [-1, 0]]);
  });

  it('counts a zero column sum as positive and keeps equal sums in order', () => {
    const r = orderAndSignFactors([[0.5, 0.5], [-0.5, -0.5]]);
    expect(r.order).toEqual([0, 1]);
    expect(r.signs).toEqual([1, 1]);
  });

  it('always gives non-increasing sums of squares and non-negative column sums (property)', () => {
    fc.assert(
      fc.property(loadingsArb(fc), (loadings) => {
        const r = orderAndSignFactors(loadings);
        const k = loadings[0]!.length;
        const ss = Array.from({ length: k }, (_, f) => r.loadings.reduce((s, row) => s + row[f]! ** 2, 0));
        for (let f = 1; f < k; f++) expect(ss[f]!).toBeLessThanOrEqual(ss[f - 1]!);
        for (let f = 0; f < k; f++) expect(r.loadings.reduce((s, row) => s + row[f]!, 0)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
