import { describe, expect, it, vi } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { DataError } from '../errors.ts';
import { analyzeStudy, type AnalysisInput } from './analyze-study.ts';
import { CORRELATION_MATRIX_MAX_SORTS, correlationMatrix, standardizedScores } from './correlation.ts';
import { extractCentroids, standardizedOperator } from './extract-centroid.ts';
import { extractPrincipalComponents, extractPrincipalComponentsFromCorrelation } from './extract-pca.ts';
import * as linalg from './linalg.ts';
import { syntheticStudy } from './synthetic.ts';
import { maxDiff } from './testing.ts';

vi.mock('./linalg.ts', { spy: true });

const VALUES = [-3, -2, -2, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3];

function input(data: number[][]): AnalysisInput {
  return { statements: data.map((_, i) => ({ id: `s${i + 1}`, text: '' })), sorts: data[0]!.map((_, j) => ({ id: `p${j + 1}` })), data };
}

/** The small-data path: everything from the explicit sorts × sorts correlation matrix. */
function densePath(data: number[][], k: number) {
  const r = correlationMatrix(data);
  return { pca: extractPrincipalComponentsFromCorrelation(r, k), centroid: extractCentroids(r, k) };
}

describe('linear-cost extraction equals the small-data (dense R) path', () => {
  const studies = [
    { name: 'lipset', data: loadStudy('lipset').data as number[][] },
    ...[1, 2, 3, 4, 5].map((seed) => ({ name: `random ${seed}`, data: syntheticStudy({ values: VALUES, sortCount: 40 + 30 * seed, seed, viewpoints: 1 + (seed % 3) }).data })),
  ];
  for (const { name, data } of studies) {
    it(`gives the same eigenvalues, PCA and centroid loadings to 1e-9 (${name})`, () => {
      const z = standardizedScores(data);
      const dense = densePath(data, 3);
      const pca = extractPrincipalComponents(z, 3);
      expect(maxDiff([pca.eigenvalues], [dense.pca.eigenvalues.slice(0, pca.eigenvalues.length)])).toBeLessThan(1e-9);
      // the remaining eigenvalues of R are 0
      for (const e of dense.pca.eigenvalues.slice(pca.eigenvalues.length)) expect(Math.abs(e)).toBeLessThan(1e-9);
      expect(maxDiff(pca.loadings, dense.pca.loadings)).toBeLessThan(1e-9);
      const centroid = extractCentroids(standardizedOperator(z), 3);
      expect(centroid.reflections).toEqual(dense.centroid.reflections);
      expect(maxDiff(centroid.loadings, dense.centroid.loadings)).toBeLessThan(1e-9);
    });
  }
});

describe('24 × 20,000 sorts', () => {
  it('runs the whole analysis without a sorts × sorts matrix (no eigenproblem bigger than the statements, bounded memory)', () => {
    const values = [-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4];
    const { data } = syntheticStudy({ values, sortCount: 20_000, seed: 3 });
    const eigen = vi.mocked(linalg.symmetricEigen);
    eigen.mockClear();
    const before = process.memoryUsage().rss;
    const result = analyzeStudy(input(data), { factorCount: 3 });
    const grown = process.memoryUsage().rss - before;
    // a 20,000² matrix of doubles alone is 3.2 GB
    expect(grown).toBeLessThan(600e6);
    expect(eigen).toHaveBeenCalled();
    for (const call of eigen.mock.calls) expect(call[0].length).toBeLessThanOrEqual(24);
    expect(result.eigenvalues).toHaveLength(23);
    expect(result.loadings).toHaveLength(20_000);
    expect(result.factors.map((f) => f.definingSorts).every((n) => n > 4000)).toBe(true);
  }, 60_000);

  it('refuses the correlation matrix above the documented size, with a clear message', () => {
    const { data } = syntheticStudy({ values: VALUES, sortCount: CORRELATION_MATRIX_MAX_SORTS + 1, seed: 1 });
    expect(() => analyzeStudy(input(data), { factorCount: 2, correlations: true })).toThrow(DataError);
    expect(() => correlationMatrix(data)).toThrow(/only built up to 5000 sorts/);
  });
});
