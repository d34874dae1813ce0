import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseEqws } from './eqws.ts';
import { parseHtmlq } from './htmlq.ts';
import { parseKade } from './kade.ts';

const ids = ['a', 'b', 'c'];

describe('parseKade', () => {
  it('drops the row of statement numbers and maps values to the study statements by position', () => {
    const data = parseKade(',1,2,3\nAnn,1,0,-1\nBob,-1,0,1,,\n', { file: 'k.csv', statementIds: ids });
    expect(data.sorts).toEqual([
      { participant: 'Ann', scores: { a: 1, b: 0, c: -1 }, line: 2 },
      { participant: 'Bob', scores: { a: -1, b: 0, c: 1 }, line: 3 },
    ]);
  });

  it('reads a file without the header row, and a header with text', () => {
    expect(parseKade('Ann,1,0,-1\n', { file: 'k.csv' }).sorts[0]?.scores).toEqual({ 1: 1, 2: 0, 3: -1 });
    expect(parseKade('name,s1,s2,s3\nAnn,1,0,-1\n', { file: 'k.csv' }).sorts).toHaveLength(1);
  });

  it.each([
    [',1,2,3\n', 'k.csv: no sorts found'],
    [',1,2,3\nAnn,1,0\n', 'k.csv:2, participant "Ann": has 2 scores, expected one for each of the 3 statements'],
    [',1,2,3\n,1,0,-1\n', 'k.csv:2:1: a row without a participant name'],
    [',1,2,3\nAnn,1,x,-1\n', 'k.csv:2:3, participant "Ann", statement b: score "x" is not a whole number'],
  ])('rejects %j', (text, message) => {
    expect(() => parseKade(text, { file: 'k.csv', statementIds: ids })).toThrow(DataError);
    expect(() => parseKade(text, { file: 'k.csv', statementIds: ids })).toThrow(message);
  });
});

describe('parseHtmlq', () => {
  const header = 'sid;uid;datetime;npos;nneu;nneg;s1;s2;s3;comment1;comment2;dur1';
  it('reads s1…sN by name, the participant from uid (else sid), and the comments', () => {
    const text = `${header}\n1;ann;2015-05-20 10:00;1;1;1;1;0;-1;nice;;12\n2;;2015-05-20 11:00;1;1;1;-1;0;1;;;8\n`;
    expect(parseHtmlq(text, { file: 'h.csv', statementIds: ids }).sorts).toEqual([
      { participant: 'ann', scores: { a: 1, b: 0, c: -1 }, line: 2, comment: 'nice' },
      { participant: '2', scores: { a: -1, b: 0, c: 1 }, line: 3 },
    ]);
  });

  it('finds statement columns in any order', () => {
    expect(parseHtmlq('uid;s2;s1;s3\nx;0;1;-1\n', { file: 'h.csv' }).sorts[0]?.scores).toEqual({ 1: 1, 2: 0, 3: -1 });
  });

  it.each([
    ['a;b\n1;2\n', 'h.csv:1: expected an HTMLQ header'],
    ['uid;s1;s3\nx;1;1\n', 'h.csv:1: the header has s3 but no s2'],
    ['uid;s1;s999999999\nx;1;1\n', 'h.csv:1: the header has s999999999 but no s2'],
    ['uid;s1;s1\nx;1;1\n', 'h.csv:1:3: the header has s1 twice'],
    ['uid;sid;s1;s2;s3\n;;1;0;-1\n', 'h.csv:2: a row without a participant'],
    ['uid;s1;s2;s3\nx;1;0;+-1\n', 'h.csv:2:4, participant "x", statement c: score "+-1" is not a whole number'],
    ['uid;s1;s2;s3\n', 'h.csv:1: no sorts below the header'],
    ['uid;s1;s2\nx;1;-1\n', 'h.csv:2, participant "x": has 2 scores, expected one for each of the 3 statements'],
  ])('rejects %j', (text, message) => {
    expect(() => parseHtmlq(text, { file: 'h.csv', statementIds: ids })).toThrow(DataError);
    expect(() => parseHtmlq(text, { file: 'h.csv', statementIds: ids })).toThrow(message);
  });
});

describe('parseEqws', () => {
  it('reads an object of records: the sort string, the first id field, the key otherwise', () => {
    const text = JSON.stringify(
      {
        '-Mabc': { sort: '1|0|-1', urlUsercode: 'ann', comment: 'ok' },
        '-Mdef': { sort: '-1|0|+1', userInputId: 'bob', team: 'red' },
        '-Mghi': { sort: [0, 1, -1] },
      },
      null,
      2,
    );
    const data = parseEqws(text, { file: 'e.json', statementIds: ids });
    expect(data.sorts.map((s) => [s.participant, s.line, s.team, s.comment])).toEqual([
      ['ann', 2, undefined, 'ok'],
      ['bob', 7, 'red', undefined],
      ['-Mghi', 12, undefined, undefined],
    ]);
    expect(data.sorts[1]?.scores).toEqual({ a: -1, b: 0, c: 1 });
  });

  it('reads an array, and records one level down', () => {
    expect(parseEqws('[{"sort":"1|-1","partId":7}]', { file: 'e.json' }).sorts[0]).toMatchObject({ participant: '7', where: 'record 1' });
    expect(parseEqws('{"users":{"x":{"sort":"1|-1"}}}', { file: 'e.json' }).sorts[0]?.participant).toBe('x');
  });

  it.each([
    ['{', 'e.json:1: not valid JSON'],
    ['{"a": 1}', 'e.json: expected participant records with a "sort" field'],
    ['[{"sort":"1|0|-1","uid":"a"}, 3]', 'e.json, record 2: is not an object'],
    ['[{"sort":"1|0|-1","uid":"a"}, {"x": 1}]', 'e.json, record 2: has no "sort" field'],
    ['[{"sort":"1|0|-1"}]', 'e.json, record 1: no participant id'],
    ['{"k": {"sort":"1|0"}}', 'e.json:1, record "k", participant "k": has 2 scores'],
    ['{"k": {"sort":"1|zero|-1"}}', 'e.json:1, record "k", participant "k", statement b: score "zero" is not a whole number'],
  ])('rejects %j', (text, message) => {
    expect(() => parseEqws(text, { file: 'e.json', statementIds: ids })).toThrow(DataError);
    expect(() => parseEqws(text, { file: 'e.json', statementIds: ids })).toThrow(message);
  });
});
