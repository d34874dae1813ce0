import type { Lang } from '../core/types.ts';
import { IoError, ioReason, QError } from '../errors.ts';
import { errorText, problemText } from '../i18n/errors.ts';
import type { SortTexts } from '../i18n/sort.ts';
import type { SortDraft } from './draft.ts';
import type { SortSink } from './sink.ts';
import type { PromptControl } from './ui.ts';

/**
 * Saves every draft before the screen shows it (the sink's saveDraft is
 * synchronous and durable). The first write that fails stops the sort: the
 * prompt on screen is aborted through `control.signal`, nothing more is
 * written, and `check()` throws a DraftSaveError that says what happened and
 * that the draft holds everything up to the key before.
 */
export class DraftSaver {
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


/**
 * The sort stopped because its draft could not be written: the cause (which
 * file, why: "the disk is full"), that the draft holds every key but the last,
 * and how to continue. In the participant's language; exit code 4.
 */
export function draftSaveError(cause: unknown, location: string, resume: string, texts: SortTexts, lang: Lang): QError {
  // The cause of a real sink is an IoError naming the draft's file; the reason is what the participant needs.
  const errno = cause instanceof QError && cause.cause !== undefined ? cause.cause : cause;
  const why =
    (errno as NodeJS.ErrnoException | undefined)?.code !== undefined || !(cause instanceof QError) ? problemText({ code: 'io.reason', params: ioReason(errno) }, lang) : errorText(cause, lang);
  return new IoError(texts.draftNotSaved(why, location, resume), { cause, lang });
}
