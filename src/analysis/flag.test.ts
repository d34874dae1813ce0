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
  it('replaces the factors given entirely, and flags a listed sort only where it is listed', () => {
    // sort 0 listed on factor 1: its automatic flag on factor 0 goes (no second flag)
    expect(applyManualFlags(auto, new Map([[1, [0, 2]]]))).toEqual([[false, true], [false, false], [false, true]]);
    expect(applyManualFlags(auto, new Map([[0, []]]))).toEqual([[false, false], [false, true], [false, false]]);
  });
  it('flags a sort nowhere when it is unflagged (SORT=0), leaving the other flags automatic', () => {
    expect(applyManualFlags(auto, new Map(), [1])).toEqual([[true, false], [false, false], [false, false]]);
  });
  it('rejects unknown factors and sorts, and a sort named twice', () => {
    expect(() => applyManualFlags(auto, new Map([[2, [0]]]))).toThrow(DataError);
    expect(() => applyManualFlags(auto, new Map([[0, [3]]]))).toThrow(DataError);
    expect(() => applyManualFlags(auto, new Map([[0, [1]], [1, [1]]]))).toThrow(/twice/);
    expect(() => applyManualFlags(auto, new Map([[0, [1]]]), [1])).toThrow(/twice/);
  });
  it('never gives a sort two flags, and flags every listed sort exactly where listed (random requests)', () => {
    const request = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        // automatic flags: at most one per sort (flagSorts' rule)
        auto: fc.array(fc.option(fc.integer({ min: 0, max: k - 1 }), { nil: null }), { minLength: 1, maxLength: 8 }).map((rows) =>
          rows.map((f) => Array.from({ length: k }, (_, g) => g === f)),
        ),
        // per sort: undefined (automatic), -1 (nowhere) or a factor
        wish: fc.array(fc.option(fc.integer({ min: -1, max: k - 1 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(request, ({ k, auto: automatic, wish }) => {
        const manual = new Map<number, number[]>();
        const unflagged: number[] = [];
        automatic.forEach((_, i) => {
          const w = wish[i];
          if (w === undefined) return;
          if (w < 0) unflagged.push(i);
          else (manual.get(w) ?? manual.set(w, []).get(w)!).push(i);
        });
        const out = applyManualFlags(automatic, manual, unflagged);
        out.forEach((row, i) => {
          expect(row.filter(Boolean).length).toBeLessThanOrEqual(1);
          const w = wish[i];
          if (w !== undefined) expect(row.indexOf(true)).toBe(w < 0 ? -1 : w);
          else row.forEach((x, f) => expect(x).toBe(manual.has(f) ? false : automatic[i]![f]!));
        });
        expect(out[0]).toHaveLength(k);
      }),
    );
  });
});

describe('flagWarnings', () => {
  it('warns about flags on negative loadings', () => {
    expect(flagWarnings([[-0.7, 0.1], [0.6, 0]], [[true, false], [true, false]], { sorts: ['a', 'b'] })).toEqual([
      expect.objectContaining({ code: 'NEGATIVE_FLAG', factor: 'F1', sort: 'a' }),
    ]);
  });
});
