/**
 * Renaming the participants never changes a number: the study's sorts are
 * analysed in the study's order (core/sort-order.ts: input order, then
 * arrival), never in the name order the folder lists them in. Checked on
 * random forced studies with both extractions, where ties between sorts are
 * common (every sort shares one distribution) and the centroid's reflection
 * would otherwise depend on the names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStudy, type AnalysisResult } from '../analysis/index.ts';
import { inStudyOrder } from '../core/sort-order.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { analysisInput } from './analysis-input.ts';

const study: Study = {
  schemaVersion: 1,
  title: 't',
  language: 'en',
  instruction: { en: 'q' },
  statements: [-2, -1, -1, 0, 0, 0, 1, 1, 2].map((_, i) => ({ id: `s${i + 1}`, text: { en: `statement ${i + 1}` } })),
  distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] },
  questions: [],
  createdAt: '2026-12-02T00:00:00.000Z',
};

/** The study's sorts as the folder lists them (by file name), with their place: one import, columns in order. */
function stored(data: readonly (readonly number[])[], names: readonly string[]): SortRecord[] {
  const records = names.map((participant, j): SortRecord => ({
    schemaVersion: 1,
    sortId: `id${j}`,
    participant,
    source: 'import',
    scores: Object.fromEntries(study.statements.map((st, i) => [st.id, data[i]![j]!])),
    savedAt: '2026-12-02T10:00:00.000Z',
    position: j,
  }));
  return records.sort((a, b) => (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0));
}

const VALUES = [-2, -1, -1, 0, 0, 0, 1, 1, 2];

/** A random study: 4–9 sorts, each a permutation of VALUES (statements × sorts). */
const studyArb = fc.integer({ min: 4, max: 9 }).chain((n) =>
  fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: VALUES.length, maxLength: VALUES.length }), { minLength: n, maxLength: n }).map((keys) => {
    const cols = keys.map((k) => k.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i));
    return VALUES.map((_, s) => cols.map((order) => VALUES[order.indexOf(s)]!));
  }),
);

const namesArb = (n: number) => fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: n, maxLength: n });

/** Everything but the sort ids (which the renaming changes) and the warnings' text. */
function numbers(r: AnalysisResult): unknown {
  const { sorts: _sorts, warnings, viewpoints, ...rest } = r;
  return { ...rest, warnings: warnings.map((w) => [w.code, w.factor, w.sort === undefined ? null : r.sorts.indexOf(w.sort)]), viewpoints: viewpoints.map((v) => ({ ...v, sorts: v.sorts.map((id) => r.sorts.indexOf(id)) })) };
}

describe('renaming the participants', () => {
  it.each(['pca', 'centroid'] as const)('leaves every number of the analysis the same (%s)', (extraction) => {
    fc.assert(
      fc.property(studyArb.chain((data) => fc.tuple(fc.constant(data), namesArb(data[0]!.length), namesArb(data[0]!.length))), ([data, a, b]) => {
        const input = (ids: readonly string[]) => analysisInput(study, inStudyOrder(stored(data, ids), (r) => r));
        const first = analyzeStudy(input(a), { factorCount: 2, extraction });
        const second = analyzeStudy(input(b), { factorCount: 2, extraction });
        expect(first.sorts).toEqual(a);
        expect(second.sorts).toEqual(b);
        expect(numbers(second)).toEqual(numbers(first));
      }),
      { numRuns: 60 },
    );
  });
});
