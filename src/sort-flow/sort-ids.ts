import { newSortId, readDraft } from '../study/study-folder.ts';

/**
 * The sort id of each participant a sink serves, kept for the sink's life: the
 * one in the participant's draft (a resumed sort keeps its id, so a server
 * never stores it twice), else a new one. Shared by the network sink of
 * `sort --join` and the SSH host's sink.
 */
export interface SortIds {
  /** The id from the draft in `dir` when there is one, else a new id; the same id on every later call. */
  idFor(participant: string): Promise<string>;
  /** The id already known for the participant, else a new one (no disk access). */
  idOf(participant: string): string;
  /** Takes the id of a draft that was just read. */
  remember(participant: string, sortId: unknown): void;
}

export function sortIds(dir: string): SortIds {
  const ids = new Map<string, string>();
  const idOf = (participant: string): string => {
    const id = ids.get(participant) ?? newSortId();
    ids.set(participant, id);
    return id;
  };
  const remember = (participant: string, sortId: unknown): void => {
    if (typeof sortId === 'string' && sortId !== '') ids.set(participant, sortId);
  };
  const idFor = async (participant: string): Promise<string> => {
    if (!ids.has(participant)) {
      const draft = (await readDraft(dir, participant).catch(() => undefined)) as { sortId?: unknown } | undefined;
      remember(participant, draft?.sortId);
    }
    return idOf(participant);
  };
  return { idFor, idOf, remember };
}
