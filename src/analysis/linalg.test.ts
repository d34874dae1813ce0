import { describe, expect, it } from 'vitest';
import { symmetricEigen, thinSvd } from './linalg.ts';
import { multiply, transpose } from './matrix.ts';
import { maxDiff } from './testing.ts';

describe('thinSvd', () => {
  it('reconstructs a wide and a tall matrix (autoTranspose)', () => {
    const wide = [[1, 2, 3, 4], [2, 0, 1, -1], [0, 1, 1, 3]];
    for (const a of [wide, transpose(wide)]) {
      const { u, s, v } = thinSvd(a);
      expect(s).toHaveLength(3);
      expect([...s]).toEqual([...s].sort((x, y) => y - x));
      const us = u.map((row) => row.map((x, j) => x * s[j]!));
      expect(maxDiff(multiply(us, transpose(v)), a)).toBeLessThan(1e-12);
    }
  });
});

describe('symmetricEigen', () => {
  it('returns eigenvalues in decreasing order with matching vectors', () => {
    const a = [[2, 1, 0], [1, 3, 1], [0, 1, 4]];
    const { values, vectors } = symmetricEigen(a);
    expect([...values]).toEqual([...values].sort((x, y) => y - x));
    values.forEach((lambda, k) => {
      const v = vectors.map((row) => row[k]!);
      const av = a.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
      av.forEach((x, i) => expect(x).toBeCloseTo(lambda * v[i]!, 12));
    });
  });
});
