import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { analyzeStudy } from './analyze-study.ts';
import { addSums, bootstrap, type BootstrapProblem, bootstrapChunks, emptyBootstrapSums, prepareBootstrap, runReplicates, summarizeBootstrap } from './bootstrap.ts';
import { distributionValues } from './factor-arrays.ts';
import { procrustes } from './procrustes.ts';
import { maxDiff } from './testing.ts';

const lipset = loadStudy('lipset');
const full = analyzeStudy(lipset, { factorCount: 3 });
const problem: BootstrapProblem = {
  data: lipset.data,
  values: distributionValues(lipset.distribution!),
  loadings: full.loadings,
  extraction: 'pca',
  rotation: 'varimax',
  correlation: 'pearson',
  seed: '7',
};

describe('procrustes', () => {
  it('recovers a known rotation', () => {
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    const rotated = full.loadings.map((r) => [r[0]! * c - r[1]! * s, r[0]! * s + r[1]! * c, r[2]!]);
    expect(maxDiff(procrustes(rotated, full.loadings).rotated, full.loadings)).toBeLessThan(1e-12);
  });
});

describe('bootstrap (lipset, 3 factors)', () => {
  const result = bootstrap(problem, 200, full.factorArrays);

  it('is reproducible and independent of how the chunks are split and combined', () => {
    expect(bootstrap(problem, 200, full.factorArrays)).toEqual(result);
    const p = prepareBootstrap(problem);
    // chunks computed in reverse order (as a second worker might), combined in chunk order
    const chunks = bootstrapChunks(200);
    const parts = [...chunks].reverse().map(([from, to]) => ({ from, sums: runReplicates(p, from, to) })).sort((a, b) => a.from - b.from);
    const total = parts.reduce((acc, x) => addSums(acc, x.sums), emptyBootstrapSums(p));
    expect(summarizeBootstrap(p, total, full.factorArrays)).toEqual(result);
    expect(bootstrap({ ...problem, seed: '8' }, 200, full.factorArrays).zSe).not.toEqual(result.zSe);
  });

  it('counts a sort once per replicate that drew it, and gives shares and SEs in range', () => {
    expect(result.replicates).toBe(200);
    // each of 9 sorts is drawn in about 1 − (8/9)^9 ≈ 65% of the replicates
    for (const d of result.drawn) expect(d / 200).toBeGreaterThan(0.5), expect(d / 200).toBeLessThan(0.8);
    for (const row of result.flagShare) {
      for (const x of row) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThanOrEqual(1);
      // a sort is flagged on at most one factor per replicate
      expect(row.reduce((a, b) => a! + b!, 0)!).toBeLessThanOrEqual(1 + 1e-12);
    }
    for (const row of [...result.zSe, ...result.loadingSe]) for (const x of row) expect(x).toBeGreaterThan(0);
    // the clear exemplars of lipset stay flagged on their factor
    const us3 = full.sorts.indexOf('US3');
    const f = full.flags[us3]!.indexOf(true);
    expect(result.flagShare[us3]![f]).toBeGreaterThan(0.9);
  });

  it('gives factor arrays that follow the distribution and reports unstable statements consistently', () => {
    for (let f = 0; f < 3; f++) expect(result.factorArrays.map((r) => r[f]).sort((a, b) => a! - b!)).toEqual(problem.values);
    for (const u of result.unstable) {
      expect(u.bootstrapValue !== u.value || u.valueSd > 1).toBe(true);
      expect(full.factorArrays[u.statement]![u.factor]).toBe(u.value);
    }
  });
});
