import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/**
 * `qsort sort` in a real terminal: tmux on a private server socket (one per
 * test process, killed after the file's tests), keys sent with send-keys, the
 * screen read with capture-pane. Every wait polls the screen (or a file) for
 * what it expects, with a timeout; no fixed sleeps.
 */

const BIN = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));
const SOCKET = `qsort-e2e-${process.pid}`;
let sessions = 0;

export const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // the server is gone already
  }
});

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Starts `qsort sort …` in a new session (80×24 unless told); the shell prints
 * EXIT=<code> when it ends. `env` adds variables (e.g. QSORT_HOME).
 */
export function start(args: readonly string[], cwd: string, size = { columns: 80, rows: 24 }, env: Readonly<Record<string, string>> = {}): string {
  return startCommand(['sort', ...args], cwd, size, env);
}

/** Starts `qsort <args…>` (any command) in a new session, as {@link start} does. */
export function startCommand(args: readonly string[], cwd: string, size = { columns: 80, rows: 24 }, env: Readonly<Record<string, string>> = {}): string {
  const name = `s${++sessions}`;
  const vars = Object.entries({ NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env })
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join(' ');
  const command = `cd ${quote(cwd)} && ${vars} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo EXIT=$?; sleep 120`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command);
  return name;
}

/** Starts any program (e.g. the OpenSSH client) in a new session, as {@link start} does; no NO_COLOR unless given. */
export function startProgram(argv: readonly string[], cwd: string, size = { columns: 80, rows: 24 }, env: Readonly<Record<string, string>> = {}): string {
  const name = `s${++sessions}`;
  const vars = Object.entries({ LANG: 'en_US.UTF-8', ...env })
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join(' ');
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), `cd ${quote(cwd)} && ${vars} ${argv.map(quote).join(' ')}; echo EXIT=$?; sleep 120`);
  return name;
}

export const screen = (name: string): string => tmux('capture-pane', '-p', '-t', name);

export async function waitFor(name: string, text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = screen(name);
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > until) throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${s}`);
    await sleep(40);
  }
}

export async function waitForFile<T>(path: string, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(path)) {
      try {
        const value = JSON.parse(readFileSync(path, 'utf8')) as T;
        if (accept(value)) return value;
      } catch {
        // a reader never sees half a file (atomic rename), but the file may not exist yet
      }
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${path}`);
    await sleep(25);
  }
}

export const keys = (name: string, ...k: string[]): string => tmux('send-keys', '-t', name, ...k);

/** The default study (`qsort init`, 24 statements): welcome → pre-sort (1,2,3,1,2,3,…) → the grid's first screen. */
export async function throughPresort(name: string): Promise<void> {
  await waitFor(name, 'Welcome, and thank you for taking part.');
  keys(name, 'Enter');
  await waitFor(name, 'Pre-sort · 1 / 24');
  keys(name, ...Array.from({ length: 24 }, (_, i) => String((i % 3) + 1)));
  await waitFor(name, 'Every statement is on a pile: 8 agree, 8 neutral, 8 disagree.');
  keys(name, 'Enter');
  await waitFor(name, 'Grid · 0 of 24 placed');
}

/** The default study, a sort stopped after 9 cards in the grid: resume it, place the other 15 and answer the questions. */
export async function resumeAfterNine(name: string, participant: string): Promise<string> {
  await waitFor(name, `There is an unfinished sort of “${participant}” (grid, 9 of 24 placed).`);
  keys(name, 'Enter');
  await waitFor(name, 'Grid · 9 of 24 placed');
  keys(name, ...Array.from({ length: 15 }, () => 'Enter'));
  await waitFor(name, 'All 24 statements are placed.');
  keys(name, 'Enter');
  return throughQuestions(name);
}

/** The default study: review → three questions → the last screen. Returns the screen once the command ended with `exit`. */
export async function throughQuestions(name: string, exit = 0): Promise<string> {
  await waitFor(name, 'Review · 24 of 24 placed');
  keys(name, 'Enter');
  await waitFor(name, 'Question 1 of 3');
  keys(name, '-l', 'They matter most');
  keys(name, 'Enter');
  await waitFor(name, 'Question 2 of 3');
  keys(name, 'Enter');
  await waitFor(name, 'Question 3 of 3');
  keys(name, '-l', 'Humour');
  keys(name, 'Enter');
  return waitFor(name, `EXIT=${exit}`, 30_000);
}

/**
 * A plain shell (`sh`: no prompt decorations, no escape sequences of its own)
 * in a new session, for tests that watch the terminal around qsort: the raw
 * output (pipe-pane), the tty's modes after it ends (`stty -a`).
 */
export function startShell(cwd: string, size = { columns: 80, rows: 24 }): string {
  const name = `s${++sessions}`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), `cd ${quote(cwd)} && PS1='$ ' exec sh`);
  return name;
}

/** Types `qsort <args…>` into a shell session (NO_COLOR, English), followed by `echo EXIT=$?`. */
export function typeQsort(name: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): void {
  const vars = Object.entries({ NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env })
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join(' ');
  keys(name, '-l', `${vars} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo EXIT=$?`);
  keys(name, 'Enter');
}

/** The pid of the program the pane's shell runs (its first child). */
export function childPid(name: string): number {
  const shellPid = tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim();
  const childrenFile = `/proc/${shellPid}/task/${shellPid}/children`;
  const children = existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8') : execFileSync('ps', ['-o', 'pid=', '--ppid', shellPid], { encoding: 'utf8' });
  const pid = Number(children.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no program runs in ${name}`);
  return pid;
}
