import type { SortRecord, Study } from '../core/types.ts';
import { SortExistsError } from '../errors.ts';
import { draftPath, readDraft, readSort, removeDraft, saveSort, sortPath, writeDraft } from '../study/study-folder.ts';
import type { SortDraft, SortStep } from './draft.ts';

/** Where a sort stands, for a facilitator's dashboard. */
export interface SortProgress {
  readonly participant: string;
  readonly team?: string;
  readonly step: SortStep | 'saved';
  /** Statements decided (pre-sort) or placed (grid) so far. */
  readonly done: number;
  readonly total: number;
}

/**
 * Where a sort goes. The flow (runSort) only talks to a sink, so the same
 * screens can save into a study folder (studyFolderSink, the default) or send
 * to a server (`qsort sort --join URL --code CODE`).
 *
 * Contract:
 * - saveDraft is called after every action with the whole draft, between the
 *   key and the redraw. It is synchronous and durable: it returns only once
 *   the draft is on disk, atomically (a reader sees the previous draft or this
 *   one, never half), and throws when it cannot be written. So the screen
 *   never shows a key that the draft does not hold, and a failing write stops
 *   the sort at that key.
 * - saveFinal must never overwrite an existing sort of the participant: it
 *   throws a QError instead, and the flow keeps the draft.
 * - loadDraft returns whatever saveDraft stored (unchecked JSON) or undefined.
 */
export interface SortSink {
  /** A sort already saved for the participant: where it is, or undefined. */
  existingSort(participant: string): Promise<string | undefined>;
  /**
   * Optional: someone else is sorting under this name right now (a workshop
   * server's session), so a name typed at the prompt is refused as in use, not
   * as already saved. A caller that passes the participant checks it itself.
   */
  nameInUse?(participant: string): Promise<boolean>;
  loadDraft(participant: string): Promise<unknown>;
  saveDraft(draft: SortDraft): void;
  discardDraft(participant: string): Promise<void>;
  /** Saves the completed sort; returns where it went (a path or a URL). */
  saveFinal(record: SortRecord): Promise<string>;
  /** Where the draft is kept, for the "stopped" message. */
  draftLocation(participant: string): string;
  /** Optional: the id of the participant's finished sort (default: a new random id). */
  newSortId?(): string;
  /** Optional: reports progress after every action (the folder sink has no use for it). */
  progress?(progress: SortProgress): void;
}

/** The default sink: the study folder (sorts/, drafts/) through the atomic study-folder functions. */
export function studyFolderSink(dir: string, study: Study): SortSink {
  return {
    async existingSort(participant) {
      return (await readSort(dir, participant)) ? sortPath(dir, participant) : undefined;
    },
    loadDraft: (participant) => readDraft(dir, participant),
    saveDraft: (draft) => writeDraft(dir, draft.participant, draft),
    discardDraft: (participant) => removeDraft(dir, participant),
    async saveFinal(record) {
      try {
        return await saveSort(dir, study, record);
      } catch (error) {
        if (error instanceof SortExistsError && (await readSort(dir, record.participant).catch(() => undefined))) {
          const [stored, draft] = [sortPath(dir, record.participant), draftPath(dir, record.participant)];
          throw new SortExistsError(`participant "${record.participant}" already has a sort (${stored}); this sort stays in ${draft}`, {
            cause: error,
            nl: `deelnemer "${record.participant}" heeft al een sortering (${stored}); deze sortering blijft bewaard in ${draft}`,
          });
        }
        throw error;
      }
    },
    draftLocation: (participant) => draftPath(dir, participant),
  };
}
