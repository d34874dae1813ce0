import { randomBytes } from 'node:crypto';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { AbortError, DataError, IoError, ioReason, QError } from '../errors.ts';
import { errorText, problemText } from '../i18n/errors.ts';
import type { SortTexts } from '../i18n/sort.ts';
import { sortTexts } from '../i18n/sort.ts';
import { cardsFor, studyHeading } from '../prompts/cards.ts';
import type { ScreenSize } from '../prompts/layout.ts';
import { isPresortDone, toPresort } from '../prompts/presort/state.ts';
import { aimed, initGrid, placedCount } from '../prompts/qsort-grid/state.ts';
import { reviewBody } from '../prompts/review/render.ts';
import type { SortStyle } from '../prompts/theme.ts';
import { newSortId } from '../study/study-folder.ts';
import type { SortDraft, SortStep } from './draft.ts';
import { draftProgress, draftToRecord, newDraft, parseDraft } from './draft.ts';
import { capitalised, progressPhrase, questionMessage, savedScreen, welcomeBody } from './screens.ts';
import type { SortSink } from './sink.ts';
import type { PromptControl, SortUi } from './ui.ts';

export interface RunSortOptions {
  readonly study: Study;
  /** Where drafts and the finished sort go (studyFolderSink for a study folder). */
  readonly sink: SortSink;
  readonly ui: SortUi;
  /** The interface language (already chosen: --lang, else the study's, else $LANG). */
  readonly lang: Lang;
  /** The participant; asked on screen when absent. */
  readonly participant?: string | undefined;
  readonly team?: string | undefined;
  readonly style: SortStyle;
  /** The command that resumes this participant's sort, for the message after Ctrl-C. */
  readonly resumeCommand: (participant: string) => string;
  readonly now: () => Date;
  /** The shuffle seed of a new draft (default: 32 random bits). */
  readonly newSeed?: () => number;
  /** The finished sort's id (default: the sink's newSortId, else a new random id). */
  readonly newSortId?: () => string;
  /** A fixed screen size (tests); else the terminal's. */
  readonly size?: ScreenSize;
}

export interface SortOutcome {
  readonly record: SortRecord;
  /** Where the sink saved it (a path or a URL). */
  readonly location: string;
}

const randomSeed = (): number => randomBytes(4).readUInt32BE(0);

/** Thrown when the participant already has a completed sort. */
export class AlreadySortedError extends DataError {
  override name = 'AlreadySortedError';
  readonly location: string;
  constructor(message: string, location: string) {
    super(message);
    this.location = location;
  }
}

/**
 * Saves every draft before the screen shows it (the sink's saveDraft is
 * synchronous and durable). The first write that fails stops the sort: the
 * prompt on screen is aborted through `control.signal`, nothing more is
 * written, and `check()` throws a DraftSaveError that says what happened and
 * that the draft holds everything up to the key before.
 */
class DraftSaver {
  readonly #sink: SortSink;
  readonly #controller = new AbortController();
  readonly #stopped: (cause: unknown) => QError;
  #failure: QError | undefined;
  /** Passed to every prompt of the flow. */
  readonly control: PromptControl;
  constructor(sink: SortSink, stopped: (cause: unknown) => QError) {
    this.#sink = sink;
    this.#stopped = stopped;
    this.control = { signal: this.#controller.signal };
  }
  /** Writes the draft now; false (and the sort stops) when it cannot be written. */
  save(draft: SortDraft): boolean {
    if (this.#failure) return false;
    try {
      this.#sink.saveDraft(draft);
      return true;
    } catch (error) {
      this.#failure = this.#stopped(error);
      // After the key's handler has returned: the prompt then settles cleanly.
      queueMicrotask(() => this.#controller.abort(this.#failure));
      return false;
    }
  }
  get failure(): QError | undefined {
    return this.#failure;
  }
  /** Throws the write failure, if there was one. */
  check(): void {
    if (this.#failure) throw this.#failure;
  }
}

const isExit = (error: unknown): boolean => error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

/**
 * The whole participant's sort: participant → (resume?) → welcome → pre-sort →
 * grid → review → questions → save. Every action goes to `sink.saveDraft`;
 * a draft found for the participant can be resumed exactly where it stopped.
 * On Ctrl-C the draft stays and an AbortError (exit code 130) says where it is
 * and how to resume (before the participant is known: the prompt's error as is).
 */
export async function runSort(options: RunSortOptions): Promise<SortOutcome> {
  const { sink, ui } = options;
  const texts = sortTexts(options.lang);
  let participant = options.participant?.trim() || undefined;
  let saver: DraftSaver | undefined;
  try {
    if (participant === undefined) participant = await askParticipant(ui, sink, texts);
    else {
      const existing = await sink.existingSort(participant);
      if (existing) throw new AlreadySortedError(texts.alreadySorted(participant, existing), existing);
    }
    const draft = await startOrResume(options, participant, texts);
    const who = participant;
    saver = new DraftSaver(sink, (cause) => draftSaveError(cause, sink.draftLocation(who), options.resumeCommand(who), texts, options.lang));
    return await runSteps(options, draft, saver, texts);
  } catch (error) {
    if (saver?.failure) throw saver.failure;
    if (isExit(error) && participant !== undefined) {
      throw new AbortError(`${texts.stoppedDraft(sink.draftLocation(participant))}\n${texts.stoppedResume(options.resumeCommand(participant))}`, { cause: error });
    }
    throw error;
  }
}

async function askParticipant(ui: SortUi, sink: SortSink, texts: SortTexts): Promise<string> {
  ui.clear();
  const answer = await ui.text({
    message: texts.askParticipant,
    validate: async (value) => {
      const name = value.trim();
      if (name === '') return texts.participantEmpty;
      if (await sink.existingSort(name)) return texts.participantTaken(name);
      return (await sink.nameInUse?.(name)) ? texts.participantInUse(name) : true;
    },
  });
  return answer.trim();
}

async function startOrResume(options: RunSortOptions, participant: string, texts: SortTexts): Promise<SortDraft> {
  const { sink, study, ui } = options;
  const stored = await sink.loadDraft(participant);
  if (stored !== undefined) {
    const draft = parseDraft(stored, study, sink.draftLocation(participant));
    const p = draftProgress(draft, study.statements.length);
    ui.clear();
    const choice = await ui.choose({
      message: texts.resumeQuestion(participant, progressPhrase(p.step, p.done, p.total, texts)),
      choices: [
        { value: 'resume', name: texts.resumeYes },
        { value: 'restart', name: texts.resumeNo },
      ],
      help: texts.keys.select,
    });
    if (choice === 'resume') return options.team && !draft.team ? { ...draft, team: options.team } : draft;
  }
  return newDraft({ study, participant, team: options.team, language: options.lang, seed: (options.newSeed ?? randomSeed)(), now: options.now() });
}

async function runSteps(options: RunSortOptions, initial: SortDraft, saver: DraftSaver, texts: SortTexts): Promise<SortOutcome> {
  const { study, sink, ui, style, lang } = options;
  const heading = studyHeading(study, lang);
  const cards = cardsFor(study, lang);
  const total = study.statements.length;
  const sessionStart = options.now().getTime();
  const baseSeconds = initial.activeSeconds;
  let draft = initial;
  const common = { heading, cards, texts, style, ...(options.size ? { size: options.size } : {}) };

  const save = (next: SortDraft): void => {
    const now = options.now();
    draft = { ...next, activeSeconds: baseSeconds + (now.getTime() - sessionStart) / 1000, updatedAt: now.toISOString() };
    if (!saver.save(draft)) return;
    if (sink.progress) {
      const p = draftProgress(draft, total);
      sink.progress({ participant: draft.participant, ...(draft.team ? { team: draft.team } : {}), step: p.step, done: p.done, total });
    }
  };
  const goTo = async (step: SortStep, patch: Partial<SortDraft> = {}): Promise<void> => {
    save({ ...draft, ...patch, step });
    saver.check();
  };
  const { control } = saver;

  save(draft);
  saver.check();
  for (;;) {
    ui.clear();
    if (draft.step === 'welcome') {
      await ui.pager({
        ...common,
        heading: { title: heading.title, instruction: '' },
        right: capitalised(texts.stepName.welcome),
        body: welcomeBody(study, heading, texts),
        keys: [texts.keys.begin, texts.keys.stop],
        scrollKey: texts.keys.scroll,
        allowBack: false,
      }, control);
      await goTo('presort');
    } else if (draft.step === 'presort') {
      const presort = await ui.presort({ ...common, initial: draft.presort, onChange: (s) => save({ ...draft, presort: s }) }, control);
      if (!isPresortDone(presort)) continue;
      await goTo('grid', { presort, grid: draft.grid ?? initGrid(study.distribution, toPresort(presort)) });
    } else if (draft.step === 'grid') {
      // The highlight starts on the best free column also when a stopped sort resumes.
      const start = aimed(draft.grid ?? initGrid(study.distribution, toPresort(draft.presort)));
      const grid = await ui.grid({ ...common, initial: start, onChange: (s) => save({ ...draft, grid: s }) }, control);
      if (grid.queue.length > 0) continue;
      await goTo('review', { grid });
    } else if (draft.step === 'review') {
      const grid = draft.grid;
      if (!grid) {
        await goTo('grid');
        continue;
      }
      const answer = await ui.pager({
        ...common,
        right: `${texts.reviewHeading} · ${texts.progressPlaced(placedCount(grid), total)}`,
        body: reviewBody(grid.columns, grid.scores, cards, texts),
        keys: [texts.keys.confirm, texts.keys.back, texts.keys.stop],
        scrollKey: texts.keys.scroll,
        allowBack: true,
      }, control);
      await goTo(answer === 'confirm' ? 'questions' : 'grid');
    } else {
      const grid = draft.grid;
      if (!grid) {
        await goTo('grid');
        continue;
      }
      const questions = study.questions;
      const next = questions.findIndex((q) => !Object.hasOwn(draft.answers, q.id));
      if (next >= 0) {
        const question = questions[next];
        if (!question) continue;
        const typed = draft.typing?.question === question.id ? draft.typing.text : undefined;
        const answer = await ui.text({
          message: questionMessage({ question, index: next + 1, total: questions.length, grid, cards, heading, lang, texts, style, size: options.size ?? ui.size() }),
          validate: (value) => (question.required && value.trim() === '' ? texts.requiredAnswer : true),
          ...(typed !== undefined ? { initial: typed } : {}),
          onInput: (text) => save({ ...draft, typing: { question: question.id, text } }),
        }, control);
        const { typing: _typed, ...rest } = draft;
        draft = rest;
        await goTo('questions', { answers: { ...draft.answers, [question.id]: answer.trim() } });
        continue;
      }
      const record = draftToRecord(draft, { sortId: options.newSortId?.() ?? sink.newSortId?.() ?? newSortId(), finishedAt: options.now(), language: lang, statementIds: study.statements.map((s) => s.id) });
      const location = await sink.saveFinal(record);
      await sink.discardDraft(draft.participant);
      sink.progress?.({ participant: draft.participant, ...(draft.team ? { team: draft.team } : {}), step: 'saved', done: total, total });
      ui.clear();
      ui.show(savedScreen(draft.participant, location, texts, style, options.size ?? ui.size()));
      return { record, location };
    }
  }
}

/**
 * The sort stopped because its draft could not be written: the cause (which
 * file, why: "the disk is full"), that the draft holds every key but the last,
 * and how to continue. In the participant's language; exit code 4.
 */
function draftSaveError(cause: unknown, location: string, resume: string, texts: SortTexts, lang: Lang): QError {
  // The cause of a real sink is an IoError naming the draft's file; the reason is what the participant needs.
  const errno = cause instanceof QError && cause.cause !== undefined ? cause.cause : cause;
  const why =
    (errno as NodeJS.ErrnoException | undefined)?.code !== undefined || !(cause instanceof QError) ? problemText({ code: 'io.reason', params: ioReason(errno) }, lang) : errorText(cause, lang);
  return new IoError(texts.draftNotSaved(why, location, resume), { cause, lang });
}
