import { createInterface } from 'node:readline';

/**
 * Line-by-line input and output for the accessible sort: every prompt is
 * written once as one plain line, and the answer is a line ended with Enter.
 * readline runs with `terminal: false`, so it writes nothing itself: no
 * cursor movement, no clearing; the terminal echoes and edits the line in its
 * own (cooked) mode, as a screen reader expects.
 *
 * End of input (Ctrl-D) rejects the question as an ExitPromptError and an
 * aborted signal (Ctrl-C, SIGTERM) as an AbortPromptError, like the
 * full-screen prompts, so the flow keeps the draft and says how to continue.
 */
export class LineIo {
  readonly #output: NodeJS.WritableStream;
  readonly #queue: string[] = [];
  #waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  #closed = false;
  readonly #close: () => void;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, signal?: AbortSignal) {
    this.#output = output;
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    rl.on('line', (line) => {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      if (waiting) waiting.resolve(line);
      else this.#queue.push(line);
    });
    rl.on('close', () => this.#fail(named('ExitPromptError', 'the input ended')));
    const onAbort = () => this.#fail(named('AbortPromptError', 'the sort was stopped'));
    signal?.addEventListener('abort', onAbort, { once: true });
    this.#close = () => {
      signal?.removeEventListener('abort', onAbort);
      rl.close();
    };
  }

  #fail(error: Error): void {
    if (this.#closed) return;
    this.#closed = true;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    this.#failure = error;
    waiting?.reject(error);
  }
  #failure: Error | undefined;

  #blank = true;

  /** Writes lines as they are (trailing spaces removed). */
  say(...lines: readonly string[]): void {
    for (const line of lines) {
      this.#output.write(`${line.trimEnd()}\n`);
      this.#blank = line.trim() === '';
    }
  }

  /** One empty line between steps (never two in a row). */
  gap(): void {
    if (!this.#blank) this.say('');
  }

  /** Writes the prompt (one line, no newline: the answer follows it) and waits for the typed line. */
  ask(prompt: string): Promise<string> {
    this.#output.write(`${prompt.trim()} `);
    this.#blank = false;
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve(queued.trim());
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<string>((resolve, reject) => {
      this.#waiting = { resolve: (line) => resolve(line.trim()), reject };
    });
  }

  /** Stops reading (the sort ended). */
  close(): void {
    this.#closed = true;
    this.#close();
  }
}

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}
