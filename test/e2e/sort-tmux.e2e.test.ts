import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.ts';

/**
 * `qsort sort` in a real terminal: tmux at 80×24 on a private server socket,
 * keys sent with send-keys, the screen read with capture-pane. Every wait polls
 * the screen (or a file) for what it expects, with a timeout; no fixed sleeps.
 */

const BIN = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));
const SOCKET = `qsort-e2e-${process.pid}`;
let sessions = 0;

const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // the server is gone already
  }
});

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts `qsort sort …` in a new 80×24 session; the shell prints EXIT=<code> when it ends. */
function start(args: readonly string[], cwd: string, size = { columns: 80, rows: 24 }): string {
  const name = `s${++sessions}`;
  const command = `cd ${quote(cwd)} && NO_COLOR=1 LANG=en_US.UTF-8 ${quote(process.execPath)} ${quote(BIN)} sort ${args.map(quote).join(' ')}; echo EXIT=$?; sleep 120`;
  tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command);
  return name;
}

const screen = (name: string): string => tmux('capture-pane', '-p', '-t', name);

async function waitFor(name: string, text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = screen(name);
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > until) throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${s}`);
    await sleep(40);
  }
}

async function waitForFile<T>(path: string, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
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

const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);

async function newStudy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qsort-tmux-'));
  const init = await runBuilt(['init', join(dir, 'study'), '--lang', 'en'], { cwd: dir });
  expect(init.code).toBe(0);
  return join(dir, 'study');
}

/** Welcome → pre-sort (1,2,3,1,2,3,…) → the grid's first screen. */
async function throughPresort(name: string): Promise<void> {
  await waitFor(name, 'Welcome, and thank you for taking part.');
  keys(name, 'Enter');
  await waitFor(name, 'Pre-sort · 1 / 24');
  keys(name, ...Array.from({ length: 24 }, (_, i) => String((i % 3) + 1)));
  await waitFor(name, 'Every statement is on a pile: 8 agree, 8 neutral, 8 disagree.');
  keys(name, 'Enter');
  await waitFor(name, 'Grid · 0 of 24 placed');
}

/** Review → three questions → saved. */
async function throughQuestions(name: string): Promise<string> {
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
  return waitFor(name, 'EXIT=0');
}

interface Draft {
  step: string;
  grid?: { columns: string[][]; queue: string[] };
}

describe('qsort sort in a real terminal (tmux, 80×24)', () => {
  it('completes a whole sort with keystrokes and saves it', { timeout: 60_000 }, async () => {
    const study = await newStudy();
    const name = start(['--study', study, '--participant', 'P01', '--team', 'ward 3'], study);
    await throughPresort(name);
    const grid = screen(name);
    expect(grid).toContain('In your hand, from the + agree pile (8 left on this pile, 24 in all):');
    expect(grid).toContain('←/→ column · Enter place · ↑/↓ select a card · ⌫ take back · ? help');
    expect(grid.split('\n').every((line) => line.length <= 80)).toBe(true);
    // The first card goes one column left of its best place: ← then Enter; the rest by Enter alone.
    keys(name, 'Left', 'Left', 'Enter');
    await waitFor(name, 'Grid · 1 of 24 placed');
    keys(name, ...Array.from({ length: 23 }, () => 'Enter'));
    await waitFor(name, 'All 24 statements are placed.');
    keys(name, 'Enter');
    const last = await throughQuestions(name);
    expect(last).toContain('Thank you! Your sort has been saved.');
    expect(last).toContain('You can close this window now.');

    const saved = JSON.parse(readFileSync(join(study, 'sorts', 'P01.json'), 'utf8'));
    expect(saved).toMatchObject({ participant: 'P01', team: 'ward 3', source: 'interactive', language: 'en', answers: { most: 'They matter most', least: '', missing: 'Humour' } });
    const values = Object.values(saved.scores as Record<string, number>).sort((a, b) => a - b);
    expect(values).toEqual([-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
    expect(saved.scores[saved.presort.agree[0]]).toBe(2); // moved two columns left of +4
    expect(typeof saved.shuffleSeed).toBe('number');
    expect(existsSync(join(study, 'drafts', 'P01.json'))).toBe(false);
  });

  it('survives SIGKILL in the middle of the grid and resumes every placement', { timeout: 60_000 }, async () => {
    const study = await newStudy();
    const draftFile = join(study, 'drafts', 'P02.json');
    const first = start(['--study', study, '--participant', 'P02'], study);
    await throughPresort(first);
    keys(first, ...Array.from({ length: 9 }, () => 'Enter'));
    await waitFor(first, 'Grid · 9 of 24 placed');
    const before = await waitForFile<Draft>(draftFile, (d) => d.grid?.queue.length === 15);
    const shellPid = tmux('display-message', '-p', '-t', first, '#{pane_pid}').trim();
    const childrenFile = `/proc/${shellPid}/task/${shellPid}/children`;
    const children = existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8') : execFileSync('ps', ['-o', 'pid=', '--ppid', shellPid], { encoding: 'utf8' });
    const nodePid = children.trim().split(/\s+/)[0];
    expect(nodePid).toMatch(/^\d+$/);
    process.kill(Number(nodePid), 'SIGKILL');
    await waitFor(first, 'EXIT=137');

    const second = start(['--study', study, '--participant', 'P02'], study);
    await waitFor(second, 'There is an unfinished sort of “P02” (grid, 9 of 24 placed).');
    keys(second, 'Enter');
    await waitFor(second, 'Grid · 9 of 24 placed');
    keys(second, ...Array.from({ length: 15 }, () => 'Enter'));
    await waitFor(second, 'All 24 statements are placed.');
    keys(second, 'Enter');
    await throughQuestions(second);

    const saved = JSON.parse(readFileSync(join(study, 'sorts', 'P02.json'), 'utf8'));
    const scores = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
    before.grid?.columns.forEach((column, col) => {
      for (const id of column) expect(saved.scores[id]).toBe(scores[col]);
    });
    expect(before.grid?.columns.flat()).toHaveLength(9);
  });

  it('refuses at once without a terminal, pointing to add and import', async () => {
    const study = await newStudy();
    const result = await runBuilt(['sort', '--study', study, '--participant', 'X'], { cwd: study });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: sorting needs an interactive terminal; to enter a sort from paper use "qsort add", to load sorts from a file use "qsort import"\n');
    expect(existsSync(join(study, 'drafts'))).toBe(false);
  });
});
