import { seededShuffle } from '../core/shuffle.ts';
import type { Lang, SortRecord, Study } from '../core/types.ts';
import { isLang } from '../core/schema.ts';
import { DataError } from '../errors.ts';
import type { PresortState } from '../prompts/presort/state.ts';
import { initPresort, presortProblem, toPresort } from '../prompts/presort/state.ts';
import type { GridState } from '../prompts/qsort-grid/state.ts';
import { restoreGrid } from '../prompts/qsort-grid/check.ts';
import { placedCount, toScores } from '../prompts/qsort-grid/state.ts';

/**
 * A sort in progress: everything needed to continue exactly where it stopped.
 * It is written whole after every action (drafts/<participant>.json), so a
 * process killed at any moment leaves the last complete state behind.
 */
export const SORT_STEPS = ['welcome', 'presort', 'grid', 'review', 'questions'] as const;
export type SortStep = (typeof SORT_STEPS)[number];

export interface SortDraft {
  readonly kind: 'qsort-draft';
  readonly schemaVersion: 1;
  readonly participant: string;
  readonly team?: string;
  /** The interface language the sort started in. */
  readonly language: Lang;
  readonly shuffleSeed: number;
  readonly startedAt: string;
  /** Seconds spent in the sort so far, over all sessions. */
  readonly activeSeconds: number;
  readonly updatedAt: string;
  readonly step: SortStep;
  readonly presort: PresortState;
  /** Present from the grid step on. */
  readonly grid?: GridState;
  /** Answers given so far (question id → text). */
  readonly answers: Readonly<Record<string, string>>;
  /** The question on screen (its index; absent: the first unanswered one). */
  readonly question?: number;
  /** The answer being typed (saved at every key, before it is shown), until Enter moves it to `answers`. */
  readonly typing?: { readonly question: string; readonly text: string };
}

export interface NewDraftInput {
  readonly study: Study;
  readonly participant: string;
  readonly team?: string | undefined;
  readonly language: Lang;
  readonly seed: number;
  readonly now: Date;
}

export function newDraft(input: NewDraftInput): SortDraft {
  const ids = input.study.statements.map((s) => s.id);
  return {
    kind: 'qsort-draft',
    schemaVersion: 1,
    participant: input.participant,
    ...(input.team ? { team: input.team } : {}),
    language: input.language,
    shuffleSeed: input.seed,
    startedAt: input.now.toISOString(),
    activeSeconds: 0,
    updatedAt: input.now.toISOString(),
    step: 'welcome',
    presort: initPresort(seededShuffle(ids, input.seed)),
    answers: {},
  };
}

/** Checks a draft read back from storage against the study; throws a DataError naming the problem. */
export function parseDraft(value: unknown, study: Study, where: string): SortDraft {
  const fail = (problem: string): never => {
    throw new DataError(`${where}: ${problem}; remove the file to start this participant's sort again`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a sort draft');
  const d = value as Record<string, unknown>;
  if (d['kind'] !== 'qsort-draft' || d['schemaVersion'] !== 1) fail('not a qsort draft of schema version 1');
  if (typeof d['participant'] !== 'string' || d['participant'] === '') fail('the participant is missing');
  if (!isLang(d['language'])) fail('the language is not "nl" or "en"');
  if (typeof d['shuffleSeed'] !== 'number' || typeof d['activeSeconds'] !== 'number') fail('the seed or the time spent is missing');
  if (typeof d['startedAt'] !== 'string') fail('the start time is missing');
  if (!(SORT_STEPS as readonly unknown[]).includes(d['step'])) fail(`the step ${JSON.stringify(d['step'])} is unknown`);
  const ids = study.statements.map((s) => s.id);
  const presortIssue = presortProblem(d['presort'], ids);
  if (presortIssue) fail(presortIssue);
  const step = d['step'] as SortStep;
  const needsGrid = step === 'grid' || step === 'review' || step === 'questions';
  let grid: GridState | undefined;
  if (needsGrid || d['grid'] !== undefined) {
    const restored = restoreGrid(d['grid'], ids, study.distribution);
    if (typeof restored === 'string') return fail(restored);
    grid = restored;
  }
  if (needsGrid && (d['presort'] as PresortState).choices.length !== ids.length) fail('the pre-sort is not finished but the grid has started');
  if ((step === 'review' || step === 'questions') && grid && grid.queue.length > 0) fail('the grid is not complete');
  const answers = d['answers'];
  if (typeof answers !== 'object' || answers === null || !Object.values(answers).every((a) => typeof a === 'string')) fail('the answers are damaged');
  const question = d['question'];
  if (question !== undefined && (typeof question !== 'number' || !Number.isInteger(question) || question < 0 || question > study.questions.length)) fail('the question on screen is unknown');
  const typing = d['typing'] as { question?: unknown; text?: unknown } | undefined;
  if (typing !== undefined && (typeof typing !== 'object' || typing === null || typeof typing.question !== 'string' || typeof typing.text !== 'string')) fail('the answer being typed is damaged');
  return { ...(value as SortDraft), ...(grid ? { grid } : {}) };
}

/** Where the draft stands, for the resume question: "grid, 9 of 24 placed". */
export function draftProgress(draft: SortDraft, total: number): { step: SortStep; done: number; total: number } {
  const done =
    draft.step === 'presort' ? draft.presort.choices.length
    : draft.grid ? placedCount(draft.grid)
    : 0;
  return { step: draft.step, done, total };
}

export interface FinishInput {
  readonly sortId: string;
  readonly finishedAt: Date;
  readonly language: Lang;
  /** The study's statement ids: the scores are written in this order. */
  readonly statementIds: readonly string[];
}

/** The completed sort as stored: scores from the grid, plus the pre-sort, seed, times, answers and language. */
export function draftToRecord(draft: SortDraft, input: FinishInput): SortRecord {
  if (!draft.grid || draft.grid.queue.length > 0) throw new DataError(`the sort of "${draft.participant}" is not complete`);
  const byId = toScores(draft.grid);
  return {
    schemaVersion: 1,
    sortId: input.sortId,
    participant: draft.participant,
    ...(draft.team ? { team: draft.team } : {}),
    language: input.language,
    source: 'interactive',
    startedAt: draft.startedAt,
    finishedAt: input.finishedAt.toISOString(),
    durationSeconds: Math.round(draft.activeSeconds),
    shuffleSeed: draft.shuffleSeed,
    presort: toPresort(draft.presort),
    scores: Object.fromEntries(input.statementIds.map((id) => [id, byId[id] ?? 0])),
    answers: { ...draft.answers },
  };
}
