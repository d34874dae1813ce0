import { PassThrough, Writable } from 'node:stream';

/**
 * An SSH channel as the terminal the sort's prompts expect. The server side of
 * an SSH session has no terminal layer (no kernel pty), so these streams do
 * what one would:
 *
 * - the keys look like a raw TTY (`isTTY`, `setRawMode`), with Ctrl-Z and
 *   Ctrl-\ dropped: Node's readline answers Ctrl-Z by sending SIGTSTP to the
 *   whole process (every participant's sort and the server would stop);
 * - the screen has `columns`/`rows` (from the pty request) and emits `resize`
 *   on window-change, turns `\n` into `\r\n`, and ignores `end()`: Inquirer
 *   ends its output after each prompt, which would close the channel.
 */

/** Keys the server never passes on: Ctrl-Z (SIGTSTP) and Ctrl-\ (SIGQUIT). */
const DROPPED = new Set([0x1a, 0x1c]);
/** Ctrl-D: on an empty line readline would close and leave the prompt waiting forever; it stops the sort instead. */
const STOP = 0x04;

/** What arrived from the participant, made safe: the keys to pass on, and whether they asked to stop (Ctrl-D). */
export function filterKeys(data: Uint8Array): { readonly keys: Buffer; readonly stop: boolean } {
  const stopAt = data.indexOf(STOP);
  const upTo = stopAt < 0 ? data : data.subarray(0, stopAt);
  const kept = upTo.filter((b) => !DROPPED.has(b));
  return { keys: Buffer.from(kept), stop: stopAt >= 0 };
}

/** The participant's keys: a readable stream that looks like a terminal in raw mode. */
export class ChannelKeys extends PassThrough {
  readonly isTTY = true;
  isRaw = false;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
}

/** The part of an ssh2 channel the screen writes to. */
export interface ChannelSink {
  write(data: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  readonly destroyed?: boolean;
}

/** The participant's screen: a writable stream with a terminal's size over an SSH channel. */
export class ChannelScreen extends Writable {
  readonly isTTY = true;
  columns: number;
  rows: number;
  readonly #channel: ChannelSink;
  #closed = false;

  constructor(channel: ChannelSink, size: { readonly columns: number; readonly rows: number }) {
    super({ decodeStrings: false });
    this.#channel = channel;
    this.columns = size.columns;
    this.rows = size.rows;
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (this.#closed || this.#channel.destroyed === true) return callback();
    if (this.#channel.write(text.replace(/\r?\n/g, '\r\n'))) callback();
    else this.#channel.once('drain', () => callback());
  }

  /** Ignored: a prompt ending must not end the participant's session (see close). */
  override end(): this {
    return this;
  }

  /** The session is over: later writes go nowhere. */
  close(): void {
    this.#closed = true;
  }

  /** The participant's window changed size (an SSH window-change request). */
  resize(size: { readonly columns: number; readonly rows: number }): void {
    if (size.columns === this.columns && size.rows === this.rows) return;
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit('resize');
  }
}
