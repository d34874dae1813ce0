import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../test/golden/load.ts';
import { analyzeStudy } from './analyze-study.ts';
import {
  angleOnto,
  appendRotationStep,
  applyRotationSteps,
  cosSinDegrees,
  rotatePair,
  type RotationStep,
} from './judgmental-rotation.ts';
import { type Matrix } from './matrix.ts';

const lipset = loadStudy('lipset');
const varimaxLoadings = analyzeStudy(lipset, { factorCount: 3 }).loadings;

/** The direct computation: each step as a k × k rotation matrix R (identity but for the pair), loadings · R₁ · R₂ · … */
function direct(loadings: Matrix, steps: readonly { a: number; b: number; degrees: number }[]): number[][] {
  const k = loadings[0]!.length;
  let out = loadings.map((r) => [...r]);
  for (const { a, b, degrees } of steps) {
    const t = (degrees * Math.PI) / 180;
    const r: number[][] = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)));
    r[a]![a] = Math.cos(t);
    r[b]![a] = Math.sin(t);
    r[a]![b] = -Math.sin(t);
    r[b]![b] = Math.cos(t);
    out = out.map((row) => Array.from({ length: k }, (_, j) => row.reduce((s, x, i) => s + x * r[i]![j]!, 0)));
  }
  return out;
}

function expectClose(actual: Matrix, expected: Matrix, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((x, j) => expect(Math.abs(x - expected[i]![j]!)).toBeLessThan(tolerance)));
}

describe('judgmental rotation', () => {
  it('turns a pair as a′ = a·cos θ + b·sin θ, b′ = b·cos θ − a·sin θ, leaving the other columns alone', () => {
    const out = rotatePair([[0.6, 0.2, 0.3]], 0, 1, 30);
    const t = Math.PI / 6;
    expect(out[0]![0]).toBeCloseTo(0.6 * Math.cos(t) + 0.2 * Math.sin(t), 15);
    expect(out[0]![1]).toBeCloseTo(0.2 * Math.cos(t) - 0.6 * Math.sin(t), 15);
    expect(out[0]![2]).toBe(0.3);
  });

  it('equals the direct product of rotation matrices for a sequence of pairwise steps on lipset', () => {
    const steps: RotationStep[] = [
      { pair: ['F1', 'F2'], degrees: 10 },
      { pair: ['F2', 'F3'], degrees: -23.5 },
      { pair: ['F3', 'F1'], degrees: 61 },
      { pair: ['F1', 'F2'], degrees: 0.5 },
    ];
    const got = applyRotationSteps(varimaxLoadings, steps);
    const want = direct(varimaxLoadings, [
      { a: 0, b: 1, degrees: 10 },
      { a: 1, b: 2, degrees: -23.5 },
      { a: 2, b: 0, degrees: 61 },
      { a: 0, b: 1, degrees: 0.5 },
    ]);
    expectClose(got, want, 1e-12);
    // an orthogonal rotation keeps every sort's communality
    got.forEach((row, i) =>
      expect(row.reduce((s, x) => s + x * x, 0)).toBeCloseTo(varimaxLoadings[i]!.reduce((s, x) => s + x * x, 0), 12),
    );
  });

  it('permutes and negates columns exactly at multiples of 90°', () => {
    const col = (m: Matrix, j: number) => m.map((r) => r[j]!);
    const neg = (v: readonly number[]) => v.map((x) => -x + 0);
    const by = (d: number) => applyRotationSteps(varimaxLoadings, [{ pair: ['F1', 'F2'], degrees: d }]);
    const [f1, f2, f3] = [col(varimaxLoadings, 0), col(varimaxLoadings, 1), col(varimaxLoadings, 2)];
    expect([col(by(90), 0), col(by(90), 1), col(by(90), 2)]).toEqual([f2, neg(f1), f3]);
    expect([col(by(180), 0), col(by(180), 1)]).toEqual([neg(f1), neg(f2)]);
    expect([col(by(-90), 0), col(by(-90), 1)]).toEqual([neg(f2), f1]);
    expect([col(by(270), 0), col(by(270), 1)]).toEqual([neg(f2), f1]);
    expect(by(360)).toEqual(varimaxLoadings);
    expect(by(0)).toEqual(varimaxLoadings);
    expect(cosSinDegrees(90)).toEqual([0, 1]);
    expect(cosSinDegrees(-180)).toEqual([-1, 0]);
  });

  it('a step and its negative cancel to 1e-12, for any pair and angle', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string]>(['F1', 'F2'], ['F1', 'F3'], ['F3', 'F2']),
        fc.double({ min: -720, max: 720, noNaN: true }),
        (pair, degrees) => {
          const back = applyRotationSteps(varimaxLoadings, [
            { pair, degrees },
            { pair, degrees: -degrees },
          ]);
          expectClose(back, varimaxLoadings, 1e-12);
        },
      ),
    );
  });

  it('finds the angle that puts a sort on an axis', () => {
    const sort = varimaxLoadings[2]!;
    const onA = rotatePair([sort], 0, 1, angleOnto(sort[0]!, sort[1]!))[0]!;
    expect(onA[1]).toBeCloseTo(0, 14);
    expect(onA[0]).toBeCloseTo(Math.hypot(sort[0]!, sort[1]!), 14);
    const onB = rotatePair([sort], 0, 1, angleOnto(sort[0]!, sort[1]!) - 90)[0]!;
    expect(onB[0]).toBeCloseTo(0, 14);
    expect(onB[1]).toBeCloseTo(Math.hypot(sort[0]!, sort[1]!), 14);
    expect(angleOnto(0, 0)).toBe(0);
  });

  it('merges a step into the last one on the same pair, and drops one that comes to 0°', () => {
    let steps: RotationStep[] = [];
    for (let i = 0; i < 10; i++) steps = appendRotationStep(steps, { pair: ['F1', 'F2'], degrees: 1 });
    expect(steps).toEqual([{ pair: ['F1', 'F2'], degrees: 10 }]);
    steps = appendRotationStep(steps, { pair: ['F2', 'F1'], degrees: 4 });
    expect(steps).toEqual([{ pair: ['F1', 'F2'], degrees: 6 }]);
    steps = appendRotationStep(steps, { pair: ['F2', 'F3'], degrees: 5 });
    expect(steps).toHaveLength(2);
    steps = appendRotationStep(steps, { pair: ['F2', 'F3'], degrees: -5 });
    expect(steps).toEqual([{ pair: ['F1', 'F2'], degrees: 6 }]);
    expect(appendRotationStep([], { pair: ['F1', 'F2'], degrees: 190 })).toEqual([{ pair: ['F1', 'F2'], degrees: -170 }]);
  });

  it('refuses a step on a factor that does not exist, or a pair of one factor', () => {
    expect(() => applyRotationSteps(varimaxLoadings, [{ pair: ['F1', 'F4'], degrees: 5 }])).toThrow(/"F4", but the factors are F1..F3/);
    expect(() => applyRotationSteps(varimaxLoadings, [{ pair: ['F2', 'F2'], degrees: 5 }])).toThrow(/F2 against itself/);
  });

  it('analyzeStudy rotates by hand from varimax: the loadings are the steps applied, T follows, flags and scores come from them', () => {
    const steps: RotationStep[] = [
      { pair: ['F1', 'F2'], degrees: 10 },
      { pair: ['F1', 'F3'], degrees: 90 },
    ];
    const varimax = analyzeStudy(lipset, { factorCount: 3 });
    const byHand = analyzeStudy(lipset, { factorCount: 3, rotation: 'judgmental', judgmental: { base: 'varimax', steps } });
    expect(byHand.loadings).toEqual(applyRotationSteps(varimax.loadings, steps));
    // no re-ordering or sign flipping after the steps: the 90° step made F3 the old F1 (negated), though its Σa² is the largest
    expect(byHand.loadings.map((r) => r[2])).toEqual(applyRotationSteps(varimax.loadings, steps.slice(0, 1)).map((r) => -r[0]! + 0));
    expect(byHand.options).toMatchObject({ rotation: 'judgmental', judgmental: { base: 'varimax', steps } });
    const product = byHand.unrotatedLoadings.map((row) => [0, 1, 2].map((j) => row.reduce((s, x, i) => s + x * byHand.rotationMatrix[i]![j]!, 0)));
    expectClose(product, byHand.loadings, 1e-12);
    // flags by the automatic rule on the rotated loadings; z-scores from them
    const firstStep = analyzeStudy(lipset, { factorCount: 3, rotation: 'judgmental', judgmental: { base: 'varimax', steps: steps.slice(0, 1) } });
    expect(byHand.flags.map((r) => r[2])).toEqual(firstStep.flags.map((r) => r[0]));
    expect(byHand.zScores.map((r) => r[2])).toEqual(firstStep.zScores.map((r) => (r[0] === null ? null : -r[0]! + 0)));
    expect(firstStep.zScores).not.toEqual(varimax.zScores);
  });

  it('analyzeStudy from the unrotated factors with no steps equals rotation none', () => {
    const none = analyzeStudy(lipset, { factorCount: 2, rotation: 'none' });
    const byHand = analyzeStudy(lipset, { factorCount: 2, rotation: 'judgmental', judgmental: { base: 'none', steps: [] } });
    expect(byHand.loadings).toEqual(none.loadings);
    expect(() => analyzeStudy(lipset, { factorCount: 2, rotation: 'judgmental' })).toThrow(/needs its base and steps/);
  });
});
