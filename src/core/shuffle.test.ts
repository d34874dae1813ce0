import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededShuffle } from './shuffle.ts';

describe('seededShuffle', () => {
  it('is a permutation, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (items, seed) => {
        const a = seededShuffle(items, seed);
        expect([...a].sort()).toEqual([...items].sort());
        expect(seededShuffle(items, seed)).toEqual(a);
      }),
    );
  });
  it('differs between seeds (24 statements)', () => {
    const ids = Array.from({ length: 24 }, (_, i) => i);
    expect(seededShuffle(ids, 1)).not.toEqual(seededShuffle(ids, 2));
    expect(seededShuffle(ids, 7)).toMatchInlineSnapshot(`
      [
        20,
        6,
        18,
        23,
        16,
        11,
        15,
        12,
        13,
        22,
        5,
        9,
        2,
        3,
        19,
        17,
        4,
        8,
        7,
        10,
        14,
        21,
        1,
        0,
      ]
    `);
  });
});
