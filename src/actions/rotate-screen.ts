/**
 * The interactive part of `qsort rotate`: the screen on the terminal's
 * alternate buffer (the shell's screen comes back when it ends, also on
 * Ctrl+C), then one line saying whether the rotation was saved.
 */
import type { AnalysisInput, RotationStep } from '../analysis/index.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { rotateTexts } from '../i18n/rotate.ts';
import { streamTerminal } from '../prompts/layout.ts';
import rotatePrompt from '../prompts/rotate/index.ts';
import { initRotate } from '../prompts/rotate/state.ts';
import { makeSortStyle } from '../prompts/theme.ts';
import { frameModel, type RotationFrame } from './rotation-frame.ts';

const ALT_SCREEN_ON = '\x1B[?1049h\x1B[H';
const ALT_SCREEN_OFF = '\x1B[?1049l';
const SHOW_CURSOR = '\x1B[?25h';

export interface RotateScreenRequest {
  readonly deps: Deps;
  readonly input: AnalysisInput;
  readonly frame: RotationFrame;
  readonly save: (steps: readonly RotationStep[]) => Promise<void>;
  readonly title: string;
  /** The plan file as messages show it. */
  readonly shown: string;
  readonly lang: Lang;
}

export async function runRotateScreen(r: RotateScreenRequest): Promise<void> {
  const { deps, input, frame, lang } = r;
  const model = frameModel(input, frame);
  const sortIds = input.sorts.map((s) => s.id);
  const rotateModel = { sortIds, base: model.base };
  const texts = rotateTexts(lang);
  deps.stdout.write(ALT_SCREEN_ON);
  let answer;
  try {
    answer = await rotatePrompt(
      {
        model: rotateModel,
        title: r.title,
        base: frame.base,
        statementCount: input.statements.length,
        flagsOf: model.flagsOf,
        texts,
        lang,
        initial: initRotate(rotateModel, frame.steps),
        save: r.save,
        style: makeSortStyle(deps.colorLevel),
        terminal: streamTerminal(deps.stdout),
      },
      { input: deps.stdin, output: deps.stdout, clearPromptOnDone: true },
    );
  } finally {
    deps.stdout.write(`${ALT_SCREEN_OFF}${SHOW_CURSOR}`);
  }
  deps.stdout.write(`${texts.done(answer.saved && answer.steps.length > 0, r.shown)}\n`);
}
