import xterm from '@xterm/headless';
import ssh2 from 'ssh2';
import type { Client, ClientChannel } from 'ssh2';

/**
 * An SSH participant for tests: the ssh2 client logs in with the session code
 * as the user name and opens a shell with a pty; what the server draws goes
 * into a headless xterm, so a test reads the screen as a participant sees it
 * and waits for text on it (never a fixed sleep).
 */

export interface Login {
  readonly client: Client;
}

/** Logs in; rejects with the client's error (e.g. "All configured authentication methods failed"). */
export function login(port: number, username: string): Promise<Login> {
  const client = new ssh2.Client();
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve({ client }));
    // After the login, a connection the server ends (e.g. when it closes) is not a test failure.
    client.on('error', (error) => {
      client.end();
      reject(error);
    });
    client.connect({ host: '127.0.0.1', port, username, tryKeyboard: true, hostVerifier: () => true, readyTimeout: 20_000 });
  });
}

export interface Screen {
  readonly channel: ClientChannel;
  /** The visible screen, lines joined with \n (trailing spaces trimmed). */
  text(): string;
  /** Everything received, raw (escape sequences included). */
  raw(): string;
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Sends keys in one packet. */
  send(keys: string): void;
  resize(columns: number, rows: number): void;
  /** Resolves with the exit status once the channel closes (undefined when the server sent none). */
  readonly exit: Promise<number | undefined>;
  /** What arrived on stderr. */
  stderr(): string;
}

export interface ShellOptions {
  readonly term?: string;
  readonly columns?: number;
  readonly rows?: number;
  readonly env?: Record<string, string>;
  /** false: no pty (like ssh -T). */
  readonly pty?: boolean;
}

const KEYS = { enter: '\r', up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D', backspace: '\x7f', ctrlC: '\x03', ctrlD: '\x04', ctrlZ: '\x1a' } as const;
export { KEYS };

export function shell(client: Client, options: ShellOptions = {}): Promise<Screen> {
  const columns = options.columns ?? 80;
  const rows = options.rows ?? 24;
  const window = options.pty === false ? false : { term: options.term ?? 'xterm-256color', cols: columns, rows, width: 0, height: 0 };
  return new Promise((resolve, reject) => {
    client.shell(window, { env: options.env ?? {} }, (error, channel) => {
      if (error) return reject(error);
      resolve(screenOf(channel, columns, rows));
    });
  });
}

function screenOf(channel: ClientChannel, columns: number, rows: number): Screen {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  let raw = '';
  let err = '';
  const waiters = new Set<() => void>();
  const text = (): string => {
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < term.rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  };
  channel.on('data', (data: Buffer) => {
    raw += data.toString('utf8');
    term.write(data, () => {
      for (const w of [...waiters]) w();
    });
  });
  channel.stderr.on('data', (data: Buffer) => (err += data.toString('utf8')));
  let status: number | undefined;
  channel.on('exit', (code: number | null) => (status = code ?? undefined));
  const exit = new Promise<number | undefined>((resolve) => channel.on('close', () => resolve(status)));
  const waitFor = (expected: string | RegExp, timeoutMs = 10_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const matches = (): boolean => (typeof expected === 'string' ? text().includes(expected) : expected.test(text()));
      const check = (): void => {
        if (!matches()) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(text());
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${String(expected)}; the screen shows:\n${text()}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    channel,
    text,
    raw: () => raw,
    waitFor,
    send: (keys) => channel.write(keys),
    resize: (c, r) => {
      term.resize(c, r);
      channel.setWindow(r, c, 0, 0);
    },
    exit,
    stderr: () => err,
  };
}
