import { describe, expect, it } from 'vitest';
import { distinguishingStatements, qmethodLabel, significanceMark } from './distinguishing.ts';

describe('significanceMark', () => {
  it('uses strict thresholds 1.960, 2.576, 3.291, 4.8916 × SED', () => {
    expect(significanceMark(1.96, 1)).toBe('');
    expect(significanceMark(1.9600001, 1)).toBe('*');
    expect(significanceMark(-2.576, 1)).toBe('*');
    expect(significanceMark(2.58, 1)).toBe('**');
    expect(significanceMark(3.3, 1)).toBe('***');
    expect(significanceMark(-4.9, 1)).toBe('6*');
  });
});

describe('distinguishingStatements', () => {
  const sed = [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]];
  // threshold at .05: |diff| > 0.98
  const z = [
    [0, 0.1, 0.2], // consensus
    [2, 0, 0.1], // distinguishes F1 only
    [3, 1.5, 0], // distinguishes all
    [2, 0.9, -0.2], // F1–F2 and F1–F3 and F2–F3 (1.1) all significant → all
    [1.5, 0, 0.9], // F1–F2 only: neither
  ];

  it('gives signed differences, marks, consensus and the factors each statement distinguishes', () => {
    const d = distinguishingStatements(z, sed);
    expect(d[0]).toMatchObject({ consensus: true, distinguishes: [], distinguishesAll: false });
    expect(d[1]).toMatchObject({ consensus: false, distinguishes: [0], distinguishesAll: false });
    expect(d[1]!.pairs[0]).toMatchObject({ factors: [0, 1], difference: 2, significance: '***' });
    expect(d[1]!.pairs[0]!.p).toBeCloseTo(6.334e-5, 7); // 2·(1 − Φ(4)), R: 2*pnorm(-4)
    expect(d[2]).toMatchObject({ distinguishes: [0, 1, 2], distinguishesAll: true });
    expect(d[4]).toMatchObject({ consensus: false, distinguishes: [], distinguishesAll: false });
    expect(d.map((x) => qmethodLabel(x, 3))).toEqual([
      'Consensus',
      'Distinguishes f1 only',
      'Distinguishes all',
      'Distinguishes all',
      '',
    ]);
  });

  it('with four factors can distinguish two factors but not all (qmethod pastes the labels)', () => {
    const sed4 = Array.from({ length: 4 }, () => [0.5, 0.5, 0.5, 0.5]);
    const d = distinguishingStatements([[4, 2, 0, 0.3], [3, 0, 0.5, 0.2], [4, 2, 0, 1.5]], sed4);
    expect(d[0]).toMatchObject({ distinguishes: [0, 1], distinguishesAll: false, consensus: false });
    expect(d.map((x) => qmethodLabel(x, 4))).toEqual([
      'Distinguishes f1 Distinguishes f2 ',
      'Distinguishes f1 only',
      'Distinguishes f1 Distinguishes f3 ', // F2–F4 (0.5) is not significant
    ]);
  });

  it('leaves factors without z-scores out of the comparisons', () => {
    const d = distinguishingStatements(
      [[2, null, 0], [0, null, 0.1]],
      [[0.5, null, 0.5], [null, null, null], [0.5, null, 0.5]],
    );
    expect(d[0]!.pairs.map((p) => p.factors)).toEqual([[0, 2]]);
    expect(d[0]).toMatchObject({ distinguishes: [0, 2], distinguishesAll: true });
    expect(d[1]!.consensus).toBe(true);
  });

  it('labels two factors as qmethod does', () => {
    const d = distinguishingStatements([[2, 0], [0, 0]], [[0.5, 0.5], [0.5, 0.5]]);
    expect(d.map((x) => qmethodLabel(x, 2))).toEqual(['Distinguishing', 'Consensus']);
  });
});
