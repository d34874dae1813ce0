import { describe, expect, it } from 'vitest';
import { bipolarStudy } from '../../test/helpers/bipolar-study.ts';
import { DataError } from '../errors.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { analyzeStudy } from './analyze-study.ts';
import { loadStudy } from '../../test/golden/load.ts';

/** z-scores by hand: Σ wᵢ·xᵢ over the given sorts with wᵢ = a/(1 − a²), standardised with the sample SD. */
function handZ(data: readonly (readonly number[])[], sorts: readonly number[], loadings: readonly number[]): number[] {
  const sums = data.map((row) => sorts.reduce((s, j, k) => s + (loadings[k]! / (1 - loadings[k]! ** 2)) * row[j]!, 0));
  const mean = sums.reduce((a, b) => a + b, 0) / sums.length;
  const sd = Math.sqrt(sums.reduce((a, b) => a + (b - mean) ** 2, 0) / (sums.length - 1));
  return sums.map((s) => (s - mean) / sd);
}

describe('--split-bipolar', async () => {
  const { study, sorts } = await bipolarStudy();
  const input = analysisInput(study, sorts, 'en');
  const whole = analyzeStudy(input, { factorCount: 2 });
  const split = analyzeStudy(input, { factorCount: 2, splitBipolar: ['F1'] });
  const index = (name: string) => sorts.findIndex((s) => s.participant === name);
  const a = ['Anne', 'Bram', 'Chantal'].map(index);
  const h = ['Hana', 'Henk'].map(index);

  it('F1 becomes F1a (its positive sorts) and F1b (its negative sorts, signs reversed); F2 stays', () => {
    expect(split.factors.map((f) => f.id)).toEqual(['F1a', 'F1b', 'F2']);
    expect(split.options.splitBipolar).toEqual(['F1']);
    expect(split.loadings.map((row) => row[1])).toEqual(whole.loadings.map((row) => -row[0]!));
    expect(split.flags.map((row) => row.map(Number))).toEqual(whole.flags.map((row, i) => [i === a[0] || i === a[1] || i === a[2] ? 1 : 0, h.includes(i) ? 1 : 0, Number(row[1])]));
    expect(split.viewpoints.map((v) => [v.factor, v.pole, v.sorts.length])).toEqual([['F1a', 1, 3], ['F1b', 1, 2], ['F2', 1, 2]]);
    expect(split.factors[0]!.eigenvalue).toBeCloseTo(split.factors[1]!.eigenvalue, 12);
    expect(split.factors.map((f) => f.definingSorts)).toEqual([3, 2, 2]);
  });

  it('each pole has its own z-scores, computed by hand from its own sorts', () => {
    const l = (j: number, f: number, sign = 1) => sign * whole.loadings[j]![f]!;
    const zA = handZ(input.data, a, a.map((j) => l(j, 0)));
    const zB = handZ(input.data, h, h.map((j) => l(j, 0, -1)));
    split.zScores.forEach((row, s) => {
      expect(row[0]).toBeCloseTo(zA[s]!, 12);
      expect(row[1]).toBeCloseTo(zB[s]!, 12);
      expect(row[2]).toBeCloseTo(whole.zScores[s]![1]!, 12);
    });
    // the arrays follow the hand z-scores (highest z → highest column)
    const top = (z: number[]) => z.indexOf(Math.max(...z));
    expect(split.factorArrays[top(zA)]![0]).toBe(4);
    expect(split.factorArrays[top(zB)]![1]).toBe(4);
    // the two poles are distinct viewpoints now, compared like any two factors
    expect(split.statementTable[0]!.comparisons.map((c) => c.factors)).toEqual([['F1a', 'F1b'], ['F1a', 'F2'], ['F1b', 'F2']]);
    expect(split.cribSheets.map((c) => c.factor)).toEqual(['F1a', 'F1b', 'F2']);
  });

  it('refuses a factor that is not bipolar, or an unknown one', () => {
    expect(() => analyzeStudy(input, { factorCount: 2, splitBipolar: ['F2'] })).toThrow(DataError);
    expect(() => analyzeStudy(input, { factorCount: 2, splitBipolar: ['F2'] })).toThrow(/F2 is not bipolar/);
    expect(() => analyzeStudy(input, { factorCount: 2, splitBipolar: ['F3'] })).toThrow(/the factors are F1..F2/);
  });

  it('lipset (3 factors): F1 holds a negatively flagged sort (JP5); split, it defines F1b alone', () => {
    const lipset = loadStudy('lipset');
    const before = analyzeStudy(lipset, { factorCount: 3 });
    const negative = before.viewpoints.find((v) => v.factor === 'F1' && v.pole === -1)!.sorts;
    expect(negative).toEqual(['JP5']);
    const after = analyzeStudy(lipset, { factorCount: 3, splitBipolar: ['F1'] });
    expect(after.viewpoints.map((v) => [v.factor, v.pole, v.sorts])).toEqual([
      ['F1a', 1, before.viewpoints[0]!.sorts],
      ['F1b', 1, negative],
      ...before.viewpoints.slice(2).map((v) => [v.factor, v.pole, v.sorts]),
    ]);
  });
});
