/**
 * Typing in a paper score sheet, column by column, as pure data. The
 * facilitator types the card numbers of one column; each number is checked as
 * soon as it is typed (a card that does not exist, one typed twice or already in
 * another column, one card too many) and Enter takes the column only when it is
 * full. Backspace on an empty line goes back to the column before.
 */

/** A column of the sheet: its score and how many cards it takes. */
export interface SheetColumn {
  readonly score: number;
  readonly count: number;
}

export interface PaperSheetState {
  readonly columns: readonly SheetColumn[];
  /** The statement ids of the columns taken so far (columns 0 … current − 1). */
  readonly filled: readonly (readonly string[])[];
  readonly current: number;
  readonly input: string;
  /** Set by a refused Enter; cleared by the next key. */
  readonly refused?: Problem;
}

export type PaperSheetAction =
  | { readonly type: 'input'; readonly text: string }
  | { readonly type: 'enter' }
  | { readonly type: 'back' };

export type Problem =
  | { readonly kind: 'unknown'; readonly typed: string }
  | { readonly kind: 'twice'; readonly label: string }
  | { readonly kind: 'used'; readonly label: string; readonly score: number }
  | { readonly kind: 'too-many'; readonly count: number; readonly typed: number }
  | { readonly kind: 'too-few'; readonly count: number; readonly typed: number };

/** The cards of the study, as the sheet knows them: labels in study order, and how to read one back. */
export interface SheetCards {
  readonly labels: readonly string[];
  readonly ids: readonly string[];
  readonly resolve: (typed: string) => string | undefined;
}

export function initPaperSheet(columns: readonly SheetColumn[]): PaperSheetState {
  return { columns, filled: [], current: 0, input: '' };
}

export const isDone = (state: PaperSheetState): boolean => state.current >= state.columns.length;

const tokens = (input: string): string[] => input.split(/[\s,;]+/).filter((t) => t !== '');

/** A token still being typed (no separator after it) that could grow into a card label. */
function mayGrow(token: string, cards: SheetCards): boolean {
  const t = token.toLowerCase();
  return cards.labels.some((l) => l.toLowerCase() !== t && l.toLowerCase().startsWith(t));
}

/** What the current line holds: the ids typed, and the first problem (checked as typed). */
export function checkLine(state: PaperSheetState, cards: SheetCards): { readonly ids: readonly string[]; readonly problem?: Problem } {
  const column = state.columns[state.current];
  if (!column) return { ids: [] };
  const typed = tokens(state.input);
  const open = typed.length > 0 && !/[\s,;]$/.test(state.input);
  const used = new Map<string, number>();
  state.filled.forEach((ids, c) => ids.forEach((id) => used.set(id, state.columns[c]!.score)));
  const ids: string[] = [];
  for (const [k, token] of typed.entries()) {
    const last = open && k === typed.length - 1;
    const id = cards.resolve(token);
    if (id === undefined) {
      if (last && mayGrow(token, cards)) break;
      return { ids, problem: { kind: 'unknown', typed: token } };
    }
    const label = cards.labels[cards.ids.indexOf(id)] ?? token;
    if (ids.includes(id)) {
      if (last && mayGrow(token, cards)) break;
      return { ids, problem: { kind: 'twice', label } };
    }
    const score = used.get(id);
    if (score !== undefined) {
      if (last && mayGrow(token, cards)) break;
      return { ids, problem: { kind: 'used', label, score } };
    }
    ids.push(id);
    if (ids.length > column.count) return { ids, problem: { kind: 'too-many', count: column.count, typed: ids.length } };
  }
  return { ids };
}

/** The cards not yet in any column (study order). */
export function remainingIds(state: PaperSheetState, cards: SheetCards): string[] {
  const used = new Set(state.filled.flat());
  return cards.ids.filter((id) => !used.has(id));
}

function enter(state: PaperSheetState, cards: SheetCards): PaperSheetState {
  const column = state.columns[state.current];
  if (!column) return state;
  const isLast = state.current === state.columns.length - 1;
  // The last column: an empty Enter takes the cards that are left (they are the only ones possible).
  const line = isLast && state.input.trim() === '' ? remainingIds(state, cards).join(' ') : state.input;
  const { ids, problem } = checkLine({ ...state, input: `${line} ` }, cards);
  if (problem) return { ...state, refused: problem };
  if (ids.length !== column.count) return { ...state, refused: { kind: 'too-few', count: column.count, typed: ids.length } };
  return { columns: state.columns, filled: [...state.filled, ids], current: state.current + 1, input: '' };
}

export function reducePaperSheet(state: PaperSheetState, action: PaperSheetAction, cards: SheetCards): PaperSheetState {
  if (isDone(state)) return state;
  const { refused: _, ...calm } = state;
  if (action.type === 'input') return { ...calm, input: action.text };
  if (action.type === 'enter') return enter(calm, cards);
  if (state.input !== '' || state.current === 0) return calm;
  const previous = state.filled[state.current - 1] ?? [];
  const label = (id: string) => cards.labels[cards.ids.indexOf(id)] ?? id;
  return { columns: state.columns, filled: state.filled.slice(0, -1), current: state.current - 1, input: previous.map(label).join(' ') };
}

/** The finished sheet in `--columns` notation ("-4:S05 / -3:S12,S07 / …"), for the same checks as every paper sort. */
export function columnsNotation(state: PaperSheetState): string {
  return state.columns.map((c, i) => `${c.score}:${(state.filled[i] ?? []).join(',')}`).join(' / ');
}
