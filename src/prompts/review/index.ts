import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isUpKey, useKeypress, useState } from '@inquirer/core';
import type { KeypressEvent, Status } from '@inquirer/core';
import { cursorHide } from '@inquirer/ansi';
import type { ScreenSize, TerminalSize } from '../layout.ts';
import { usableWidth } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { useTerminalSize } from '../use-terminal-size.ts';
import { pagerViewport, renderPager, type PagerView } from './render.ts';
import type { ScrollAction, ScrollState } from './state.ts';
import { reduceScroll } from './state.ts';

export type PagerAnswer = 'confirm' | 'back';

/** What the pager shows (PagerView, with the style and the screen size optional), and whether Backspace goes back. */
export interface PagerConfig extends Omit<PagerView, 'style' | 'size'> {
  /** Backspace answers 'back' (the review goes back to the grid); off for the welcome screen. */
  readonly allowBack: boolean;
  readonly style?: SortStyle;
  readonly size?: ScreenSize;
  /** The terminal the prompt is drawn on (its size and resizes); without it and without `size`, 80×24. */
  readonly terminal?: TerminalSize;
}

export function scrollAction(key: KeypressEvent): ScrollAction | undefined {
  if (isUpKey(key, [])) return { type: 'line', delta: -1 };
  if (isDownKey(key, [])) return { type: 'line', delta: 1 };
  if (key.name === 'pageup') return { type: 'page', delta: -1 };
  if (key.name === 'pagedown' || key.name === 'space') return { type: 'page', delta: 1 };
  if (key.name === 'home') return { type: 'home' };
  if (key.name === 'end') return { type: 'end' };
  return undefined;
}

/** A scrolling text screen (welcome, review): Enter confirms, Backspace goes back when allowed. */
export default createPrompt<PagerAnswer, PagerConfig>((config, done) => {
  const size = useTerminalSize(config.size, config.terminal);
  const style = config.style ?? PLAIN_STYLE;
  const [state, setState] = useState<ScrollState>({ offset: 0 });
  const [status, setStatus] = useState<Status>('idle');
  useKeypress((key) => {
    if (status === 'done') return;
    if (isEnterKey(key) || (config.allowBack && isBackspaceKey(key))) {
      setStatus('done');
      done(isEnterKey(key) ? 'confirm' : 'back');
      return;
    }
    const action = scrollAction(key);
    if (!action) return;
    const bodyLines = config.body(usableWidth(size), style).length;
    setState(reduceScroll(state, action, bodyLines, pagerViewport(size, config.heading)));
  });
  if (status === 'done') return config.right;
  const view = { heading: config.heading, right: config.right, body: config.body, keys: config.keys, scrollKey: config.scrollKey, texts: config.texts, style, size };
  return `${renderPager(state, view)}${cursorHide}`;
});
