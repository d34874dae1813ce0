import { randomBytes } from 'node:crypto';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { AbortError, DataError } from '../errors.ts';
import type { SortTexts } from '../i18n/sort.ts';
import { sortTexts } from '../i18n/sort.ts';
import { studyHeading } from '../prompts/cards.ts';
import type { ScreenSize } from '../prompts/layout.ts';
import type { SortStyle } from '../prompts/theme.ts';
import type { SortDraft } from './draft.ts';
import { draftProgress, newDraft, parseDraft } from './draft.ts';
import { DraftSaver, draftSaveError } from './draft-saver.ts';
import { choiceMessage, nameScreen, progressPhrase } from './screens.ts';
import type { SortSink } from './sink.ts';
import { runSteps } from './steps.ts';
import type { SortUi } from './ui.ts';

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

const isExit = (error: unknown): boolean => error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

/**
 * The whole participant's sort: participant → (resume?) → welcome → pre-sort →
 * grid → review → questions → save. Every action goes to `sink.saveDraft`;
 * a draft found for the participant can be resumed exactly where it stopped.
 * On Ctrl-C the draft stays and an AbortError (exit code 130) says where it is
 * and how to resume (before the participant is known: the prompt's error as is).
 */
export async function runSort(options: RunSortOptions): Promise<SortOutcome> {
  const { sink } = options;
  const texts = sortTexts(options.lang);
  let participant = options.participant?.trim() || undefined;
  let saver: DraftSaver | undefined;
  try {
    if (participant === undefined) participant = await askParticipant(options, texts);
    else {
      const existing = await sink.existingSort(participant);
      if (existing) throw new AlreadySortedError(texts.alreadySorted(participant, existing), existing);
    }
    const started = await startOrResume(options, participant, texts);
    const draft = started.team || !options.study.teams?.length ? started : { ...started, team: await askTeam(options, texts) };
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

/** The name screen: title, question, what the name is for; a name with a saved sort (or in use) is refused there and then. */
async function askParticipant(options: RunSortOptions, texts: SortTexts): Promise<string> {
  const { ui, sink, style, study, lang } = options;
  ui.clear();
  const answer = await ui.answer({
    screen: nameScreen(studyHeading(study, lang), texts, texts.askParticipant, texts.nameIntro),
    label: texts.nameLabel,
    keys: [texts.keys.next, texts.keys.stop],
    validate: async (value) => {
      const name = value.trim();
      if (name === '') return texts.participantEmpty;
      if (await sink.existingSort(name)) return texts.participantTaken(name);
      return (await sink.nameInUse?.(name)) ? texts.participantInUse(name) : true;
    },
    style,
    ...(options.size ? { size: options.size } : {}),
  });
  return answer.text.trim();
}

/** The study lists its teams and no team is known yet: choose one (or, when the list is open, type another). */
async function askTeam(options: RunSortOptions, texts: SortTexts): Promise<string> {
  const { ui, study, style, lang } = options;
  const heading = studyHeading(study, lang);
  const OTHER = '\u0000other';
  ui.clear();
  const choice = await ui.choose({
    message: choiceMessage(heading, texts, texts.askTeam, options.size ?? ui.size(), style),
    choices: [...(study.teams ?? []).map((t) => ({ value: t, name: t })), ...(study.teamsOpen ? [{ value: OTHER, name: texts.otherTeam }] : [])],
    help: texts.keys.select,
    framed: true,
  });
  if (choice !== OTHER) return choice;
  ui.clear();
  const typed = await ui.answer({
    screen: nameScreen(heading, texts, texts.askTeam, undefined),
    label: texts.teamLabel,
    keys: [texts.keys.next, texts.keys.stop],
    validate: (value) => (value.trim() === '' ? texts.teamEmpty : true),
    style,
    ...(options.size ? { size: options.size } : {}),
  });
  return typed.text.trim();
}

async function startOrResume(options: RunSortOptions, participant: string, texts: SortTexts): Promise<SortDraft> {
  const { sink, study, ui } = options;
  const stored = await sink.loadDraft(participant);
  if (stored !== undefined) {
    const draft = parseDraft(stored, study, sink.draftLocation(participant));
    const p = draftProgress(draft, study.statements.length);
    ui.clear();
    const question = texts.resumeQuestion(participant, progressPhrase(p.step, p.done, p.total, texts)).replace(/\n\s*/g, '\n ');
    const choice = await ui.choose({
      message: choiceMessage(studyHeading(study, options.lang), texts, question, options.size ?? ui.size(), options.style),
      choices: [
        { value: 'resume', name: texts.resumeYes },
        { value: 'restart', name: texts.resumeNo },
      ],
      help: texts.keys.select,
      framed: true,
    });
    if (choice === 'resume') return options.team && !draft.team ? { ...draft, team: options.team } : draft;
  }
  return newDraft({ study, participant, team: options.team, language: options.lang, seed: (options.newSeed ?? randomSeed)(), now: options.now() });
}
