import type { Lang, Study } from '../core/types.ts';
import type { SortTexts } from '../i18n/sort.ts';
import type { Cards, StudyHeading } from '../prompts/cards.ts';
import { cardsFor, studyHeading } from '../prompts/cards.ts';
import type { ScreenSize } from '../prompts/layout.ts';
import { isPresortDone, toPresort } from '../prompts/presort/state.ts';
import { aimed, initGrid, placedCount } from '../prompts/qsort-grid/state.ts';
import { reviewBody } from '../prompts/review/render.ts';
import type { SortStyle } from '../prompts/theme.ts';
import { newSortId } from '../study/study-folder.ts';
import type { SortDraft, SortStep } from './draft.ts';
import { draftProgress, draftToRecord } from './draft.ts';
import type { DraftSaver } from './draft-saver.ts';
import { capitalised, questionScreen, savedScreen, welcomeBody } from './screens.ts';
import type { SortSink } from './sink.ts';
import type { PromptControl, SortUi } from './ui.ts';

/** What the steps need of runSort's options. */
export interface StepOptions {
  readonly study: Study;
  readonly sink: SortSink;
  readonly ui: SortUi;
  readonly lang: Lang;
  readonly style: SortStyle;
  readonly now: () => Date;
  readonly newSortId?: () => string;
  readonly size?: ScreenSize;
}

/** The record saved and where it went. */
export interface Finished {
  readonly record: ReturnType<typeof draftToRecord>;
  readonly location: string;
}

/**
 * One sort in progress: the draft, saved (durably, before the screen shows the
 * change) after every action, with the time spent over all sessions.
 */
export class Flow {
  draft: SortDraft;
  readonly options: StepOptions;
  readonly texts: SortTexts;
  readonly heading: StudyHeading;
  readonly cards: Cards;
  readonly control: PromptControl;
  readonly #saver: DraftSaver;
  readonly #sessionStart: number;
  readonly #baseSeconds: number;

  constructor(options: StepOptions, initial: SortDraft, saver: DraftSaver, texts: SortTexts) {
    this.options = options;
    this.draft = initial;
    this.texts = texts;
    this.heading = studyHeading(options.study, options.lang);
    this.cards = cardsFor(options.study, options.lang);
    this.control = saver.control;
    this.#saver = saver;
    this.#sessionStart = options.now().getTime();
    this.#baseSeconds = initial.activeSeconds;
  }

  /** What every card screen is drawn with. */
  get common() {
    const { style, size } = this.options;
    return { heading: this.heading, cards: this.cards, texts: this.texts, style, ...(size ? { size } : {}) };
  }

  get size(): ScreenSize {
    return this.options.size ?? this.options.ui.size();
  }

  save = (next: SortDraft): void => {
    const now = this.options.now();
    this.draft = { ...next, activeSeconds: this.#baseSeconds + (now.getTime() - this.#sessionStart) / 1000, updatedAt: now.toISOString() };
    if (!this.#saver.save(this.draft)) return;
    const { sink, study } = this.options;
    if (sink.progress) {
      const total = study.statements.length;
      const p = draftProgress(this.draft, total);
      sink.progress({ participant: this.draft.participant, ...(this.draft.team ? { team: this.draft.team } : {}), step: p.step, done: p.done, total });
    }
  };

  goTo(step: SortStep, patch: Partial<SortDraft> = {}): void {
    this.save({ ...this.draft, ...patch, step });
    this.#saver.check();
  }
}

/** A step shows its screen(s) and moves the draft on (goTo); 'finished' once the questions are answered. */
type Step = (flow: Flow) => Promise<'next' | 'finished'>;

const welcome: Step = async (f) => {
  const { texts, heading } = f;
  await f.options.ui.pager(
    {
      ...f.common,
      heading: { title: heading.title, instruction: '' },
      right: capitalised(texts.stepName.welcome),
      body: welcomeBody(f.options.study, heading, texts),
      keys: [texts.keys.begin, texts.keys.stop],
      scrollKey: texts.keys.scroll,
      allowBack: false,
    },
    f.control,
  );
  f.goTo('presort');
  return 'next';
};

const presort: Step = async (f) => {
  const state = await f.options.ui.presort({ ...f.common, initial: f.draft.presort, onChange: (s) => f.save({ ...f.draft, presort: s }) }, f.control);
  if (isPresortDone(state)) f.goTo('grid', { presort: state, grid: f.draft.grid ?? initGrid(f.options.study.distribution, toPresort(state)) });
  return 'next';
};

const grid: Step = async (f) => {
  // The highlight starts on the best free column also when a stopped sort resumes.
  const start = aimed(f.draft.grid ?? initGrid(f.options.study.distribution, toPresort(f.draft.presort)));
  const state = await f.options.ui.grid({ ...f.common, initial: start, onChange: (s) => f.save({ ...f.draft, grid: s }) }, f.control);
  if (state.queue.length === 0) f.goTo('review', { grid: state });
  return 'next';
};

const review: Step = async (f) => {
  const state = f.draft.grid;
  if (!state) {
    f.goTo('grid');
    return 'next';
  }
  const { texts } = f;
  const answer = await f.options.ui.pager(
    {
      ...f.common,
      right: `${texts.reviewHeading} · ${texts.progressPlaced(placedCount(state), f.options.study.statements.length)}`,
      body: reviewBody(state.columns, state.scores, f.cards, texts),
      keys: [texts.keys.confirm, texts.keys.back, texts.keys.stop],
      scrollKey: texts.keys.scroll,
      allowBack: true,
    },
    f.control,
  );
  f.goTo(answer === 'confirm' ? 'questions' : 'grid', answer === 'confirm' ? { question: 0 } : {});
  return 'next';
};

/**
 * One question per screen. Enter answers and goes on; ↑ / Shift-Tab go back
 * to the previous question (from the first: to the review), with what was
 * typed kept. The text as typed is in the draft after every key.
 */
const questions: Step = async (f) => {
  const state = f.draft.grid;
  if (!state) {
    f.goTo('grid');
    return 'next';
  }
  const list = f.options.study.questions;
  const unanswered = list.findIndex((q) => !Object.hasOwn(f.draft.answers, q.id));
  const at = f.draft.question ?? (unanswered < 0 ? list.length : unanswered);
  const question = list[at];
  if (question === undefined) return 'finished';
  const { texts, options } = f;
  const typed = f.draft.typing?.question === question.id ? f.draft.typing.text : f.draft.answers[question.id];
  const answer = await options.ui.answer(
    {
      screen: (size, style) => questionScreen({ question, index: at + 1, total: list.length, grid: state, cards: f.cards, heading: f.heading, lang: options.lang, texts, style, size }),
      label: texts.answerLabel,
      ...(typed ? { initial: typed } : {}),
      keys: [texts.keys.answer, texts.keys.previousQuestion, texts.keys.stop],
      allowBack: true,
      validate: (value) => (question.required && value.trim() === '' ? texts.requiredAnswer : true),
      onInput: (text) => f.save({ ...f.draft, typing: { question: question.id, text } }),
      style: options.style,
      ...(options.size ? { size: options.size } : {}),
    },
    f.control,
  );
  const { typing: _typing, ...rest } = f.draft;
  const answers = { ...rest.answers, [question.id]: answer.kind === 'answer' ? answer.text.trim() : answer.text };
  f.draft = rest;
  if (answer.kind === 'back') {
    f.goTo(at === 0 ? 'review' : 'questions', { answers, question: Math.max(0, at - 1) });
    return 'next';
  }
  f.goTo('questions', { answers, question: at + 1 });
  return 'next';
};

const STEPS: Readonly<Record<SortStep, Step>> = { welcome, presort, grid, review, questions };

/** Saves the finished sort, removes the draft, and shows the last screen. */
async function finish(f: Flow): Promise<Finished> {
  const { sink, study, ui, lang, style } = f.options;
  const total = study.statements.length;
  const { question: _question, ...draft } = f.draft;
  const record = draftToRecord(draft, { sortId: f.options.newSortId?.() ?? sink.newSortId?.() ?? newSortId(), finishedAt: f.options.now(), language: lang, statementIds: study.statements.map((s) => s.id) });
  const location = await sink.saveFinal(record);
  await sink.discardDraft(draft.participant);
  sink.progress?.({ participant: draft.participant, ...(draft.team ? { team: draft.team } : {}), step: 'saved', done: total, total });
  ui.clear();
  ui.show(savedScreen(draft.participant, location, f.texts, style, f.size));
  return { record, location };
}

/** The sort from the draft's step on: each step from the table, until the questions are answered. */
export async function runSteps(options: StepOptions, initial: SortDraft, saver: DraftSaver, texts: SortTexts): Promise<Finished> {
  const flow = new Flow(options, initial, saver, texts);
  flow.save(flow.draft);
  saver.check();
  for (;;) {
    options.ui.clear();
    if ((await STEPS[flow.draft.step](flow)) === 'finished') return finish(flow);
  }
}
