import { createPrompt, useKeypress, useState } from '@inquirer/core';
import type { KeypressEvent } from '@inquirer/core';
import { cursorHide } from '@inquirer/ansi';
import type { RotationStep } from '../../analysis/judgmental-rotation.ts';
import type { ScreenSize, TerminalSize } from '../layout.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { useTerminalSize } from '../use-terminal-size.ts';
import { renderRotate, type RotateContext } from './render.ts';
import { isUnsaved, reduceRotate, type RotateAction, type RotateState } from './state.ts';

export interface RotateConfig extends Omit<RotateContext, 'size' | 'style'> {
  readonly initial: RotateState;
  /** Saves the steps (the plan file); the screen then says "saved". */
  readonly save: (steps: readonly RotationStep[]) => Promise<void>;
  readonly style?: RotateContext['style'];
  /** A fixed screen size (tests); else the terminal's, following resizes. */
  readonly size?: ScreenSize;
  /** The terminal the screen is drawn on (its size and resizes); without it and without `size`, 80×24. */
  readonly terminal?: TerminalSize;
}

/** What the prompt resolves with: whether the last steps on screen were saved. */
export interface RotateAnswer {
  readonly saved: boolean;
  readonly steps: readonly RotationStep[];
}

/** The character a key typed: readline names letters but gives `+`, `?`, `0` only as their sequence. */
const sequence = (key: KeypressEvent): string => (key as KeypressEvent & { sequence?: string }).sequence || key.name || '';

/** Keys of the plot → actions; undefined for a key the screen does not use. */
export function rotateAction(key: KeypressEvent): RotateAction | undefined {
  const seq = sequence(key);
  if (key.name === 'right') return { type: 'turn', direction: 1 };
  if (key.name === 'left') return { type: 'turn', direction: -1 };
  if (seq === '+' || seq === '=') return { type: 'stepSize', direction: 1 };
  if (seq === '-' || seq === '_') return { type: 'stepSize', direction: -1 };
  if (key.name === 'down') return { type: 'pair', direction: 1 };
  if (key.name === 'up') return { type: 'pair', direction: -1 };
  if (key.name === 'tab') return { type: 'select', direction: key.shift ? -1 : 1 };
  if (key.name === 'escape') return { type: 'deselect' };
  if (key.name === 'a') return { type: 'onto', axis: 0 };
  if (key.name === 'b') return { type: 'onto', axis: 1 };
  if (key.name === 'u') return { type: 'undo' };
  if (key.name === 'r') return { type: 'redo' };
  if (seq === '0') return { type: 'reset' };
  return undefined;
}

/**
 * The judgmental rotation screen. s saves (through `config.save`), q leaves —
 * asking first when the steps on screen are not saved (y saves and leaves, n
 * leaves, Esc stays; Dutch j for y).
 */
export default createPrompt<RotateAnswer, RotateConfig>((config, done) => {
  const size = useTerminalSize(config.size, config.terminal);
  const [state, setState] = useState<RotateState>(config.initial);
  const [busy, setBusy] = useState(false);
  const save = async (current: RotateState, leave: boolean) => {
    setBusy(true);
    await config.save(current.steps);
    setBusy(false);
    const next = reduceRotate({ ...current, mode: 'plot' }, { type: 'saved', steps: current.steps }, config.model);
    setState(next);
    if (leave) done({ saved: true, steps: current.steps });
  };
  useKeypress(async (key) => {
    if (busy) return;
    const seq = sequence(key);
    if (state.mode === 'help') {
      setState({ ...state, mode: 'plot' });
      return;
    }
    if (state.mode === 'leave') {
      if (key.name === 'y' || key.name === 'j') await save(state, true);
      else if (key.name === 'n') done({ saved: false, steps: state.steps });
      else if (key.name === 'escape') setState({ ...state, mode: 'plot' });
      return;
    }
    if (key.name === 's') await save(state, false);
    else if (key.name === 'q') {
      if (isUnsaved(state)) setState({ ...state, mode: 'leave' });
      else done({ saved: true, steps: state.steps });
    } else if (seq === '?' || key.name === 'f1') setState({ ...state, mode: 'help' });
    else {
      const action = rotateAction(key);
      if (action) setState(reduceRotate(state, action, config.model));
    }
  });
  return `${renderRotate(state, { ...config, style: config.style ?? PLAIN_STYLE, size })}${cursorHide}`;
});
