import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionValues } from './distribution.ts';
import type { Distribution, Statement } from './types.ts';
import { describeSortProblems, describeSortProblemsBoth, sortProblems } from './validate-sort.ts';

const statements = (n: number): Statement[] => Array.from({ length: n }, (_, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, text: { en: `statement ${i + 1}` } }));
const SMALL: Distribution = { scores: [-1, 0, 1], counts: [1, 2, 1] };
const four = statements(4);

describe('sortProblems', () => {
  it('accepts a sort that uses every statement once and fills every column', () => {
    expect(sortProblems({ S01: -1, S02: 0, S03: 0, S04: 1 }, four, SMALL)).toEqual([]);
  });

  it('names unknown and missing statements', () => {
    expect(sortProblems({ S01: -1, S02: 0, S03: 0, X9: 1 }, four, SMALL)).toEqual([
      { kind: 'unknown-statement', statement: 'X9', message: 'unknown statement id "X9"', nl: 'onbekende stelling-id "X9"' },
      { kind: 'missing-statement', statement: 'S04', message: 'statement S04 has no score', nl: 'stelling S04 heeft geen score' },
    ]);
  });

  it('says what breaks the distribution in Dutch and English', () => {
    const problems = sortProblems({ S01: 0, S02: 0, S03: 0, S04: 1 }, four, SMALL);
    expect(describeSortProblemsBoth(problems)).toEqual({
      en: 'score -1 is used 0 times, the distribution asks for 1; score 0 is used 3 times, the distribution asks for 2',
      nl: 'score -1 is 0 keer gebruikt, de verdeling vraagt 1 keer; score 0 is 3 keer gebruikt, de verdeling vraagt 2 keer',
    });
    expect(describeSortProblems(sortProblems({ S01: -1, S02: 0, X8: 0, X9: 1 }, four, SMALL), 'nl')).toBe(
      'onbekende stelling-ids "X8", "X9"; stellingen S03, S04 hebben geen score',
    );
    expect(describeSortProblemsBoth([])).toBeUndefined();
  });

  it('names scores outside the range or not whole', () => {
    expect(sortProblems({ S01: -2, S02: 0, S03: 0.5, S04: 1 }, four, SMALL).map((p) => p.message)).toEqual([
      'statement S01 has score -2, outside -1..1',
      'statement S03 has score 0.5, outside -1..1',
    ]);
  });

  it('names each column that holds the wrong number of statements', () => {
    expect(sortProblems({ S01: 1, S02: 0, S03: 0, S04: 1 }, four, SMALL)).toEqual([
      { kind: 'count', score: -1, message: 'score -1 is used 0 times, the distribution asks for 1', nl: 'score -1 is 0 keer gebruikt, de verdeling vraagt 1 keer' },
      { kind: 'count', score: 1, message: 'score +1 is used 2 times, the distribution asks for 1', nl: 'score +1 is 2 keer gebruikt, de verdeling vraagt 1 keer' },
    ]);
  });

  it('treats inherited object keys as ordinary ids', () => {
    const scores = JSON.parse('{"S01":-1,"S02":0,"S03":0,"S04":1,"__proto__":0}') as Record<string, number>;
    expect(sortProblems(scores, four, SMALL).map((p) => p.kind)).toEqual(['unknown-statement']);
    expect(sortProblems({ S01: -1, S02: 0, S03: 0 }, [...four.slice(0, 3), { id: 'toString', text: { en: 't' } }], SMALL).map((p) => p.message)).toContain(
      'statement toString has no score',
    );
  });
});

describe('describeSortProblems', () => {
  it('is undefined for a valid sort', () => {
    expect(describeSortProblems([])).toBeUndefined();
  });

  it('gathers missing and unknown statements into one phrase each', () => {
    const problems = sortProblems({ A: 1, B: 0 }, statements(12), { scores: [0, 1], counts: [6, 6] });
    expect(describeSortProblems(problems)).toBe(
      'unknown statement ids "A", "B"; statements S01, S02, S03, S04, S05, S06, S07, S08 … (12 in all) have no score',
    );
  });

  it('names the first three other problems and counts the rest', () => {
    const d: Distribution = { scores: [-2, -1, 0, 1, 2], counts: [1, 1, 1, 1, 1] };
    const all2 = Object.fromEntries(statements(5).map((s) => [s.id, 2]));
    expect(describeSortProblems(sortProblems(all2, statements(5), d))).toBe(
      'score -2 is used 0 times, the distribution asks for 1; score -1 is used 0 times, the distribution asks for 1; ' +
        'score 0 is used 0 times, the distribution asks for 1; and 2 more',
    );
  });
});

/** A distribution (1..7 columns on a range around 0) and its statements. */
const distributionArb = fc
  .tuple(fc.integer({ min: -4, max: 0 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 9 }))
  .filter(([, counts]) => counts.reduce((a, b) => a + b, 0) >= 2)
  .map(([lo, counts]): Distribution => ({ scores: counts.map((_, i) => lo + i), counts }));

describe('sortProblems: properties', () => {
  it('a sort built from any permutation of the distribution values is valid', () => {
    fc.assert(
      fc.property(
        distributionArb.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(distributionValues(d), { minLength: distributionValues(d).length }))),
        ([d, values]) => {
          const st = statements(values.length);
          const scores = Object.fromEntries(st.map((s, i) => [s.id, values[i] ?? 0]));
          expect(sortProblems(scores, st, d)).toEqual([]);
        },
      ),
    );
  });

  it('any single change of one score breaks it', () => {
    fc.assert(
      fc.property(
        distributionArb.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(distributionValues(d), { minLength: distributionValues(d).length }),
            fc.nat(),
            fc.integer({ min: -8, max: 8 }).filter((x) => x !== 0),
          ),
        ),
        ([d, values, at, delta]) => {
          const st = statements(values.length);
          const i = at % values.length;
          const scores = Object.fromEntries(st.map((s, k) => [s.id, (values[k] ?? 0) + (k === i ? delta : 0)]));
          const problems = sortProblems(scores, st, d);
          expect(problems.length).toBeGreaterThan(0);
          expect(describeSortProblems(problems)).toMatch(/\S/);
        },
      ),
    );
  });

  it('dropping a statement, adding an unknown one or renaming one breaks it', () => {
    fc.assert(
      fc.property(
        distributionArb.chain((d) => fc.tuple(fc.constant(d), fc.nat(), fc.constantFrom('drop', 'add', 'rename'))),
        ([d, at, change]) => {
          const values = distributionValues(d);
          const st = statements(values.length);
          const scores: Record<string, number> = Object.fromEntries(st.map((s, k) => [s.id, values[k] ?? 0]));
          const id = st[at % st.length]?.id ?? 'S01';
          if (change === 'drop') delete scores[id];
          if (change === 'add') scores['X1'] = d.scores[0] ?? 0;
          if (change === 'rename') {
            scores['X1'] = scores[id] ?? 0;
            delete scores[id];
          }
          expect(sortProblems(scores, st, d).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
