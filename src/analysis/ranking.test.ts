import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { rankByFactor, rankStatements, rankStatementsByGroup } from './ranking.ts';

describe('rankStatements', () => {
  // 4 statements × 3 sorts on a −2..2 grid
  const data = [
    [2, 1, 2],
    [-2, -1, -2],
    [1, 2, 1],
    [0, 0, 0],
  ];

  it('ranks by mean with SD, top/bottom-two shares and n; ties share a rank', () => {
    const r = rankStatements(data, { columns: [-2, -1, 0, 1, 2] });
    expect(r.map((x) => [x.statement, x.rank])).toEqual([[0, 1], [2, 2], [3, 3], [1, 4]]);
    expect(r[0]).toMatchObject({ mean: 5 / 3, n: 3, topTwoShare: 1, bottomTwoShare: 0 });
    expect(r[0]!.sd).toBeCloseTo(Math.sqrt(1 / 3), 14);
    expect(r[3]).toMatchObject({ bottomTwoShare: 1 });
    const tied = rankStatements([[1, 2], [2, 1], [0, 0]]);
    expect(tied.map((x) => [x.statement, x.rank])).toEqual([[0, 1], [1, 1], [2, 3]]);
  });

  it('gives a null SD for a single sort and rejects zero sorts', () => {
    expect(rankStatements(data, {}, [0])[0]!.sd).toBeNull();
    expect(() => rankStatements(data, {}, [])).toThrow(DataError);
  });

  it('ranks per group, skipping sorts without a group', () => {
    const groups = rankStatementsByGroup(data, ['a', 'b', undefined]);
    expect(groups.map((g) => [g.group, g.sortCount])).toEqual([['a', 1], ['b', 1]]);
    expect(groups[1]!.ranking[0]).toMatchObject({ statement: 2, mean: 2 });
  });
});

describe('rankByFactor', () => {
  it('ranks by z-score and gives null for a factor without scores', () => {
    const r = rankByFactor([[0.5, null], [1.5, null], [0.5, null]]);
    expect(r[0]!.map((x) => [x.statement, x.rank])).toEqual([[1, 1], [0, 2], [2, 2]]);
    expect(r[1]).toBeNull();
  });
});
