import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bipolarStudy } from '../../test/helpers/bipolar-study.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { analyzeStudy } from './analyze-study.ts';
import { studyData } from './testing.ts';
import { factorViewpoints, outerStatements } from './viewpoints.ts';

describe('outerStatements', () => {
  it('takes the two outermost columns, outermost first, then by z-score', () => {
    const scores = [2, -2, 0, 1, 1, -1, 0, 2];
    const z = [1.4, -1.5, 0, 0.5, 0.7, -0.6, 0.1, 1.6];
    expect(outerStatements(scores, z, 1)).toEqual([7, 0, 4, 3]);
    expect(outerStatements(scores, z, -1)).toEqual([1, 5]);
    expect(outerStatements(scores, z, 1, 1)).toEqual([7, 0]);
  });

  it('never puts a lower column above a higher one (agree) or a higher above a lower (disagree)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -4, max: 4 }), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: 1, maxLength: 30 }), (rows) => {
        const scores = rows.map((r) => r[0]);
        const z = rows.map((r) => r[1]);
        const top = outerStatements(scores, z, 1);
        const bottom = outerStatements(scores, z, -1);
        for (let k = 1; k < top.length; k++) expect(scores[top[k]!]!).toBeLessThanOrEqual(scores[top[k - 1]!]!);
        for (let k = 1; k < bottom.length; k++) expect(scores[bottom[k]!]!).toBeGreaterThanOrEqual(scores[bottom[k - 1]!]!);
        const distinct = [...new Set(scores)].sort((a, b) => b - a);
        expect(top.length).toBe(scores.filter((s) => s >= distinct[Math.min(1, distinct.length - 1)]!).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('factorViewpoints', () => {
  it('a planted bipolar study: the mirror-image sorts are the reversed pole of F1, counted nowhere else', async () => {
    const { study, sorts } = await bipolarStudy();
    const result = analyzeStudy(analysisInput(study, sorts, 'en'), { factorCount: 2 });
    const name = (id: string) => sorts.find((s) => s.sortId === id)?.participant ?? id;
    expect(result.viewpoints.map((v) => [v.factor, v.pole, v.sorts.map(name)])).toEqual([
      ['F1', 1, ['Anne', 'Bram', 'Chantal']],
      ['F1', -1, ['Hana', 'Henk']],
      ['F2', 1, ['Dirk', 'Eva']],
    ]);
    const [f1, f1r, f2] = result.viewpoints;
    // read from the mirrored array: the reversed pole agrees with what F1 rejects
    expect(f1r!.mostAgree).toEqual(f1!.leastAgree);
    expect(f1r!.leastAgree).toEqual(f1!.mostAgree);
    // the distribution has 1, 2, … statements in its outer columns: the two outermost hold 3
    for (const v of [f1!, f2!]) {
      expect(v.mostAgree).toHaveLength(3);
      const f = result.factors.findIndex((x) => x.id === v.factor);
      const score = (id: string) => result.factorArrays[result.statements.findIndex((s) => s.id === id)]![f]!;
      expect(v.mostAgree.map(score)).toEqual([4, 3, 3]);
      expect(v.leastAgree.map(score)).toEqual([-4, -3, -3]);
    }
  });

  it('every flagged sort is in exactly one pole; a reversed pole only with negative flags', () => {
    fc.assert(
      fc.property(studyData(fc, 4, 10), ({ data }) => {
        const statements = data.map((_, i) => ({ id: `S${i + 1}`, text: '' }));
        const sorts = data[0]!.map((_, j) => ({ id: `P${j + 1}` }));
        const result = analyzeStudy({ statements, sorts, data }, { factorCount: 2 });
        result.factors.forEach((factor, f) => {
          const poles = result.viewpoints.filter((v) => v.factor === factor.id);
          const flagged = result.sorts.filter((_, i) => result.flags[i]![f]);
          const counted = poles.flatMap((p) => p.sorts);
          expect([...counted].sort()).toEqual([...flagged].sort());
          expect(new Set(counted).size).toBe(counted.length);
          const negative = result.sorts.filter((_, i) => result.flags[i]![f] && result.loadings[i]![f]! < 0);
          expect(poles.find((p) => p.pole === -1)?.sorts ?? []).toEqual(negative);
          expect(poles[0]!.pole).toBe(1);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('marks a listed statement whose column a tie broken by statement order decided', () => {
    const viewpoints = factorViewpoints({
      statements: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      sorts: ['p', 'q'],
      factors: [{ id: 'F1' }],
      loadings: [[0.9], [-0.8]],
      flags: [[true], [true]],
      zScores: [[1], [1], [-0.5], [-1.5]],
      factorArrays: [[1], [2], [0], [-1]],
      factorArrayTies: [{ factor: 'F1', statements: ['a', 'b'], zScore: 1, values: [1, 2], brokenByOrder: true }],
    });
    expect(viewpoints.map((v) => [v.pole, v.sorts, v.mostAgree, v.leastAgree, v.tiedByOrder])).toEqual([
      [1, ['p'], ['b', 'a'], ['d', 'c'], ['b', 'a']],
      [-1, ['q'], ['d', 'c'], ['b', 'a'], ['b', 'a']],
    ]);
  });
});
