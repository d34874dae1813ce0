import { createPrompt, isBackspaceKey, isEnterKey, isNumberKey, useKeypress, useState } from '@inquirer/core';
import type { Status } from '@inquirer/core';
import { cursorHide } from '@inquirer/ansi';
import type { SortTexts } from '../../i18n/sort.ts';
import { cardScreenView, type Cards, type StudyHeading } from '../cards.ts';
import type { ScreenSize, TerminalSize } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { useTerminalSize } from '../use-terminal-size.ts';
import { renderPresort } from './render.ts';
import type { PresortAction, PresortState } from './state.ts';
import { isPresortDone, PILES, reducePresort } from './state.ts';

export interface PresortConfig {
  readonly heading: StudyHeading;
  readonly cards: Cards;
  readonly texts: SortTexts;
  /** Where to start: a fresh state or one restored from a draft. */
  readonly initial: PresortState;
  /** Called after every change (the flow autosaves it). */
  readonly onChange?: (state: PresortState) => void;
  readonly style?: SortStyle;
  /** A fixed screen size (tests); else the terminal's, following resizes. */
  readonly size?: ScreenSize;
  /** The terminal the prompt is drawn on (its size and resizes); without it and without `size`, 80×24. */
  readonly terminal?: TerminalSize;
}

/** Keys → pre-sort actions: 1/2/3, ←/→ and Enter, Backspace. */
export function presortAction(key: { name: string }): PresortAction | undefined {
  if (isNumberKey({ name: key.name, ctrl: false, shift: false })) {
    const pile = PILES[Number(key.name) - 1];
    return pile ? { type: 'choose', pile } : undefined;
  }
  if (key.name === 'left') return { type: 'move', dx: -1 };
  if (key.name === 'right') return { type: 'move', dx: 1 };
  if (isBackspaceKey({ name: key.name, ctrl: false, shift: false })) return { type: 'undo' };
  return undefined;
}

/** The pre-sort prompt: resolves with the final state once every statement is on a pile and Enter is pressed. */
export default createPrompt<PresortState, PresortConfig>((config, done) => {
  const size = useTerminalSize(config.size, config.terminal);
  const [state, setState] = useState<PresortState>(config.initial);
  const [status, setStatus] = useState<Status>('idle');
  useKeypress((key) => {
    if (status === 'done') return;
    if (isEnterKey(key) && isPresortDone(state)) {
      setStatus('done');
      done(state);
      return;
    }
    const action = isEnterKey(key) ? ({ type: 'confirm' } as const) : presortAction(key);
    if (!action) return;
    const next = reducePresort(state, action);
    if (next === state) return;
    setState(next);
    config.onChange?.(next);
  });
  if (status === 'done') return config.texts.presortHeading;
  const view = cardScreenView(config, size);
  return `${renderPresort(state, view)}${cursorHide}`;
});
