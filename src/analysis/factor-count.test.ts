import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { correlationMatrix } from './correlation.ts';
import { asQuickAids, factorCountAids, quantileSorted, quickIterations, randomStudyEigenvalues, recommendationSummary } from './factor-count.ts';
import { symmetricEigen } from './linalg.ts';
import { seededRandom } from './random.ts';
import { randomSort, syntheticStudy } from './synthetic.ts';

const VALUES = [-3, -2, -2, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3];

describe('factorCountAids', () => {
  it('finds the planted number of viewpoints, and the rules agree', () => {
    for (const viewpoints of [2, 3, 4]) {
      const { data } = syntheticStudy({ values: VALUES, sortCount: 300, seed: viewpoints, viewpoints, noiseShare: 0 });
      const aids = factorCountAids(data, { iterations: 40, seed: 5 });
      expect(aids.recommended).toBe(viewpoints);
      expect(aids.agreeing).toContain('parallel');
    }
  });

  it('is reproducible with a seed and changes with another', () => {
    const { data } = syntheticStudy({ values: VALUES, sortCount: 50, seed: 1 });
    const a = factorCountAids(data, { iterations: 30, seed: 'x' });
    expect(factorCountAids(data, { iterations: 30, seed: 'x' })).toEqual(a);
    expect(factorCountAids(data, { iterations: 30, seed: 'y' }).rows.map((r) => r.randomEigenvalue)).not.toEqual(a.rows.map((r) => r.randomEigenvalue));
  });

  it('on lipset: eigenvalues of the full correlation matrix, Humphrey products of the unrotated loadings', () => {
    const lipset = loadStudy('lipset');
    const aids = factorCountAids(lipset.data, { iterations: 0 });
    const dense = symmetricEigen(correlationMatrix(lipset.data)).values;
    aids.rows.forEach((r, f) => expect(r.eigenvalue).toBeCloseTo(dense[f]!, 9));
    expect(aids.counts.kaiser).toBe(4);
    expect(aids.rows.map((r) => r.parallel)).toEqual(aids.rows.map(() => null));
    expect(aids.humphreyThreshold).toBeCloseTo(2 / Math.sqrt(33), 12);
    expect(aids.rows[0]!.humphreyProduct).toBeGreaterThan(aids.humphreyThreshold);
  });

  it('random studies: the Gram route equals the eigenvalues of R of the same random sorts', () => {
    const a = randomStudyEigenvalues(VALUES, 12, seededRandom(9));
    const random = seededRandom(9);
    const sorts = Array.from({ length: 12 }, () => randomSort(VALUES, random));
    const data = VALUES.map((_, i) => sorts.map((s) => s[i]!));
    const dense = symmetricEigen(correlationMatrix(data)).values;
    a.forEach((v, f) => expect(v).toBeCloseTo(dense[f]!, 9));
    expect(randomSort(VALUES, seededRandom(1)).sort((x, y) => x - y)).toEqual(VALUES);
  });

  it('quantiles as R type 7', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
  });

  it('the quick aids give a count and a one-line summary naming the agreeing rules', () => {
    const { data } = syntheticStudy({ values: VALUES, sortCount: 200, seed: 2, viewpoints: 2, noiseShare: 0 });
    const r = factorCountAids(data, { iterations: quickIterations(200), quick: true });
    expect(r.recommended).toBe(2);
    expect(recommendationSummary(r)).toMatch(/^2 factors \(.*parallel analysis.*agree/);
  });

  it('asQuickAids: the full aids say what the quick aids say (one note for analyze and report)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.integer(), (sortCount, viewpoints, noiseShare, seed) => {
        const { data } = syntheticStudy({ values: VALUES, sortCount, seed, viewpoints, noiseShare });
        const quick = factorCountAids(data, { iterations: 5, quick: true });
        const full = factorCountAids(data, { iterations: 5 });
        const asQuick = asQuickAids(full);
        expect({ counts: asQuick.counts, agreeing: asQuick.agreeing, recommended: asQuick.recommended }).toEqual({
          counts: quick.counts,
          agreeing: quick.agreeing,
          recommended: quick.recommended,
        });
        expect(recommendationSummary(asQuick)).toBe(recommendationSummary(quick));
        expect(asQuickAids(quick)).toEqual(quick);
      }),
      { numRuns: 60 },
    );
  });
});

describe('symmetricEigenvalues (Jacobi)', () => {
  it('equals the full decomposition', async () => {
    const { symmetricEigenvalues } = await import('./linalg.ts');
    for (const seed of [1, 2, 3]) {
      const { data } = syntheticStudy({ values: VALUES, sortCount: 30, seed });
      const r = correlationMatrix(data);
      const full = symmetricEigen(r).values;
      symmetricEigenvalues(r).forEach((v, i) => expect(v).toBeCloseTo(full[i]!, 10));
    }
  });
});
