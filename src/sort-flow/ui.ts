import type { PresortConfig } from '../prompts/presort/index.ts';
import type { PresortState } from '../prompts/presort/state.ts';
import type { QsortConfig } from '../prompts/qsort-grid/index.ts';
import type { GridState } from '../prompts/qsort-grid/state.ts';
import type { PagerAnswer, PagerConfig } from '../prompts/review/index.ts';
import type { AnswerConfig, AnswerResult } from '../prompts/answer/index.ts';
import type { SortStyle } from '../prompts/theme.ts';
import type { ScreenSize } from '../prompts/layout.ts';
import { streamTerminal } from '../prompts/layout.ts';

export interface TextQuestion {
  readonly message: string;
  /** Returns true, or the message to show when the answer is not acceptable. */
  readonly validate: (value: string) => true | string | Promise<true | string>;
  /** The text already typed (a resumed answer), editable. */
  readonly initial?: string;
  /**
   * Called with the text as typed, after every key and before it is shown (the
   * flow saves it in the draft, so typed text survives a crash as it was typed).
   */
  readonly onInput?: (value: string) => void;
}

/** What the flow passes to every prompt: aborting the signal stops the prompt at once (a draft that cannot be saved). */
export interface PromptControl {
  readonly signal?: AbortSignal;
}

export interface ChoiceQuestion<T extends string> {
  readonly message: string;
  readonly choices: readonly { readonly value: T; readonly name: string }[];
  /** The key help under the choices. */
  readonly help: string;
  /** The message is a whole screen's top (title, question): no "?" before it. */
  readonly framed?: boolean;
}

/**
 * The screens the sort flow shows, one method per prompt. The terminal UI is
 * the default; tests pass a scripted one.
 */
export interface SortUi {
  /** Starts a fresh screen (one task per screen). */
  clear(): void;
  text(question: TextQuestion, control?: PromptControl): Promise<string>;
  /** A text screen with title and key help (name, team, questions); ↑ / Shift-Tab go back where allowed. */
  answer(config: AnswerConfig, control?: PromptControl): Promise<AnswerResult>;
  choose<T extends string>(question: ChoiceQuestion<T>, control?: PromptControl): Promise<T>;
  pager(config: PagerConfig, control?: PromptControl): Promise<PagerAnswer>;
  presort(config: PresortConfig, control?: PromptControl): Promise<PresortState>;
  grid(config: QsortConfig, control?: PromptControl): Promise<GridState>;
  /** Shows a final screen and returns (no prompt). */
  show(text: string): void;
  /** The size of the terminal the flow is shown on (its own output, never process.stdout). */
  size(): ScreenSize;
}

/** The real terminal: @inquirer prompts, each erased when done, the screen cleared between steps. */
export async function terminalUi(output: NodeJS.WritableStream, style: SortStyle, keys?: NodeJS.ReadableStream, signal?: AbortSignal): Promise<SortUi> {
  const [{ input, select }, presort, grid, pager, answer] = await Promise.all([
    import('@inquirer/prompts'),
    import('../prompts/presort/index.ts'),
    import('../prompts/qsort-grid/index.ts'),
    import('../prompts/review/index.ts'),
    import('../prompts/answer/index.ts'),
  ]);
  const context = { clearPromptOnDone: true, output, ...(keys ? { input: keys } : {}) };
  const terminal = streamTerminal(output);
  // Every colour from `style`, none from Inquirer's defaults: those colour by this process's own stdout,
  // and a sort served over SSH is coloured for the participant's terminal.
  const theme = {
    prefix: { idle: style.bold('?'), done: style.success('✔') },
    spinner: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map((frame) => style.dim(frame)) },
    style: {
      message: (text: string) => text,
      answer: (text: string) => text,
      error: (text: string) => style.error(`> ${text}`),
      help: style.dim,
      highlight: style.active,
      defaultAnswer: (text: string) => style.dim(`(${text})`),
      key: style.bold,
    },
  };
  // Both the flow's signal (a draft that cannot be saved) and the command's (SIGTERM, SIGHUP) stop a prompt.
  const withSignal = (control: PromptControl | undefined) => {
    const signals = [signal, control?.signal].filter((s): s is AbortSignal => s !== undefined);
    const [only] = signals;
    if (only === undefined) return context;
    return { ...context, signal: signals.length === 1 ? only : AbortSignal.any(signals) };
  };
  return {
    clear: () => output.write('\x1B[2J\x1B[H'),
    text: (q, control) => input(textConfig(q, theme), withSignal(control)),
    choose: (q, control) =>
      select(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ value: c.value, name: c.name })),
          theme: { ...theme, ...(q.framed ? { prefix: '' } : {}), style: { ...theme.style, keysHelpTip: () => style.dim(q.help) } },
        },
        withSignal(control),
      ),
    answer: (config, control) => answer.default({ terminal, style, ...config }, withSignal(control)),
    pager: (config, control) => pager.default({ terminal, ...config }, withSignal(control)),
    presort: (config, control) => presort.default({ terminal, ...config }, withSignal(control)),
    grid: (config, control) => grid.default({ terminal, ...config }, withSignal(control)),
    show: (text) => output.write(`${text}\n`),
    size: () => terminal.size(),
  };
}

/**
 * @inquirer/input's config for a text question. The transformer runs on every
 * render, before the screen is written: there the typed text goes to onInput,
 * so it is saved before it is shown. A resumed answer is prefilled, editable.
 */
function textConfig(q: TextQuestion, theme: object) {
  let last = q.initial ?? '';
  return {
    message: q.message,
    validate: q.validate,
    theme: { ...theme, prefix: '' },
    ...(q.initial ? { default: q.initial, prefill: 'editable' as const } : {}),
    transformer: (value: string, { isFinal }: { isFinal: boolean }) => {
      if (!isFinal && value !== last) {
        last = value;
        q.onInput?.(value);
      }
      return value;
    },
  };
}
