import type { ProgressReport } from './progress.ts';

/**
 * Sends progress reports one at a time: identical reports (cursor moves) are
 * dropped, a new step goes out at once, changes within a step at most every
 * `intervalMs`, and only the newest waiting report is sent. Never blocks the caller.
 */
export class ProgressThrottle {
  readonly #send: (r: ProgressReport) => Promise<unknown>;
  readonly #intervalMs: number;
  #pending: ProgressReport | undefined;
  #last: ProgressReport | undefined;
  #lastAt = -Infinity;
  #inFlight = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(send: (r: ProgressReport) => Promise<unknown>, intervalMs: number) {
    this.#send = send;
    this.#intervalMs = intervalMs;
  }

  push(report: ProgressReport): void {
    if (this.#closed) return;
    const latest = this.#pending ?? this.#last;
    if (latest && latest.step === report.step && latest.placed === report.placed && latest.team === report.team) return;
    this.#pending = report;
    this.#pump();
  }

  /** A report that went out another way (the "joined" check): the same report is not sent again. */
  sentElsewhere(report: ProgressReport): void {
    if (this.#last === undefined && this.#pending === undefined) this.#last = report;
  }

  close(): void {
    this.#closed = true;
    this.#pending = undefined;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #pump(): void {
    const next = this.#pending;
    if (this.#closed || this.#inFlight || !next || this.#timer) return;
    const wait = next.step !== this.#last?.step ? 0 : this.#lastAt + this.#intervalMs - Date.now();
    if (wait > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#pump();
      }, wait);
      this.#timer.unref?.();
      return;
    }
    this.#pending = undefined;
    this.#last = next;
    this.#lastAt = Date.now();
    this.#inFlight = true;
    this.#send(next)
      .catch(() => undefined)
      .finally(() => {
        this.#inFlight = false;
        this.#pump();
      });
  }
}
