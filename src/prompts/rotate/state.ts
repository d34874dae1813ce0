/**
 * The state of `qsort rotate`'s screen and its reducer (pure: no hooks, no
 * strings). The steps are the whole rotation: the loadings on screen are always
 * the base loadings with the steps applied, exactly as `qsort analyze` applies
 * a saved plan. Every change of the steps can be undone and redone.
 */
import { angleOnto, appendRotationStep, applyRotationSteps, type RotationStep } from '../../analysis/judgmental-rotation.ts';
import { type Matrix } from '../../analysis/matrix.ts';
import { factorId } from '../../analysis/warnings.ts';

/** The step sizes `+`/`−` go through, in degrees. */
export const STEP_SIZES = [0.5, 1, 5, 10, 45, 90] as const;
const DEFAULT_STEP = 1;

/** What the screen rotates: the base loadings (sorts × factors) and the sorts' ids. */
export interface RotateModel {
  readonly sortIds: readonly string[];
  /** The base loadings (unrotated or varimax, ordered and signed), sorts × factors. */
  readonly base: Matrix;
}

export type RotateMode = 'plot' | 'help' | 'leave';

export interface RotateState {
  /** The pair on screen: factor a across, b up (0-based, a < b). */
  readonly pair: readonly [number, number];
  /** Index into STEP_SIZES. */
  readonly stepIndex: number;
  readonly steps: readonly RotationStep[];
  readonly past: readonly (readonly RotationStep[])[];
  readonly future: readonly (readonly RotationStep[])[];
  /** The sort chosen with Tab (index into the sorts), or null. */
  readonly selected: number | null;
  /** The steps as last saved (or as read): the screen says when they differ. */
  readonly saved: readonly RotationStep[];
  readonly mode: RotateMode;
}

export type RotateAction =
  | { readonly type: 'turn'; readonly direction: 1 | -1 }
  | { readonly type: 'stepSize'; readonly direction: 1 | -1 }
  | { readonly type: 'pair'; readonly direction: 1 | -1 }
  | { readonly type: 'select'; readonly direction: 1 | -1 }
  | { readonly type: 'deselect' }
  /** Turn so that the chosen sort lies on factor a (axis 0) or b (axis 1). */
  | { readonly type: 'onto'; readonly axis: 0 | 1 }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'reset' }
  | { readonly type: 'saved'; readonly steps: readonly RotationStep[] }
  | { readonly type: 'mode'; readonly mode: RotateMode };

/** Every pair of `factorCount` factors, (0,1), (0,2), …, (1,2), …. */
export function factorPairs(factorCount: number): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  for (let a = 0; a < factorCount; a++) for (let b = a + 1; b < factorCount; b++) pairs.push([a, b]);
  return pairs;
}

export function initRotate(model: RotateModel, steps: readonly RotationStep[] = []): RotateState {
  const k = model.base[0]?.length ?? 0;
  if (k < 2) throw new RangeError('judgmental rotation needs at least 2 factors');
  applyRotationSteps(model.base, steps); // checks the steps against the factors
  return {
    pair: [0, 1],
    stepIndex: STEP_SIZES.indexOf(DEFAULT_STEP),
    steps,
    past: [],
    future: [],
    selected: null,
    saved: steps,
    mode: 'plot',
  };
}

/** The loadings on screen: the base with the steps applied. */
export const currentLoadings = (state: RotateState, model: RotateModel): Matrix => applyRotationSteps(model.base, state.steps);

export const stepSize = (state: RotateState): number => STEP_SIZES[state.stepIndex] ?? DEFAULT_STEP;

const sameSteps = (a: readonly RotationStep[], b: readonly RotationStep[]): boolean =>
  a.length === b.length && a.every((s, i) => s.degrees === b[i]!.degrees && s.pair[0] === b[i]!.pair[0] && s.pair[1] === b[i]!.pair[1]);

export const isUnsaved = (state: RotateState): boolean => !sameSteps(state.steps, state.saved);

/** A new list of steps, remembered for undo (the redo list is cleared). */
function withSteps(state: RotateState, steps: readonly RotationStep[]): RotateState {
  if (sameSteps(steps, state.steps)) return state;
  return { ...state, steps, past: [...state.past, state.steps], future: [] };
}

function cycle(index: number, length: number, direction: number): number {
  return (((index + direction) % length) + length) % length;
}

function turn(state: RotateState, degrees: number): RotateState {
  const pair = [factorId(state.pair[0]), factorId(state.pair[1])] as const;
  return withSteps(state, appendRotationStep(state.steps, { pair, degrees }));
}

/** The reducer: total; an action that changes nothing returns the same state. */
export function reduceRotate(state: RotateState, action: RotateAction, model: RotateModel): RotateState {
  switch (action.type) {
    case 'turn':
      return turn(state, action.direction * stepSize(state));
    case 'stepSize': {
      const stepIndex = Math.min(STEP_SIZES.length - 1, Math.max(0, state.stepIndex + action.direction));
      return stepIndex === state.stepIndex ? state : { ...state, stepIndex };
    }
    case 'pair': {
      const pairs = factorPairs(model.base[0]?.length ?? 0);
      if (pairs.length < 2) return state;
      const at = pairs.findIndex((p) => p[0] === state.pair[0] && p[1] === state.pair[1]);
      return { ...state, pair: pairs[cycle(at, pairs.length, action.direction)]! };
    }
    case 'select': {
      const n = model.sortIds.length;
      if (n === 0) return state;
      const selected = state.selected === null ? (action.direction === 1 ? 0 : n - 1) : cycle(state.selected, n, action.direction);
      return { ...state, selected };
    }
    case 'deselect':
      return state.selected === null ? state : { ...state, selected: null };
    case 'onto': {
      if (state.selected === null) return state;
      const row = currentLoadings(state, model)[state.selected]!;
      const angle = angleOnto(row[state.pair[0]]!, row[state.pair[1]]!) - (action.axis === 1 ? 90 : 0);
      return turn(state, angle);
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return state;
      return { ...state, steps: previous, past: state.past.slice(0, -1), future: [state.steps, ...state.future] };
    }
    case 'redo': {
      const next = state.future[0];
      if (next === undefined) return state;
      return { ...state, steps: next, past: [...state.past, state.steps], future: state.future.slice(1) };
    }
    case 'reset':
      return withSteps(state, []);
    case 'saved':
      return { ...state, saved: action.steps };
    case 'mode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
  }
}
