import { describe, expect, it } from 'vitest';
import type { Study } from '../core/types.ts';
import { checkImport, importedRecord } from './check-import.ts';
import type { ImportedFile } from './check-import.ts';

const study: Study = {
  schemaVersion: 1,
  title: 't',
  language: 'en',
  instruction: { en: '?' },
  statements: ['a', 'b', 'c'].map((id) => ({ id, text: { en: id } })),
  distribution: { scores: [-1, 0, 1], counts: [1, 1, 1] },
  questions: [],
  createdAt: '',
};

const file = (name: string, sorts: ImportedFile['sorts']): ImportedFile => ({ file: name, format: 'csv-long', sorts });
const ok = { a: -1, b: 0, c: 1 };

describe('checkImport', () => {
  it('passes valid sorts', () => {
    expect(checkImport([file('x.csv', [{ participant: 'A', scores: ok, line: 2 }])], study, { hasSort: () => false })).toEqual({ problems: [], problemsNl: [], total: 0, existing: 0 });
  });

  it('names file, line, participant and statement of every problem', () => {
    const statementLines = new Map([['b', 7]]);
    const check = checkImport(
      [
        file('one.csv', [
          { participant: 'A', scores: ok, line: 2 },
          { participant: 'B', scores: { a: -1, b: 5, c: 1 }, line: 3, statementLines },
        ]),
        file('two.json', [
          { participant: 'A', scores: ok, where: 'record "k"' },
          { participant: 'C', scores: { a: 1, b: 0, c: 1 }, line: 9 },
          { participant: 'D', scores: { a: -1, b: 0 }, line: 10 },
          { participant: 'Old', scores: ok, line: 11 },
          { participant: ' ', scores: ok, line: 12 },
          { participant: 'two\nlines', scores: ok, line: 13 },
        ]),
      ],
      study,
      { hasSort: (p) => p === 'Old' },
    );
    expect(check.problems).toEqual([
      'one.csv:7, participant "B": statement b has score 5, outside -1..1',
      'two.json, record "k", participant "A": the participant appears twice in the import (also one.csv:2)',
      'two.json:9, participant "C": score -1 is used 0 times, the distribution asks for 1; score +1 is used 2 times, the distribution asks for 1',
      'two.json:10, participant "D": statement c has no score',
      'two.json:11, participant "Old": the participant already has a sort in the study',
      'two.json:12, participant " ": the participant id must not be empty',
      'two.json:13, participant "two\\nlines": the participant id must be one line of text without control characters',
    ]);
    expect(check.total).toBe(7);
    expect(check.existing).toBe(1);
    expect(check.problemsNl.slice(0, 6)).toEqual([
      'one.csv:7, deelnemer "B": stelling b heeft score 5, buiten -1..1',
      'two.json, record "k", deelnemer "A": de deelnemer staat twee keer in de import (ook one.csv:2)',
      'two.json:9, deelnemer "C": score -1 is 0 keer gebruikt, de verdeling vraagt 1 keer; score +1 is 2 keer gebruikt, de verdeling vraagt 1 keer',
      'two.json:10, deelnemer "D": stelling c heeft geen score',
      'two.json:11, deelnemer "Old": de deelnemer heeft al een sortering in de studie',
      'two.json:12, deelnemer " ": de deelnemer-id mag niet leeg zijn',
    ]);
  });

  it('allows existing participants with replace, and caps the list but counts everything', () => {
    const sorts = Array.from({ length: 30 }, (_, i) => ({ participant: `P${i}`, scores: ok, line: i + 2 }));
    expect(checkImport([file('x.csv', sorts)], study, { hasSort: () => true, replace: true }).total).toBe(0);
    const check = checkImport([file('x.csv', sorts)], study, { hasSort: () => true, limit: 5 });
    expect(check.problems).toHaveLength(5);
    expect(check.total).toBe(30);
  });

  it('is fast for 100,000 sorts (no quadratic checks)', () => {
    const sorts = Array.from({ length: 100_000 }, (_, i) => ({ participant: `P${i}`, scores: ok, line: i + 2 }));
    const start = performance.now();
    expect(checkImport([file('big.csv', sorts)], study, { hasSort: () => false }).total).toBe(0);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('importedRecord', () => {
  it('makes an import sort with the scores in study order, and keeps qsort records whole', () => {
    const record = importedRecord({ participant: 'A', team: 'red', scores: { c: 1, a: -1, b: 0 }, comment: 'hi' }, study, () => 'id-1');
    expect(record).toEqual({ schemaVersion: 1, sortId: 'id-1', participant: 'A', team: 'red', source: 'import', scores: { a: -1, b: 0, c: 1 }, comment: 'hi' });
    expect(Object.keys(record.scores)).toEqual(['a', 'b', 'c']);
    expect(importedRecord({ participant: 'A', scores: ok, record }, study, () => 'other')).toBe(record);
  });
});
