import { DataError } from '../../../errors.ts';
import type { SshTexts } from '../../../i18n/ssh.ts';
import type { SortDraft } from '../../../sort-flow/draft.ts';
import type { SortSink } from '../../../sort-flow/sink.ts';
import { newSortId, readDraft, removeDraft, writeDraft } from '../../../study/study-folder.ts';
import type { Intake } from '../intake.ts';
import { recordProgress, submitSort } from '../intake.ts';
import { toProgressReport } from '../progress.ts';
import { ProgressThrottle } from '../progress-throttle.ts';
import { participantKey } from '../store.ts';
import { sortIds } from '../../../sort-flow/sort-ids.ts';

/**
 * The sort flow's sink for a sort served over SSH: everything stays on the
 * facilitator's side. Drafts go to the study's drafts/ folder after every key
 * (a dropped connection loses nothing; the same name resumes), the finished
 * sort goes through the same intake as one sent with `--join` (the store, the
 * board, the events), and the name is held while the session runs.
 */

/** The names held by running SSH sessions (participantKey → the session holding it). */
export type NameHolds = Map<string, object>;

export interface HostSinkOptions {
  readonly dir: string;
  readonly intake: Intake;
  readonly holds: NameHolds;
  readonly texts: SshTexts;
  /** Progress events within one step at most this often (default 1000 ms; a new step at once). */
  readonly throttleMs?: number;
}

export interface HostSink extends SortSink {
  newSortId(): string;
  nameInUse(participant: string): Promise<boolean>;
  /** The session ended: its name is free again, pending progress is dropped. */
  release(): void;
}

export function hostSink(options: HostSinkOptions): HostSink {
  const { dir, intake, holds, texts } = options;
  const me = {};
  const { idFor, idOf, remember } = sortIds(dir);
  let current: string | undefined;
  const throttle = new ProgressThrottle(async (r) => recordProgress(intake, r), options.throttleMs ?? 1000);

  const release = (): void => {
    for (const [key, holder] of holds) if (holder === me) holds.delete(key);
  };

  return {
    /** Free names are held for this session at once, so two sessions cannot both pass the check. */
    async nameInUse(participant) {
      const key = participantKey(participant);
      const holder = holds.get(key);
      if (holder !== undefined && holder !== me) return true;
      const sortId = await idFor(participant);
      const report = toProgressReport({ participant, step: 'welcome', done: 0, total: intake.study.statements.length }, sortId);
      if (intake.board.heldByOther(participant, sortId, intake.now()) || (report && recordProgress(intake, report) === 'taken')) return true;
      release();
      holds.set(key, me);
      if (report) throttle.sentElsewhere(report);
      return false;
    },
    newSortId: () => (current === undefined ? newSortId() : idOf(current)),
    release() {
      throttle.close();
      release();
    },
    existingSort: async (participant) => (intake.store.sortIdOf(participant) === undefined ? undefined : texts.facilitatorsComputer),
    async loadDraft(participant) {
      const draft = await readDraft(dir, participant);
      const sortId = (draft as { sortId?: unknown } | undefined)?.sortId;
      remember(participant, sortId);
      return draft;
    },
    async saveDraft(draft: SortDraft) {
      current = draft.participant;
      await writeDraft(dir, draft.participant, { ...draft, sortId: idOf(draft.participant) });
    },
    discardDraft: (participant) => removeDraft(dir, participant),
    draftLocation: () => texts.facilitatorsComputer,
    progress(p) {
      const report = toProgressReport(p, idOf(p.participant));
      if (report) throttle.push(report);
    },
    async saveFinal(record) {
      throttle.close();
      const result = await submitSort(intake, record);
      if (result.kind === 'conflict' || result.kind === 'invalid') throw new DataError(result.message);
      return texts.facilitatorsComputer;
    },
  };
}
