import { createPrompt, isEnterKey, isTabKey, isUpKey, useEffect, useKeypress, useState } from '@inquirer/core';
import type { Status } from '@inquirer/core';
import type { ScreenSize, TerminalSize } from '../layout.ts';
import { keysLine, usableWidth } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { useTerminalSize } from '../use-terminal-size.ts';

/** What the participant did on a text screen: answered (Enter), or went back (↑ or Shift-Tab), with the text as typed. */
export interface AnswerResult {
  readonly kind: 'answer' | 'back';
  readonly text: string;
}

export interface AnswerConfig {
  /** The screen above the input line (title, question, …), laid out for the size. */
  readonly screen: (size: ScreenSize, style: SortStyle) => string;
  /** Before the typed text on the input line, e.g. "Your answer:". */
  readonly label: string;
  /** The text already given (a resumed or earlier answer), editable. */
  readonly initial?: string;
  /** The key help under the input line. */
  readonly keys: readonly string[];
  /** ↑ and Shift-Tab answer 'back' (the previous question); off for the first screen. */
  readonly allowBack?: boolean;
  /** True, or the message to show; Enter is refused until it is true. */
  readonly validate?: (value: string) => true | string | Promise<true | string>;
  /** Called with the text as typed, after every key that changes it (the flow keeps it in the draft). */
  readonly onInput?: (value: string) => void;
  readonly style?: SortStyle;
  readonly size?: ScreenSize;
  readonly terminal?: TerminalSize;
}

/**
 * A text screen like the others: the title and the question, an input line,
 * the key help under it. Enter answers (after validate), ↑ / Shift-Tab go back
 * with the text kept.
 */
export default createPrompt<AnswerResult, AnswerConfig>((config, done) => {
  const size = useTerminalSize(config.size, config.terminal);
  const style = config.style ?? PLAIN_STYLE;
  const [status, setStatus] = useState<Status>('idle');
  const [value, setValue] = useState(config.initial ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect((rl) => {
    if (config.initial) rl.write(config.initial);
  }, []);
  useKeypress(async (key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      setStatus('loading');
      // readline has emptied its line on Enter: the answer is the text as last typed
      const ok = config.validate ? await config.validate(value) : true;
      if (ok === true) {
        setStatus('done');
        done({ kind: 'answer', text: value });
      } else {
        rl.write(value);
        setError(ok);
        setStatus('idle');
      }
      return;
    }
    if (config.allowBack && (isUpKey(key, []) || (isTabKey(key) && key.shift))) {
      if (isTabKey(key)) rl.clearLine(0);
      setStatus('done');
      done({ kind: 'back', text: value });
      return;
    }
    if (isTabKey(key)) {
      // readline put the tab into the line: take it out again
      rl.clearLine(0);
      rl.write(value);
      return;
    }
    if (rl.line !== value) {
      // kept (in the draft) before it is shown
      config.onInput?.(rl.line);
      setValue(rl.line);
    }
    setError(undefined);
  });
  if (status === 'done') return '';
  const width = usableWidth(size);
  const help = style.dim(` ${keysLine(config.keys, width - 1)}`);
  const bottom = error ? `${style.error(` ${error}`)}\n${help}` : help;
  return [`${config.screen(size, style)}\n ${config.label} ${value}`, bottom];
});
