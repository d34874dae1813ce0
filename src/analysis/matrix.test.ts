import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import {
  assertFiniteMatrix,
  columnSums,
  multiply,
  multiplyTransposed,
  pearson,
  rowGram,
  rowSumsOfSquares,
  sampleSd,
  standardizeColumns,
  transpose,
} from './matrix.ts';

describe('matrix helpers', () => {
  const a = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 4]), Object.freeze([5, 6])]);

  it('transposes and multiplies without mutating', () => {
    expect(transpose(a)).toEqual([[1, 3, 5], [2, 4, 6]]);
    expect(multiply(transpose(a), a)).toEqual([[35, 44], [44, 56]]);
    expect(multiplyTransposed(a, a)).toEqual([[35, 44], [44, 56]]);
    expect(rowGram(a)).toEqual(multiply(a, transpose(a)));
    expect(() => multiply(a, a)).toThrow(DataError);
  });

  it('sums and measures', () => {
    expect(columnSums(a)).toEqual([9, 12]);
    expect(rowSumsOfSquares(a)).toEqual([5, 25, 61]);
    expect(sampleSd([1, 2, 3, 4])).toBeCloseTo(1.2909944487358056, 14);
    expect(sampleSd([1])).toBeNaN();
    expect(pearson([1, 2, 3], [1, 1, 1])).toBeNull();
  });

  it('standardizes columns to mean 0 and SD 1, and rejects a constant column', () => {
    const z = standardizeColumns(a);
    expect(columnSums(z)[0]).toBeCloseTo(0, 14);
    expect(sampleSd(z.map((r) => r[1]!))).toBeCloseTo(1, 14);
    expect(() => standardizeColumns([[1, 1], [1, 2]], 'sort', ['x', 'y'])).toThrow(/sort x/);
  });

  it('rejects ragged, empty or non-finite data', () => {
    expect(() => assertFiniteMatrix([], 'data')).toThrow(DataError);
    expect(() => assertFiniteMatrix([[1, 2], [3]], 'data')).toThrow(/row 2/);
    expect(() => assertFiniteMatrix([[1, Number.NaN]], 'data')).toThrow(/not a finite/);
  });
});
