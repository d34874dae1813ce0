import { accessibleTexts, type AccessibleTexts } from '../../i18n/accessible.ts';
import type { Lang } from '../../core/types.ts';
import type { PresortConfig } from '../../prompts/presort/index.ts';
import type { PresortState } from '../../prompts/presort/state.ts';
import { currentStatement, isPresortDone, pileSizes, reducePresort } from '../../prompts/presort/state.ts';
import { cardOf } from '../../prompts/cards.ts';
import type { ScreenSize } from '../../prompts/layout.ts';
import type { SortStyle } from '../../prompts/theme.ts';
import type { SortUi } from '../ui.ts';
import { lineGrid } from './grid.ts';
import { LineIo } from './lines.ts';

/** The width the plain screens (welcome, review, questions) are laid out for: long lines, wrapped by the reader's device. */
const ACCESSIBLE_SIZE: ScreenSize = { columns: 100, rows: 60 };

/**
 * `qsort sort --accessible` (also chosen for TERM=dumb): the same flow as the
 * full-screen sort for a participant with a screen reader or a braille
 * display. Nothing is redrawn: every prompt is one plain line, written once,
 * answered with a typed line; no cursor movement or clearing, and no escape
 * sequence at all when the style has no colour (NO_COLOR).
 */
export function accessibleUi(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, style: SortStyle, lang: Lang, signal?: AbortSignal): SortUi & { close(): void } {
  const io = new LineIo(input, output, signal);
  const t = accessibleTexts(lang);
  return {
    clear: () => io.gap(),
    async text(q) {
      const lines = plainLines(q.message);
      const prompt = lines.pop() ?? '';
      io.say(...lines);
      for (;;) {
        const answer = await io.ask(prompt);
        const ok = await q.validate(answer);
        if (ok === true) return answer;
        io.say(ok);
      }
    },
    async answer(config) {
      io.say(...plainLines(config.screen(ACCESSIBLE_SIZE, style)));
      if (config.initial) io.say(t.kept(config.initial));
      for (;;) {
        const typed = await io.ask(config.label);
        // An empty line keeps what was given before (a resumed answer).
        const text = typed === '' && config.initial ? config.initial : typed;
        const ok = config.validate ? await config.validate(text) : true;
        if (ok === true) return { kind: 'answer', text };
        io.say(ok);
      }
    },
    async choose(q) {
      io.say(...plainLines(q.message));
      q.choices.forEach((c, i) => io.say(`${i + 1}. ${c.name}`));
      for (;;) {
        const answer = await io.ask(t.chooseAsk(q.choices.length, '1'));
        const choice = answer === '' ? q.choices[0] : q.choices[Number(answer) - 1];
        if (choice && (answer === '' || /^\d+$/.test(answer))) return choice.value;
        io.say(t.notAChoice(q.choices.length));
      }
    },
    async pager(config) {
      io.say(`${config.heading.title} · ${config.right}`);
      io.say(...plainLines(config.body(ACCESSIBLE_SIZE.columns - 1, style).join('\n')));
      for (;;) {
        const answer = await io.ask(config.allowBack ? t.pagerAskBack : t.pagerAsk);
        if (answer === '') return 'confirm';
        if (config.allowBack && ['back', 'terug'].includes(answer.toLowerCase())) return 'back';
      }
    },
    presort: (config) => linePresort(io, config, t),
    grid: (config) => lineGrid(io, config, t),
    show: (text) => io.say(...plainLines(text)),
    size: () => ACCESSIBLE_SIZE,
    close: () => io.close(),
  };
}

/**
 * A screen's text as plain lines for reading: no indentation, a title and its
 * right-aligned part joined by " · " instead of a run of spaces, and no empty lines.
 */
function plainLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/ {3,}/g, ' · '))
    .filter((l) => l !== '');
}

/** The pre-sort as lines: "Card N of M: <number> <text>", then "1 disagree, 2 neutral, 3 agree:". */
async function linePresort(io: LineIo, config: PresortConfig, t: AccessibleTexts): Promise<PresortState> {
  let state = config.initial;
  const apply = (next: PresortState) => {
    if (next === state) return;
    state = next;
    config.onChange?.(next);
  };
  io.say(config.heading.title, config.heading.instruction, t.presortIntro(state.order.length));
  for (;;) {
    const id = currentStatement(state);
    if (id === undefined || isPresortDone(state)) {
      const sizes = pileSizes(state);
      io.say(t.presortDone(sizes.agree, sizes.neutral, sizes.disagree));
      const answer = await io.ask(t.presortConfirm);
      if (answer === '') return state;
      if (isBack(answer)) takeBack(io, config, t, state, apply);
      continue;
    }
    const card = cardOf(config.cards, id);
    io.say(t.presortCard(state.choices.length + 1, state.order.length, card.number, card.text));
    const answer = await io.ask(t.presortAsk);
    if (isBack(answer)) takeBack(io, config, t, state, apply);
    else if (answer === '' || answer === '1' || answer === '2' || answer === '3') {
      apply(reducePresort(state, { type: 'choose', pile: answer === '1' ? 'disagree' : answer === '3' ? 'agree' : 'neutral' }));
    } else io.say(t.presortUnknown);
  }
}

const isBack = (answer: string): boolean => ['back', 'terug'].includes(answer.toLowerCase());

function takeBack(io: LineIo, config: PresortConfig, t: AccessibleTexts, state: PresortState, apply: (s: PresortState) => void): void {
  const last = state.order[state.choices.length - 1];
  if (last === undefined) {
    io.say(t.nothingToTakeBack);
    return;
  }
  apply(reducePresort(state, { type: 'undo' }));
  io.say(t.tookBack(cardOf(config.cards, last).number));
}
