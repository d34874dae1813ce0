import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isSpaceKey, isTabKey, isUpKey, useKeypress, useState } from '@inquirer/core';
import type { KeypressEvent, Status } from '@inquirer/core';
import { cursorHide } from '@inquirer/ansi';
import type { SortTexts } from '../../i18n/sort.ts';
import { cardScreenView, type Cards, type StudyHeading } from '../cards.ts';
import type { ScreenSize, TerminalSize } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { useTerminalSize } from '../use-terminal-size.ts';
import { renderGrid, renderGridHelp } from './render.ts';
import type { GridAction, GridState } from './state.ts';
import { isComplete, reduceGrid } from './state.ts';

export interface QsortConfig {
  readonly heading: StudyHeading;
  readonly cards: Cards;
  readonly texts: SortTexts;
  /** Where to start: initGrid(…) or a grid restored from a draft. */
  readonly initial: GridState;
  /** Called after every change (the flow autosaves it). */
  readonly onChange?: (state: GridState) => void;
  readonly style?: SortStyle;
  /** A fixed screen size (tests, benchmarks); else the terminal's, following resizes. */
  readonly size?: ScreenSize;
  /** The terminal the prompt is drawn on (its size and resizes); without it and without `size`, 80×24. */
  readonly terminal?: TerminalSize;
}

/** Keys → grid actions (arrows, Enter, Space, Tab, Esc, Backspace; letters stay free for later shortcuts). */
export function gridAction(key: KeypressEvent): GridAction | undefined {
  if (isEnterKey(key)) return { type: 'enter' };
  if (key.name === 'left') return { type: 'arrow', dx: -1, dy: 0 };
  if (key.name === 'right') return { type: 'arrow', dx: 1, dy: 0 };
  if (isUpKey(key, [])) return { type: 'arrow', dx: 0, dy: -1 };
  if (isDownKey(key, [])) return { type: 'arrow', dx: 0, dy: 1 };
  if (isSpaceKey(key)) return { type: 'space' };
  if (isTabKey(key)) return { type: 'tab', delta: key.shift ? -1 : 1 };
  if (key.name === 'escape') return { type: 'escape' };
  if (isBackspaceKey(key)) return { type: 'undo' };
  return undefined;
}

/** `?` (or F1) opens the help; readline names `?` only by its sequence. */
export function isHelpKey(key: KeypressEvent): boolean {
  return key.name === '?' || key.name === 'f1' || (key as KeypressEvent & { sequence?: string }).sequence === '?';
}

/**
 * The grid prompt. Resolves with the complete grid when every card is placed
 * and Enter is pressed outside carry mode (with a card picked up, Enter drops it).
 */
export default createPrompt<GridState, QsortConfig>((config, done) => {
  const size = useTerminalSize(config.size, config.terminal);
  const [state, setState] = useState<GridState>(config.initial);
  const [status, setStatus] = useState<Status>('idle');
  const [help, setHelp] = useState(false);
  useKeypress((key) => {
    if (status === 'done') return;
    if (help) {
      setHelp(false);
      return;
    }
    if (isHelpKey(key)) {
      setHelp(true);
      return;
    }
    if (isEnterKey(key) && isComplete(state) && state.mode === 'grid') {
      setStatus('done');
      done(state);
      return;
    }
    const action = gridAction(key);
    if (!action) return;
    const next = reduceGrid(state, action);
    if (next === state) return;
    setState(next);
    config.onChange?.(next);
  });
  if (status === 'done') return config.texts.gridStep;
  const view = cardScreenView(config, size);
  return `${help ? renderGridHelp(view) : renderGrid(state, view)}${cursorHide}`;
});
