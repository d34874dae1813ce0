/**
 * Wrong session codes per address: after `max` in one window the address must
 * wait until the window ends (also with the right code, or guessing would go
 * on). Generous enough for a room behind one NAT address that mistypes.
 */
export class FailedLogins {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #byAddress = new Map<string, { count: number; since: number }>();
  /** Addresses remembered at most (the oldest are forgotten first). */
  static readonly LIMIT = 10_000;

  constructor(options: { readonly max: number; readonly windowMs: number }, now: () => number = Date.now) {
    this.#max = options.max;
    this.#windowMs = options.windowMs;
    this.#now = now;
  }

  #current(ip: string): { count: number; since: number } | undefined {
    const entry = this.#byAddress.get(ip);
    if (entry && this.#now() - entry.since >= this.#windowMs) {
      this.#byAddress.delete(ip);
      return undefined;
    }
    return entry;
  }

  /** Records a wrong code; true when it is the one that crosses the limit (so it is logged once). */
  fail(ip: string): boolean {
    const entry = this.#current(ip) ?? { count: 0, since: this.#now() };
    entry.count += 1;
    this.#byAddress.delete(ip);
    this.#byAddress.set(ip, entry);
    if (this.#byAddress.size > FailedLogins.LIMIT) {
      const oldest = this.#byAddress.keys().next().value;
      if (oldest !== undefined) this.#byAddress.delete(oldest);
    }
    return entry.count === this.#max + 1;
  }

  /** 0 when the address may log in; else the whole seconds until it may try again. */
  waitSeconds(ip: string): number {
    const entry = this.#current(ip);
    if (!entry || entry.count <= this.#max) return 0;
    return Math.max(1, Math.ceil((entry.since + this.#windowMs - this.#now()) / 1000));
  }
}
