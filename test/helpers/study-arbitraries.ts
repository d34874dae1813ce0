import fc from 'fast-check';
import { distributionValues } from '../../src/core/distribution.ts';
import type { Distribution, SortRecord, Statement, Study } from '../../src/core/types.ts';

/** A valid participant id or statement text (one line, no control characters) that survives every format's trimming. */
export const awkwardName = (maxLength = 12): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength, unit: 'grapheme' }),
      fc.string({ minLength: 1, maxLength, unit: fc.constantFrom('a', 'Z', '7', ',', ';', '"', "'", ' ', '|', '-', 'é', 'ß', '日', '😀', '.', '%', '\\') }),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/[\u0000-\u001f\u007f]/.test(s));

export interface RandomStudy {
  readonly study: Study;
  readonly sorts: readonly SortRecord[];
}

/** A distribution for n statements on a range PQMethod can hold (−6..+13). */
const distributionFor = (n: number): fc.Arbitrary<Distribution> =>
  fc
    .record({ lo: fc.integer({ min: -6, max: 0 }), width: fc.integer({ min: 1, max: Math.min(n, 13) }) })
    .chain(({ lo, width }) =>
      fc.array(fc.integer({ min: 0, max: width - 1 }), { minLength: n, maxLength: n }).map((picks) => {
        const counts = Array.from({ length: width }, () => 0);
        for (const p of picks) counts[p] = (counts[p] ?? 0) + 1;
        return { scores: Array.from({ length: width }, (_, i) => lo + i), counts };
      }),
    );

/**
 * A valid study with valid sorts: random statement count, ids, distribution,
 * participants with awkward names (commas, quotes, unicode), optional teams.
 */
export const randomStudy = (options: { maxStatements?: number; maxSorts?: number } = {}): fc.Arbitrary<RandomStudy> =>
  fc.integer({ min: 2, max: options.maxStatements ?? 30 }).chain((n) =>
    fc
      .record({
        ids: fc.uniqueArray(awkwardName(6), { minLength: n, maxLength: n }),
        texts: fc.array(awkwardName(40).map((t) => t.replace(/\s+/g, ' ')), { minLength: n, maxLength: n }),
        distribution: distributionFor(n),
        people: fc.uniqueArray(
          fc.record({ participant: awkwardName(), team: fc.option(awkwardName(8), { nil: undefined }) }),
          { minLength: 1, maxLength: options.maxSorts ?? 8, selector: (p) => p.participant },
        ),
        title: awkwardName(20),
      })
      .filter(({ ids, people }) => {
        const known = new Set(ids);
        return people.every((p) => !known.has(p.participant) && !['participant', 'statement', 'score', 'id'].includes(p.participant.toLowerCase()));
      })
      .chain(({ ids, texts, distribution, people, title }) =>
        fc.array(fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }), { minLength: people.length, maxLength: people.length }).map((keys) => {
          const statements: Statement[] = ids.map((id, i) => ({ id, text: { en: texts[i] ?? id } }));
          const values = distributionValues(distribution);
          const study: Study = {
            schemaVersion: 1,
            title: title.replace(/\s+/g, ' '),
            language: 'en',
            instruction: { en: 'Sort these.' },
            statements,
            distribution,
            questions: [],
            createdAt: '2026-01-01T00:00:00.000Z',
          };
          const sorts = people.map((p, k): SortRecord => {
            const order = ids.map((_, i) => i).sort((a, b) => (keys[k]?.[a] ?? 0) - (keys[k]?.[b] ?? 0) || a - b);
            const scores: Record<string, number> = {};
            order.forEach((i, rank) => {
              scores[ids[i] ?? ''] = values[rank] ?? 0;
            });
            const ordered: Record<string, number> = {};
            for (const id of ids) ordered[id] = scores[id] ?? 0;
            return { schemaVersion: 1, sortId: `sort-${k}`, participant: p.participant, ...(p.team !== undefined ? { team: p.team } : {}), source: 'import', scores: ordered };
          });
          return { study, sorts };
        }),
      ),
  );
