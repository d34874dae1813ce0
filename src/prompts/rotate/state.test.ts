import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../../test/golden/load.ts';
import { analyzeStudy } from '../../analysis/analyze-study.ts';
import { applyRotationSteps } from '../../analysis/judgmental-rotation.ts';
import { currentLoadings, factorPairs, initRotate, isUnsaved, reduceRotate, stepSize, type RotateAction } from './state.ts';

const result = analyzeStudy(loadStudy('lipset'), { factorCount: 3 });
const model = { sortIds: result.sorts, base: result.loadings };

const action: fc.Arbitrary<RotateAction> = fc.oneof(
  fc.record({ type: fc.constant('turn' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ type: fc.constant('stepSize' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ type: fc.constant('pair' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ type: fc.constant('select' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ type: fc.constant('onto' as const), axis: fc.constantFrom(0 as const, 1 as const) }),
  fc.constantFrom<RotateAction>({ type: 'undo' }, { type: 'redo' }, { type: 'reset' }, { type: 'deselect' }),
);

describe('rotate reducer', () => {
  it('turns the pair by the step, → one way and ← the other, and merges turns of one pair', () => {
    let s = initRotate(model);
    expect(stepSize(s)).toBe(1);
    s = reduceRotate(s, { type: 'turn', direction: 1 }, model);
    s = reduceRotate(s, { type: 'stepSize', direction: 1 }, model);
    s = reduceRotate(s, { type: 'turn', direction: 1 }, model);
    expect(s.steps).toEqual([{ pair: ['F1', 'F2'], degrees: 6 }]);
    s = reduceRotate(s, { type: 'pair', direction: 1 }, model);
    expect(s.pair).toEqual([0, 2]);
    s = reduceRotate(s, { type: 'turn', direction: -1 }, model);
    expect(s.steps).toEqual([{ pair: ['F1', 'F2'], degrees: 6 }, { pair: ['F1', 'F3'], degrees: -5 }]);
    expect(currentLoadings(s, model)).toEqual(applyRotationSteps(result.loadings, s.steps));
    expect(isUnsaved(s)).toBe(true);
    expect(isUnsaved(reduceRotate(s, { type: 'saved', steps: s.steps }, model))).toBe(false);
  });

  it('goes through the step sizes 0.5 … 90 and stops at the ends', () => {
    let s = initRotate(model);
    const sizes = [stepSize(s)];
    for (let i = 0; i < 6; i++) sizes.push(stepSize((s = reduceRotate(s, { type: 'stepSize', direction: 1 }, model))));
    expect(sizes).toEqual([1, 5, 10, 45, 90, 90, 90]);
    for (let i = 0; i < 6; i++) s = reduceRotate(s, { type: 'stepSize', direction: -1 }, model);
    expect(stepSize(s)).toBe(0.5);
  });

  it('undo, redo and 0 (back to the start) work on the steps', () => {
    let s = initRotate(model);
    for (let i = 0; i < 3; i++) s = reduceRotate(s, { type: 'turn', direction: 1 }, model);
    s = reduceRotate(s, { type: 'reset' }, model);
    expect(s.steps).toEqual([]);
    s = reduceRotate(s, { type: 'undo' }, model);
    expect(s.steps).toEqual([{ pair: ['F1', 'F2'], degrees: 3 }]);
    s = reduceRotate(s, { type: 'undo' }, model);
    expect(s.steps).toEqual([{ pair: ['F1', 'F2'], degrees: 2 }]);
    s = reduceRotate(s, { type: 'redo' }, model);
    s = reduceRotate(s, { type: 'redo' }, model);
    expect(s.steps).toEqual([]);
    expect(reduceRotate(s, { type: 'redo' }, model)).toBe(s);
  });

  it('puts the chosen sort on factor a or b', () => {
    let s = reduceRotate(initRotate(model), { type: 'select', direction: 1 }, model);
    s = reduceRotate(s, { type: 'onto', axis: 1 }, model);
    const row = currentLoadings(s, model)[0]!;
    expect(row[0]).toBeCloseTo(0, 12);
    expect(row[1]).toBeCloseTo(Math.hypot(result.loadings[0]![0]!, result.loadings[0]![1]!), 12);
    expect(reduceRotate(initRotate(model), { type: 'onto', axis: 0 }, model).steps).toEqual([]);
  });

  it('lists every pair once', () => {
    expect(factorPairs(4)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
    expect(() => initRotate({ sortIds: ['a'], base: [[1]] })).toThrow(RangeError);
  });

  it('any key sequence: the loadings are the base with the steps, communalities stay, undo back to the start restores the base', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let s = initRotate(model);
        for (const a of actions) s = reduceRotate(s, a, model);
        const loadings = currentLoadings(s, model);
        expect(loadings).toEqual(applyRotationSteps(result.loadings, s.steps));
        loadings.forEach((row, i) => expect(row.reduce((t, x) => t + x * x, 0)).toBeCloseTo(result.loadings[i]!.reduce((t, x) => t + x * x, 0), 10));
        expect(s.pair[0]).toBeLessThan(s.pair[1]);
        while (s.past.length > 0) s = reduceRotate(s, { type: 'undo' }, model);
        expect(s.steps).toEqual([]);
      }),
    );
  });
});
