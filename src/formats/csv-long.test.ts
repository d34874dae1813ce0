import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseCsvLong } from './csv-long.ts';

describe('parseCsvLong', () => {
  it('groups rows by participant (in any order), keeps teams, any column order and case', () => {
    const text = 'Score,Statement,Team,Participant\n1,S1,red,Ann\n-1,S1,,Bob\n-1,S2,red,Ann\n1,S2,,Bob\n';
    const data = parseCsvLong(text, { file: 'l.csv' });
    expect(data.statementIds).toEqual(['S1', 'S2']);
    expect(data.sorts).toEqual([
      expect.objectContaining({ participant: 'Ann', team: 'red', scores: { S1: 1, S2: -1 }, line: 2 }),
      expect.objectContaining({ participant: 'Bob', scores: { S1: -1, S2: 1 }, line: 3 }),
    ]);
    expect(data.sorts[1]).not.toHaveProperty('team');
    expect(data.sorts[0]?.statementLines?.get('S2')).toBe(4);
  });

  it('works without a team column', () => {
    expect(parseCsvLong('participant,statement,score\nA,1,0\n', { file: 'l.csv' }).sorts).toEqual([expect.objectContaining({ participant: 'A', scores: { 1: 0 } })]);
  });

  it.each([
    ['', 'l.csv: empty file'],
    ['participant,team,score\n', 'l.csv:1: the header needs the columns participant, statement and score'],
    ['participant,team,statement,score\n', 'l.csv:1: no rows below the header'],
    ['participant,team,statement,score\nA,red,1,0\nA,blue,2,0\n', 'l.csv:3:2, participant "A": team "blue" differs from team "red" on line 2'],
    ['participant,team,statement,score\nA,,1,0\nA,,1,1\n', 'l.csv:3, participant "A", statement 1: a second score for this statement (also line 2)'],
    ['participant,team,statement,score\nA,,1,x\n', 'l.csv:2:4, participant "A", statement 1: score "x" is not a whole number'],
    ['participant,team,statement,score\n,,1,0\n', 'l.csv:2:1: a row without a participant'],
    ['participant,team,statement,score\nA,,,0\n', 'l.csv:2:3, participant "A": a row without a statement id'],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsvLong(text, { file: 'l.csv' })).toThrow(DataError);
    expect(() => parseCsvLong(text, { file: 'l.csv' })).toThrow(message);
  });
});
