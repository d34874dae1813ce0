import type { SortRecord, Study } from '../../core/types.ts';
import { DataError, SortExistsError } from '../../errors.ts';
import { participantFileName, readAllSorts, readSort, saveSort } from '../../study/study-folder.ts';

/** What happened to a submitted sort. */
export type SubmitOutcome =
  | { readonly kind: 'stored'; readonly record: SortRecord }
  | { readonly kind: 'duplicate'; readonly record: SortRecord }
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string };

/** One key per participant: names that differ only in case share one file on macOS and Windows, so they are one participant. */
export const participantKey = (participant: string): string => participantFileName(participant).toLowerCase();

/**
 * The sorts of one study as the server sees them: every stored sort indexed by
 * sort id (so a resubmission is recognised, also after a restart) and by
 * participant (so a second, different sort of the same person is refused).
 * Saving goes through saveSort: atomic, fsync'ed, never overwriting.
 */
export class SortStore {
  readonly dir: string;
  readonly study: Study;
  readonly #participantBySortId = new Map<string, string>();
  readonly #sortIdByParticipant = new Map<string, string>();
  readonly #valid = new Map<string, SortRecord>();
  readonly #chains = new Map<string, Promise<SubmitOutcome>>();

  private constructor(dir: string, study: Study) {
    this.dir = dir;
    this.study = study;
  }

  /** Opens the store, indexing the sorts already in `<dir>/sorts/`. */
  static async open(dir: string, study: Study): Promise<SortStore> {
    const store = new SortStore(dir, study);
    for (const stored of await readAllSorts(dir, study)) {
      if (stored.record) store.#remember(stored.record, stored.problem === undefined);
    }
    return store;
  }

  #remember(record: SortRecord, valid: boolean): void {
    this.#participantBySortId.set(record.sortId, record.participant);
    this.#sortIdByParticipant.set(participantKey(record.participant), record.sortId);
    if (valid) this.#valid.set(participantKey(record.participant), record);
  }

  /** The valid stored sorts, in the order they arrived (those found at start first). */
  sorts(): SortRecord[] {
    return [...this.#valid.values()];
  }

  get count(): number {
    return this.#valid.size;
  }

  /** The sort id of the participant's stored sort, if any. */
  sortIdOf(participant: string): string | undefined {
    return this.#sortIdByParticipant.get(participantKey(participant));
  }

  /**
   * Stores a sort (already shape-checked) once. Resolves only after the file is
   * on disk and fsync'ed. Submissions of the same participant run one at a time.
   */
  submit(record: SortRecord): Promise<SubmitOutcome> {
    const key = participantKey(record.participant);
    const run = (): Promise<SubmitOutcome> => this.#submitNow(record);
    const previous = this.#chains.get(key);
    const next = previous ? previous.then(run, run) : run();
    this.#chains.set(key, next);
    const cleanup = (): void => {
      if (this.#chains.get(key) === next) this.#chains.delete(key);
    };
    next.then(cleanup, cleanup);
    return next;
  }

  #known(record: SortRecord): SubmitOutcome | undefined {
    const owner = this.#participantBySortId.get(record.sortId);
    if (owner !== undefined) {
      return participantKey(owner) === participantKey(record.participant)
        ? { kind: 'duplicate', record }
        : { kind: 'conflict', message: `sort ${record.sortId} was already stored for another participant` };
    }
    if (this.#sortIdByParticipant.has(participantKey(record.participant))) {
      return { kind: 'conflict', message: `participant "${record.participant}" already has a sort in this study; choose another name` };
    }
    return undefined;
  }

  async #submitNow(record: SortRecord): Promise<SubmitOutcome> {
    const known = this.#known(record);
    if (known) return known;
    try {
      await saveSort(this.dir, this.study, record);
    } catch (error) {
      if (!(error instanceof SortExistsError)) {
        if (error instanceof DataError) return { kind: 'invalid', message: error.message };
        throw error;
      }
      // A sort appeared that this server did not write (another qsort process saved or
      // imported one for this participant): index that one and decide again.
      const onDisk = await readSort(this.dir, record.participant).catch(() => undefined);
      if (!onDisk) return { kind: 'conflict', message: `participant "${record.participant}" already has a sort file that cannot be read; choose another name` };
      this.#remember(onDisk, true);
      return this.#known(record) ?? { kind: 'conflict', message: `participant "${record.participant}" already has a sort in this study` };
    }
    this.#remember(record, true);
    return { kind: 'stored', record };
  }
}
