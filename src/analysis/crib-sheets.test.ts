import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { analyzeStudy } from './analyze-study.ts';
import { cribSheets } from './crib-sheets.ts';

/**
 * The crib sheets computed independently, straight from the definition: the
 * distribution's two highest/lowest scores, and pairwise comparisons of the
 * factor arrays statement by statement.
 */
function byHand(arrays: readonly (readonly (number | null)[])[], scores: readonly number[], f: number): Record<'highest' | 'higher' | 'lower' | 'lowest', Set<number>> {
  const k = arrays[0]!.length;
  const sorted = [...scores].sort((a, b) => a - b);
  const top = new Set(sorted.slice(-2));
  const bottom = new Set(sorted.slice(0, 2));
  const out = { highest: new Set<number>(), higher: new Set<number>(), lower: new Set<number>(), lowest: new Set<number>() };
  arrays.forEach((row, i) => {
    const own = row[f]!;
    if (top.has(own)) out.highest.add(i);
    if (bottom.has(own)) out.lowest.add(i);
    let higher = true;
    let lower = true;
    for (let g = 0; g < k; g++) {
      if (g === f) continue;
      if (!(own > row[g]!)) higher = false;
      if (!(own < row[g]!)) lower = false;
    }
    if (higher) out.higher.add(i);
    if (lower) out.lower.add(i);
  });
  return out;
}

describe('cribSheets', () => {
  const lipset = loadStudy('lipset');
  for (const extraction of ['pca', 'centroid'] as const) {
    it(`lipset, ${extraction}, 3 factors: the four lists equal an independent computation from the factor arrays`, () => {
      const result = analyzeStudy(lipset, { factorCount: 3, extraction });
      const ids = result.statements.map((s) => s.id);
      const index = new Map(ids.map((id, i) => [id, i]));
      result.cribSheets.forEach((sheet, f) => {
        expect(sheet.factor).toBe(`F${f + 1}`);
        const hand = byHand(result.factorArrays, lipset.distribution!.scores, f);
        for (const part of ['highest', 'higher', 'lower', 'lowest'] as const) {
          expect(new Set(sheet[part].map((id) => index.get(id)!))).toEqual(hand[part]);
        }
        // order: outermost (or this factor's highest/lowest) score first, then by z-score
        const score = (id: string) => result.factorArrays[index.get(id)!]![f]!;
        const z = (id: string) => result.zScores[index.get(id)!]![f]!;
        for (const part of ['highest', 'higher'] as const) {
          const list = sheet[part];
          expect([...list].sort((a, b) => score(b) - score(a) || z(b) - z(a))).toEqual(list);
        }
        for (const part of ['lowest', 'lower'] as const) {
          const list = sheet[part];
          expect([...list].sort((a, b) => score(a) - score(b) || z(a) - z(b))).toEqual(list);
        }
      });
      // lipset's distribution has 2 and 3 statements in its two outer columns
      expect(result.cribSheets.map((s) => [s.highest.length, s.lowest.length])).toEqual([[5, 5], [5, 5], [5, 5]]);
    });
  }

  it('one factor: nothing to compare, so "higher" and "lower" are empty; a factor without an array gets empty lists', () => {
    const sheets = cribSheets([[1, null], [0, null], [-1, null]], [[1.2, null], [0, null], [-1.2, null]], ['F1', 'F2'], ['a', 'b', 'c']);
    expect(sheets).toEqual([
      { factor: 'F1', highest: ['a', 'b'], higher: [], lower: [], lowest: ['c', 'b'] },
      { factor: 'F2', highest: [], higher: [], lower: [], lowest: [] },
    ]);
  });
});
