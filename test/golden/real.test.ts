import { describe, expect, it } from 'vitest';
import { analyzeStudy, type AnalysisResult } from '../../src/analysis/index.ts';
import { loadStudy } from './load.ts';

function hasNoNaN(result: AnalysisResult): void {
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/NaN|Infinity/);
  // JSON.stringify turns NaN into null silently: compare the round trip too
  expect(JSON.parse(json)).toEqual(result);
}

function checkArrays(result: AnalysisResult, values: readonly number[]): void {
  result.factorArrays[0]!.forEach((_, f) => {
    const col = result.factorArrays.map((r) => r[f]);
    if (col.every((x) => x === null)) return;
    expect(col.map(Number).sort((a, b) => a - b)).toEqual(values);
  });
}

const cases = [
  { folder: 'real/koc', factors: 3, statements: 36, sorts: 38 },
  { folder: 'real/polycrisis', factors: 4, statements: 33, sorts: 50 },
] as const;

describe.each(cases)('real data: $folder', ({ folder, factors, statements, sorts }) => {
  const input = loadStudy(folder);
  const values = input.distribution!.scores.flatMap((s, i) => new Array<number>(input.distribution!.counts[i]!).fill(s));

  it('has the documented shape (more sorts than statements: singular correlation matrix)', () => {
    expect(input.data).toHaveLength(statements);
    expect(input.sorts).toHaveLength(sorts);
  });

  for (const extraction of ['pca', 'centroid'] as const) {
    for (const correlation of ['pearson', 'spearman', 'kendall'] as const) {
      it(`runs ${extraction} + varimax with ${correlation} correlations without error or NaN`, () => {
        const result = analyzeStudy(input, { factorCount: factors, extraction, correlation });
        hasNoNaN(result);
        expect(result.loadings).toHaveLength(sorts);
        expect(result.loadings[0]).toHaveLength(factors);
        checkArrays(result, values);
        // at most one automatic flag per sort
        for (const row of result.flags) expect(row.filter(Boolean).length).toBeLessThanOrEqual(1);
      });
    }
  }

  it('reports only min(sortCount, statementCount − 1) eigenvalues, summing to the number of sorts', () => {
    const result = analyzeStudy(input, { factorCount: factors });
    expect(result.eigenvalues).toHaveLength(statements - 1);
    expect(result.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(sorts, 8);
  });
});

describe('real data: polycrisis centroid, where qmethod stops', () => {
  it('handles a factor without flags with null columns and a warning, not a crash', () => {
    const input = loadStudy('real/polycrisis');
    const result = analyzeStudy(input, { factorCount: 4, extraction: 'centroid' });
    hasNoNaN(result);
    const empty = result.factors.filter((f) => f.definingSorts === 0).map((f) => f.id);
    for (const id of empty) {
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'FACTOR_WITHOUT_FLAGS', factor: id }));
      const f = Number(id.slice(1)) - 1;
      expect(result.zScores.every((r) => r[f] === null)).toBe(true);
      expect(result.factors[f]!.se).toBeNull();
    }
    // the other factors are still compared with each other
    expect(result.statementTable[0]!.comparisons.length).toBe(((4 - empty.length) * (3 - empty.length)) / 2);
  });
});
