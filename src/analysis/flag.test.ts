import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { applyManualFlags, flagSorts, flagWarnings } from './flag.ts';
import { loadingsArb } from './testing.ts';

describe('flagSorts', () => {
  // 1.96/√33 = 0.3412
  it('flags when a² > h² − a² and |a| > 1.96/√m', () => {
    expect(flagSorts([[0.8, 0.1], [0.3, 0.1], [0.5, 0.5], [-0.7, 0.2]], 33)).toEqual([
      [true, false],
      [false, false], // below the significance threshold
      [false, false], // a² = h² − a²: strict
      [true, false], // a negative loading can be flagged
    ]);
  });

  it('uses strict inequalities at the significance threshold', () => {
    const t = 1.96 / Math.sqrt(16); // 0.49
    expect(flagSorts([[t, 0]], 16)).toEqual([[false, false]]);
    expect(flagSorts([[t + 1e-12, 0]], 16)).toEqual([[true, false]]);
  });

  it('flags each sort at most once (property)', () => {
    fc.assert(
      fc.property(loadingsArb(fc), fc.integer({ min: 5, max: 80 }), (loadings, m) => {
        for (const row of flagSorts(Object.freeze(loadings), m)) expect(row.filter(Boolean).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('applyManualFlags', () => {
  const auto = [[true, false], [false, true], [false, false]];
  it('replaces only the factors given, entirely', () => {
    expect(applyManualFlags(auto, new Map([[1, [0, 2]]]))).toEqual([[true, true], [false, false], [false, true]]);
    expect(applyManualFlags(auto, new Map([[0, []]]))).toEqual([[false, false], [false, true], [false, false]]);
  });
  it('rejects unknown factors and sorts', () => {
    expect(() => applyManualFlags(auto, new Map([[2, [0]]]))).toThrow(DataError);
    expect(() => applyManualFlags(auto, new Map([[0, [3]]]))).toThrow(DataError);
  });
});

describe('flagWarnings', () => {
  it('warns about flags on negative loadings', () => {
    expect(flagWarnings([[-0.7, 0.1], [0.6, 0]], [[true, false], [true, false]], { sorts: ['a', 'b'] })).toEqual([
      expect.objectContaining({ code: 'NEGATIVE_FLAG', factor: 'F1', sort: 'a' }),
    ]);
  });
});
