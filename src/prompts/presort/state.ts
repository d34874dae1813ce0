import { PILES, type Pile, type Presort } from '../../core/types.ts';

export { PILES, type Pile };

/**
 * The pre-sort as pure data: statements one at a time, each into one of three
 * piles. No hooks, no strings for the screen; the reducer is total (an action
 * that makes no sense leaves the state unchanged).
 */


export interface PresortState {
  /** The statement ids in the (shuffled) order they are shown. */
  readonly order: readonly string[];
  /** The pile chosen for order[0], order[1], …; its length is the number done. */
  readonly choices: readonly Pile[];
  /** The pile the arrow keys point at (Enter chooses it). */
  readonly highlight: Pile;
}

export type PresortAction =
  | { readonly type: 'choose'; readonly pile: Pile }
  | { readonly type: 'move'; readonly dx: -1 | 1 }
  | { readonly type: 'confirm' }
  | { readonly type: 'undo' };

export function initPresort(order: readonly string[]): PresortState {
  return { order: [...order], choices: [], highlight: 'neutral' };
}

export const isPresortDone = (s: PresortState): boolean => s.choices.length >= s.order.length;

/** The statement being decided, or undefined when all are done. */
export const currentStatement = (s: PresortState): string | undefined => s.order[s.choices.length];

export function reducePresort(state: PresortState, action: PresortAction): PresortState {
  switch (action.type) {
    case 'choose':
      if (isPresortDone(state)) return state;
      return { ...state, choices: [...state.choices, action.pile], highlight: 'neutral' };
    case 'confirm':
      return reducePresort(state, { type: 'choose', pile: state.highlight });
    case 'move': {
      const i = PILES.indexOf(state.highlight) + action.dx;
      const pile = PILES[Math.max(0, Math.min(PILES.length - 1, i))] ?? state.highlight;
      return pile === state.highlight ? state : { ...state, highlight: pile };
    }
    case 'undo': {
      const last = state.choices[state.choices.length - 1];
      if (last === undefined) return state;
      return { ...state, choices: state.choices.slice(0, -1), highlight: last };
    }
  }
}

/** How many statements are in each pile so far. */
export function pileSizes(s: PresortState): Record<Pile, number> {
  const sizes: Record<Pile, number> = { disagree: 0, neutral: 0, agree: 0 };
  for (const c of s.choices) sizes[c]++;
  return sizes;
}

/** The piles as recorded in the sort file, each in the order the statements were decided. */
export function toPresort(s: PresortState): Presort {
  const piles: Record<Pile, string[]> = { disagree: [], neutral: [], agree: [] };
  s.choices.forEach((pile, i) => {
    const id = s.order[i];
    if (id !== undefined) piles[pile].push(id);
  });
  return { agree: piles.agree, neutral: piles.neutral, disagree: piles.disagree };
}

/**
 * Checks a state read back from a draft: the order holds exactly `ids` and the
 * choices are piles. Returns a problem, or undefined when it is sound.
 */
export function presortProblem(s: unknown, ids: readonly string[]): string | undefined {
  if (typeof s !== 'object' || s === null) return 'the pre-sort is missing';
  const o = s as Record<string, unknown>;
  const order = o['order'];
  const choices = o['choices'];
  if (!Array.isArray(order) || !order.every((x) => typeof x === 'string')) return 'the pre-sort order is not a list of ids';
  if ([...order].sort().join('\u0000') !== [...ids].sort().join('\u0000')) return 'the pre-sort order does not hold the statements of this study';
  if (!Array.isArray(choices) || choices.length > order.length || !choices.every((c) => (PILES as readonly unknown[]).includes(c))) {
    return 'the pre-sort choices are not valid piles';
  }
  if (!(PILES as readonly unknown[]).includes(o['highlight'])) return 'the pre-sort highlight is not a pile';
  return undefined;
}
