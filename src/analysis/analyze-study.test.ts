import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { analyzeStudy, type AnalysisInput, type AnalysisResult } from './analyze-study.ts';
import { correlationMatrix } from './correlation.ts';
import { extractCentroids } from './extract-centroid.ts';
import { studyData } from './testing.ts';

function input(data: number[][], groups?: readonly (string | undefined)[]): AnalysisInput {
  return {
    statements: data.map((_, i) => ({ id: `s${i + 1}`, text: `statement ${i + 1}` })),
    sorts: data[0]!.map((_, j) => (groups?.[j] ? { id: `p${j + 1}`, group: groups[j]! } : { id: `p${j + 1}` })),
    data,
  };
}

function noNaN(result: AnalysisResult): void {
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/NaN|Infinity/);
  expect(JSON.parse(json)).toEqual(result);
}

const small = [
  [2, 1, -1, 2, 0, 1],
  [1, 2, 0, 1, 1, -2],
  [0, 0, 2, -1, 2, 0],
  [-1, -1, 1, 0, -2, 2],
  [-2, -2, -2, -2, -1, -1],
  [0, -1, 0, 1, 0, 0],
  [1, 0, -1, 0, -1, 1],
  [-1, 1, 1, -1, 1, -1],
  [0, 0, 0, 0, 0, 0],
].map((row, i) => (i === 8 ? [0, 0, 0, 0, 0, 0] : row));

// make every sort follow the same distribution: -2,-1,-1,0,0,0,1,1,2
const forced = ((): number[][] => {
  const values = [-2, -1, -1, 0, 0, 0, 1, 1, 2];
  const n = small[0]!.length;
  const cols = Array.from({ length: n }, (_, j) => {
    const order = small.map((r, i) => [r[j]!, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const col = new Array<number>(small.length);
    order.forEach(([, i], rank) => (col[i] = values[rank]!));
    return col;
  });
  return small.map((_, i) => cols.map((c) => c[i]!));
})();

describe('analyzeStudy', () => {
  it('follows the output contract', () => {
    const result = analyzeStudy(input(forced, ['a', 'a', 'b', 'b', 'b', undefined]), { factorCount: 2, correlations: true });
    noNaN(result);
    expect(result.sorts).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(result.statements[0]).toEqual({ id: 's1', text: 'statement 1' });
    expect(result.options).toEqual({
      extraction: 'pca',
      rotation: 'varimax',
      judgmental: null,
      factorCount: 2,
      requestedFactorCount: 2,
      correlation: 'pearson',
      flagging: 'automatic',
      manualFlags: [],
      unflagged: [],
      compat: null,
      varimax: { stop: 'converged', iterations: expect.any(Number), converged: true, criterion: expect.any(Number) },
      centroidThreshold: null,
      forced: true,
      adjust: 'none',
      splitBipolar: [],
    });
    expect(result.factors.map((f) => f.id)).toEqual(['F1', 'F2']);
    expect(result.viewpoints.map((v) => v.factor)).toEqual(expect.arrayContaining(['F1', 'F2']));
    expect(result.cribSheets.map((c) => c.factor)).toEqual(['F1', 'F2']);
    expect(result.loadings).toHaveLength(6);
    expect(result.zScores).toHaveLength(9);
    expect(result.correlationMatrix).toHaveLength(6);
    expect(result.eigenvalues).toHaveLength(6);
    expect(result.statementTable[0]!.comparisons[0]!.factors).toEqual(['F1', 'F2']);
    expect(result.ranking.map((r) => r.id)).toHaveLength(9);
    expect(result.rankingByGroup.map((g) => [g.group, g.sortCount])).toEqual([['a', 2], ['b', 3]]);
    expect(result.rankingByFactor.map((r) => r.factor)).toEqual(['F1', 'F2']);
  });

  it('does not build the correlation matrix unless asked', () => {
    expect(analyzeStudy(input(forced), { factorCount: 2 }).correlationMatrix).toBeNull();
  });

  it('runs every extraction × rotation × correlation without NaN', () => {
    for (const extraction of ['pca', 'centroid'] as const) {
      for (const rotation of ['varimax', 'none'] as const) {
        for (const correlation of ['pearson', 'spearman', 'kendall'] as const) {
          noNaN(analyzeStudy(input(forced), { factorCount: 3, extraction, rotation, correlation }));
        }
      }
    }
  });

  it('applies manual flags per factor, flags a listed sort only there, and reports them in the options', () => {
    const auto = analyzeStudy(input(forced), { factorCount: 2 });
    const manual = analyzeStudy(input(forced), { factorCount: 2, flags: { F2: ['p1', 'p3'] } });
    expect(manual.options.flagging).toBe('manual');
    expect(manual.options.manualFlags).toEqual(['F2']);
    expect(manual.flags.map((r) => r[1])).toEqual([true, false, true, false, false, false]);
    // F1 stays automatic, except for the sorts listed on F2
    expect(manual.flags.map((r) => r[0])).toEqual(auto.flags.map((r, i) => (i === 0 || i === 2 ? false : r[0])));
    for (const row of manual.flags) expect(row.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(manual.warnings).toContainEqual(expect.objectContaining({ code: 'MANUAL_FLAGS', factor: 'F2', message: expect.stringContaining('F2 is flagged by hand: p1, p3') }));
    // SORT=0: flagged nowhere, everything else automatic
    const flagged = auto.flags.findIndex((r) => r.includes(true));
    const none = analyzeStudy(input(forced), { factorCount: 2, unflagged: [`p${flagged + 1}`] });
    expect(none.flags[flagged]).toEqual([false, false]);
    expect(none.flags.filter((_, i) => i !== flagged)).toEqual(auto.flags.filter((_, i) => i !== flagged));
    expect(none.options).toMatchObject({ flagging: 'manual', manualFlags: [], unflagged: [`p${flagged + 1}`] });
    expect(none.warnings).toContainEqual(expect.objectContaining({ code: 'MANUAL_FLAGS', sort: `p${flagged + 1}`, message: expect.stringContaining('flagged nowhere by hand') }));
    expect(() => analyzeStudy(input(forced), { factorCount: 2, flags: { F1: ['p1'], F2: ['p1'] } })).toThrow(/twice/);
    expect(() => analyzeStudy(input(forced), { factorCount: 2, flags: { F3: ['p1'] } })).toThrow(DataError);
    expect(() => analyzeStudy(input(forced), { factorCount: 2, flags: { F1: ['nobody'] } })).toThrow(/nobody/);
  });

  it('reduces the factor count with a warning when the data cannot give more', () => {
    const result = analyzeStudy(input(forced.map((r) => r.slice(0, 3))), { factorCount: 5 });
    expect(result.options.factorCount).toBe(3);
    expect(result.options.requestedFactorCount).toBe(5);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'FACTOR_COUNT_REDUCED' }));
  });

  it('rejects violated preconditions with a DataError', () => {
    expect(() => analyzeStudy(input(forced), { factorCount: 0 })).toThrow(DataError);
    const off = forced.map((r, i) => (i === 0 ? [...r.slice(0, 5), r[5]! + 1] : r));
    expect(() => analyzeStudy(input(off), { factorCount: 2 })).toThrow(/sort p6 does not follow the forced distribution/);
    expect(() => analyzeStudy({ ...input(forced), statements: input(forced).statements.slice(1) }, { factorCount: 2 })).toThrow(DataError);
    const dup = input(forced);
    expect(() => analyzeStudy({ ...dup, sorts: dup.sorts.map(() => ({ id: 'x' })) }, { factorCount: 2 })).toThrow(/twice/);
    expect(() => analyzeStudy({ ...input(forced), distribution: { scores: [-1, 0, 1], counts: [1, 1, 1] } }, { factorCount: 2 })).toThrow(DataError);
    expect(() => analyzeStudy(input(forced.map((r) => r.slice(0, 1))), { factorCount: 1 })).toThrow(DataError);
  });

  it('accepts unforced data with an explicit distribution', () => {
    const unforced = small.map((r, i) => (i === 0 ? [4, ...r.slice(1)] : r));
    const result = analyzeStudy(
      { ...input(unforced), distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] } },
      { factorCount: 2, forced: false },
    );
    noNaN(result);
    for (let f = 0; f < 2; f++) {
      const col = result.factorArrays.map((r) => r[f]);
      if (col[0] !== null) expect(col.map(Number).sort((a, b) => a - b)).toEqual([-2, -1, -1, 0, 0, 0, 1, 1, 2]);
    }
  });

  // With varimax, rounding-level differences can make R's stopping rule (Σd < previous·(1 + 1e-5))
  // fire at a different iteration, so rotated loadings are order-independent only up to that
  // tolerance (R behaves the same). The exact property is checked without rotation here, and
  // for varimax itself in varimax.test.ts.
  it('gives the same results whatever the order of the sorts (property)', () => {
    fc.assert(
      fc.property(
        studyData(fc, 4, 10).chain(({ data }) =>
          fc.tuple(fc.constant(data), fc.shuffledSubarray(data[0]!.map((_, j) => j), { minLength: data[0]!.length, maxLength: data[0]!.length })),
        ),
        fc.constantFrom('pca' as const, 'centroid' as const),
        ([data, perm], extraction) => {
          const a = analyzeStudy(input(data), { factorCount: 2, extraction, rotation: 'none' });
          const permuted = input(data);
          const b = analyzeStudy(
            { ...permuted, sorts: perm.map((j) => permuted.sorts[j]!), data: data.map((row) => perm.map((j) => row[j]!)) },
            { factorCount: 2, extraction, rotation: 'none' },
          );
          // skip solutions that are not unique: (near-)equal factor sizes or a column sum near 0;
          // centroid: tied column sums make the reflection order depend on sort order (README)
          if (extraction === 'centroid') {
            const ra = extractCentroids(correlationMatrix(data), 2).reflections;
            const rb = extractCentroids(correlationMatrix(data.map((row) => perm.map((j) => row[j]!))), 2).reflections;
            if (JSON.stringify(ra) !== JSON.stringify(rb.map((r) => r.map((i) => perm[i]!)))) return;
          }
          const ss = a.factors.map((f) => f.eigenvalue);
          if (ss.length === 2 && Math.abs(ss[0]! - ss[1]!) < 1e-6) return;
          const sums = [0, 1].map((f) => a.loadings.reduce((s, r) => s + (r[f] ?? 0), 0));
          if (sums.some((s) => Math.abs(s) < 1e-6)) return;
          expect(b.eigenvalues.length).toBe(a.eigenvalues.length);
          b.eigenvalues.forEach((v, i) => expect(v).toBeCloseTo(a.eigenvalues[i]!, 9));
          perm.forEach((j, pos) => b.loadings[pos]!.forEach((x, f) => expect(x).toBeCloseTo(a.loadings[j]![f]!, 6)));
          perm.forEach((j, pos) => expect(b.flags[pos]).toEqual(a.flags[j]));
          b.zScores.forEach((row, i) => row.forEach((z, f) => (z === null ? expect(a.zScores[i]![f]).toBeNull() : expect(z).toBeCloseTo(a.zScores[i]![f]!, 6))));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never returns NaN, and every factor array is a permutation of the distribution (property)', () => {
    fc.assert(
      fc.property(studyData(fc, 3, 12), fc.integer({ min: 1, max: 4 }), fc.constantFrom('pca' as const, 'centroid' as const), ({ data, values }, k, extraction) => {
        const result = analyzeStudy(input(data), { factorCount: k, extraction });
        noNaN(result);
        for (let f = 0; f < result.options.factorCount; f++) {
          const col = result.factorArrays.map((r) => r[f]);
          if (col[0] === null) continue;
          expect(col.map(Number).sort((a, b) => a - b)).toEqual([...values]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
