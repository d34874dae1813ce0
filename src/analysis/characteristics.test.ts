import { describe, expect, it } from 'vitest';
import { factorCharacteristics } from './characteristics.ts';

describe('factorCharacteristics', () => {
  const loadings = [[0.8, 0.1], [0.7, 0.2], [0.1, 0.9]];
  const flags = [[true, false], [true, false], [false, true]];
  const z = [[1, -1], [0, 1], [-1, 0]];

  it('computes n, eigenvalue, explained variance, reliability and SE as qmethod', () => {
    const { factors } = factorCharacteristics(loadings, flags, z);
    expect(factors[0]!.definingSorts).toBe(2);
    expect(factors[0]!.eigenvalue).toBeCloseTo(0.64 + 0.49 + 0.01, 14);
    expect(factors[0]!.explainedVariance).toBeCloseTo((100 * 1.14) / 3, 12);
    expect(factors[0]!.reliability).toBeCloseTo(1.6 / 1.8, 14);
    expect(factors[0]!.se).toBeCloseTo(1 * Math.sqrt(1 - 1.6 / 1.8), 14);
    expect(factors[1]!.reliability).toBeCloseTo(0.8, 14);
  });

  it('computes SED (diagonal included) and z-score correlations', () => {
    const { factors, sed, correlations } = factorCharacteristics(loadings, flags, z);
    const [a, b] = [factors[0]!.se!, factors[1]!.se!];
    expect(sed[0]![1]).toBeCloseTo(Math.sqrt(a * a + b * b), 14);
    expect(sed[0]![0]).toBeCloseTo(Math.sqrt(2) * a, 14);
    expect(correlations[0]![1]).toBeCloseTo(-0.5, 14);
    expect(correlations[0]![0]).toBe(1);
  });

  it('gives null SE, SED and correlations for a factor without z-scores', () => {
    const r = factorCharacteristics(loadings, [[true, false], [true, false], [false, false]], [[1, null], [0, null], [-1, null]]);
    expect(r.factors[1]).toMatchObject({ definingSorts: 0, reliability: 0, se: null });
    expect(r.sed[0]![1]).toBeNull();
    expect(r.correlations[1]![0]).toBeNull();
    expect(r.sed[0]![0]).not.toBeNull();
  });
});
