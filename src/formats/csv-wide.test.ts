import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseCsvWide } from './csv-wide.ts';

const lipset = readFileSync(new URL('../../test/fixtures/lipset/sorts.csv', import.meta.url), 'utf8');

describe('parseCsvWide', () => {
  it('reads the lipset reference: 9 sorts of 33 statements, by id', () => {
    const data = parseCsvWide(lipset, { file: 'sorts.csv' });
    expect(data.sorts.map((s) => s.participant)).toEqual(['US1', 'US2', 'US3', 'US4', 'JP5', 'CA6', 'UK7', 'US8', 'FR9']);
    expect(data.statementIds).toHaveLength(33);
    expect(data.statementIds[0]).toBe('sta_1');
    expect(data.sorts[0]?.scores['sta_1']).toBe(-1);
    expect(data.sorts[8]?.scores['sta_1']).toBe(3);
    expect(data.sorts[4]?.scores['sta_33']).toBe(Number(lipset.trim().split('\n').at(-1)?.split(',')[5]));
  });

  it('accepts ; as delimiter, a BOM, CRLF, +signs and a different first header cell', () => {
    const data = parseCsvWide('\uFEFFstatement;A;B\r\n1;+1;-1\r\n2;-1;+1\r\n', { file: 'x.csv' });
    expect(data.sorts).toEqual([
      expect.objectContaining({ participant: 'A', scores: { 1: 1, 2: -1 } }),
      expect.objectContaining({ participant: 'B', scores: { 1: -1, 2: 1 } }),
    ]);
  });

  it.each([
    ['', 'x.csv: empty file'],
    ['id\n1\n', 'x.csv:1: the header names no sorts'],
    ['id,A,A\n1,0,0\n', 'x.csv:1:3, participant "A": the name appears twice in the header (also column 2)'],
    ['id,A,B\n1,0,zero\n', 'x.csv:2:3, participant "B", statement 1: score "zero" is not a whole number'],
    ['id,A,B\n1,0,1.5\n', 'x.csv:2:3, participant "B", statement 1: score "1.5" is not a whole number'],
    ['id,A,B\n1,0,\n', 'x.csv:2:3, participant "B", statement 1: no score'],
    ['id,A,B\n1,0\n', 'x.csv:2, statement 1: has 1 score, the header names 2 sorts'],
    ['id,A\n1,0\n1,1\n', 'x.csv:3:1, statement 1: the statement appears twice (also line 2)'],
    ['id,A\n,0\n', 'x.csv:2:1: a row without a statement id'],
    ['id,A\n', 'x.csv:1: no statement rows below the header'],
    ['id,A\n"1,0\n', 'x.csv'],
  ])('names file, line, column, participant and statement: %j', (text, message) => {
    expect(() => parseCsvWide(text, { file: 'x.csv' })).toThrow(DataError);
    expect(() => parseCsvWide(text, { file: 'x.csv' })).toThrow(message);
  });
});

describe('parseCsvWide in Dutch', () => {
  const dutch = (text: string): string | undefined => {
    try {
      parseCsvWide(text, { file: 'x.csv' });
    } catch (e) {
      return e instanceof DataError ? e.nl : undefined;
    }
    return undefined;
  };

  it('frames the place and says the problem in Dutch (the error\'s nl twin)', () => {
    expect(dutch('id,A,A\n1,0,0\n')).toBe('x.csv:1:3, deelnemer "A": de naam staat twee keer in de kopregel (ook kolom 2)');
    expect(dutch('id,A\n1,0\n1,1\n')).toBe('x.csv:3:1, stelling 1: de stelling staat er twee keer (ook regel 2)');
    expect(dutch('id,A\n1,x\n')).toBe('x.csv:2:2, deelnemer "A", stelling 1: score "x" is geen geheel getal');
  });
});
