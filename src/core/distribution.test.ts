import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import {
  checkDistribution,
  checkDistributionFits,
  distributionFromSorts,
  distributionSize,
  distributionValues,
  formatDistribution,
  parseDistributionSpec,
  parseWholeNumber,
  quasiNormalDistribution,
} from './distribution.ts';

const DEFAULT = { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] };

describe('parseDistributionSpec', () => {
  it('reads counts centred on 0', () => {
    expect(parseDistributionSpec('1,2,3,4,4,4,3,2,1', 24)).toEqual(DEFAULT);
    expect(parseDistributionSpec(' 1, 2, 1 ')).toEqual({ scores: [-1, 0, 1], counts: [1, 2, 1] });
  });

  it('reads a range with counts, also off-centre, with + and Unicode minus signs', () => {
    expect(parseDistributionSpec('-3..3:2,3,4,6,4,3,2', 24)).toEqual({ scores: [-3, -2, -1, 0, 1, 2, 3], counts: [2, 3, 4, 6, 4, 3, 2] });
    expect(parseDistributionSpec('0..4:1,2,3,2,1')).toEqual({ scores: [0, 1, 2, 3, 4], counts: [1, 2, 3, 2, 1] });
    expect(parseDistributionSpec('−2..+2:1,2,3,2,1', 9)).toEqual({ scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] });
    expect(parseDistributionSpec('-4..-2:1,1,1')).toEqual({ scores: [-4, -3, -2], counts: [1, 1, 1] });
  });

  it('builds a quasi-normal shape for a range alone', () => {
    expect(parseDistributionSpec('-4..4', 24)).toEqual(DEFAULT);
    expect(parseDistributionSpec('-4..4', 33)).toEqual({ scores: DEFAULT.scores, counts: [2, 3, 4, 5, 5, 5, 4, 3, 2] });
    expect(parseDistributionSpec('-3..3', 21).counts).toEqual([1, 3, 4, 5, 4, 3, 1]);
  });

  it('accepts zero counts inside the range', () => {
    expect(parseDistributionSpec('1,0,1', 2)).toEqual({ scores: [-1, 0, 1], counts: [1, 0, 1] });
  });

  it.each([
    ['', undefined, 'distribution: empty'],
    ['   ', undefined, 'distribution: empty'],
    ['1,2,3,4', undefined, 'distribution "1,2,3,4": 4 counts cannot be centred on 0; give a range, e.g. "-3..0:1,2,3,4"'],
    ['-3..3:2,3,4', undefined, 'distribution "-3..3:2,3,4": the range -3..3 has 7 scores but 3 counts are given'],
    ['4..-4', 24, 'distribution "4..-4": the range 4..-4 runs backwards'],
    ['-4..4', undefined, 'distribution "-4..4": a range alone needs the number of statements'],
    ['a..4:1', undefined, 'distribution "a..4:1": range "a..4" must look like -4..4'],
    ['-1.5..1:1,1,1', undefined, 'distribution "-1.5..1:1,1,1": range "-1.5..1" must look like -4..4'],
    ['1,x,1', undefined, 'distribution "1,x,1": count "x" is not a whole number'],
    ['1,2.5,1', undefined, 'distribution "1,2.5,1": count "2.5" is not a whole number'],
    ['-1..1:1,-1,1', undefined, 'distribution "-1..1:1,-1,1": count -1 for score 0 is not a whole number ≥ 0'],
    ['0,0,0', undefined, 'distribution "0,0,0": holds no statements'],
    ['-9..9', 10, 'score range -9..9 has 19 columns, more than the 10 statements'],
  ])('rejects %j (statements: %s) with a clear message', (spec, count, message) => {
    expect(() => parseDistributionSpec(spec, count)).toThrow(DataError);
    expect(() => parseDistributionSpec(spec, count)).toThrow(message);
  });

  it('says by how much the counts differ from the number of statements', () => {
    expect(() => parseDistributionSpec('1,2,3,4,4,4,3,2,1', 25)).toThrow(
      'distribution "1,2,3,4,4,4,3,2,1": the counts 1,2,3,4,4,4,3,2,1 add up to 24, but there are 25 statements: 1 too few (add 1 to the counts)',
    );
    expect(() => parseDistributionSpec('-4..4:1,2,3,4,4,4,3,2,1', 20)).toThrow('add up to 24, but there are 20 statements: 4 too many (take 4 from the counts)');
  });

  it('round-trips through formatDistribution', () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 6 }), fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 13 }), (lo, counts) => {
        fc.pre(counts.some((c) => c > 0));
        const d = { scores: counts.map((_, i) => lo + i), counts };
        expect(parseDistributionSpec(formatDistribution(d), distributionSize(d))).toEqual(d);
      }),
    );
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['4', 4],
    ['+4', 4],
    ['-4', -4],
    ['−4', -4],
    ['–4', -4],
    [' 12 ', 12],
    ['-0', 0],
    ['0', 0],
  ])('reads %j as %d', (text, n) => {
    expect(Object.is(parseWholeNumber(text), n)).toBe(true);
  });

  it.each(['', '+', '-', '4.0', '1e3', '--4', '+-4', '4-', 'four', '1234567890'])('refuses %j', (text) => {
    expect(parseWholeNumber(text)).toBeUndefined();
  });
});

describe('quasiNormalDistribution', () => {
  it('gives the clinic and Lipset shapes', () => {
    expect(quasiNormalDistribution(24)).toEqual(DEFAULT);
    expect(quasiNormalDistribution(33)).toEqual({ scores: DEFAULT.scores, counts: [2, 3, 4, 5, 5, 5, 4, 3, 2] });
  });

  it('gives two statements one agree and one disagree place', () => {
    expect(quasiNormalDistribution(2)).toEqual({ scores: [-1, 0, 1], counts: [1, 0, 1] });
  });

  it('is symmetric, centred on 0, sums to the statement count and never falls towards the middle (2..100)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), (n) => {
        const d = quasiNormalDistribution(n);
        const { scores, counts } = d;
        expect(distributionSize(d)).toBe(n);
        expect(counts).toEqual([...counts].reverse());
        expect(scores[0]).toBe(-(scores[scores.length - 1] ?? 0));
        expect(scores.length).toBeLessThanOrEqual(13);
        expect(() => checkDistribution(d)).not.toThrow();
        if (n >= 3) {
          const mid = (counts.length - 1) / 2;
          counts.forEach((c, i) => {
            if (i > 0 && i <= mid) expect(c).toBeGreaterThanOrEqual(counts[i - 1] ?? 0);
            expect(c).toBeGreaterThan(0);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fits any range that is not wider than the statement count, symmetric when it can be', () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 0 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 }), (lo, span, more) => {
        const hi = lo + span;
        const n = span + 1 + more;
        const d = quasiNormalDistribution(n, { lo, hi });
        expect(d.scores[0]).toBe(lo);
        expect(d.scores[d.scores.length - 1]).toBe(hi);
        expect(distributionSize(d)).toBe(n);
        if (d.counts.length % 2 === 1 || n % 2 === 0) expect(d.counts).toEqual([...d.counts].reverse());
      }),
    );
  });

  it('refuses impossible requests', () => {
    expect(() => quasiNormalDistribution(0)).toThrow('cannot build a distribution for 0 statements');
    expect(() => quasiNormalDistribution(2.5)).toThrow(DataError);
    expect(() => quasiNormalDistribution(5, { lo: -3, hi: 3 })).toThrow('score range -3..3 has 7 columns, more than the 5 statements');
  });
});

describe('checkDistribution and checkDistributionFits', () => {
  it.each([
    [{ scores: [], counts: [] }, 'needs as many counts as scores (got 0 scores, 0 counts)'],
    [{ scores: [0, 1], counts: [1] }, 'needs as many counts as scores (got 2 scores, 1 counts)'],
    [{ scores: [0, 2], counts: [1, 1] }, 'scores must be consecutive (0 is followed by 2)'],
    [{ scores: [0.5, 1.5], counts: [1, 1] }, 'score 0.5 is not a whole number'],
    [{ scores: [0, 1], counts: [1, 0.5] }, 'count 0.5 for score 1 is not a whole number ≥ 0'],
  ])('rejects %j', (d, message) => {
    expect(() => checkDistribution(d)).toThrow(`distribution: ${message}`);
  });

  it('accepts a fitting distribution and names the place of a misfit', () => {
    expect(() => checkDistributionFits(DEFAULT, 24)).not.toThrow();
    expect(() => checkDistributionFits(DEFAULT, 30, 'study.json: distribution')).toThrow(
      'study.json: distribution: the counts 1,2,3,4,4,4,3,2,1 add up to 24, but there are 30 statements: 6 too few (add 6 to the counts)',
    );
  });
});

describe('distributionValues, formatDistribution, distributionFromSorts', () => {
  it('lists one value per statement, ascending', () => {
    expect(distributionValues({ scores: [-1, 0, 1], counts: [1, 2, 1] })).toEqual([-1, 0, 0, 1]);
    expect(formatDistribution(DEFAULT)).toBe('-4..4:1,2,3,4,4,4,3,2,1');
  });

  it('recovers the shared distribution of sorts and names a sort that differs', () => {
    const values = distributionValues(DEFAULT);
    const shuffled = [...values].reverse();
    expect(distributionFromSorts([{ name: 'a', values }, { name: 'b', values: shuffled }])).toEqual(DEFAULT);
    expect(() => distributionFromSorts([{ name: 'a', values }, { name: 'b', values: values.map((v) => (v === 4 ? 3 : v)) }])).toThrow(
      'sort "b" does not share the distribution of sort "a"',
    );
    expect(() => distributionFromSorts([])).toThrow('no sorts to take the distribution from');
  });
});
