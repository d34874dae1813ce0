import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSortRecord } from '../../src/core/schema.ts';
import type { SortRecord } from '../../src/core/types.ts';
import { sortProblems } from '../../src/core/validate-sort.ts';
import { readStudy } from '../../src/study/study-folder.ts';
import { runBuilt } from '../helpers/cli.ts';
import { serve } from '../helpers/serve.ts';
import { keys, resumeAfterNine, start, throughPresort, throughQuestions, tmux, waitFor, waitForFile } from '../helpers/tmux.ts';

/**
 * The participant's side of a workshop: `qsort sort --join` in a real terminal
 * (tmux, 80×24) against a real `qsort serve --plain`, the whole sort by keys.
 */

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Workshop {
  readonly root: string;
  readonly study: string;
  /** $QSORT_HOME of the participant's computer. */
  readonly home: string;
}

async function workshop(): Promise<Workshop> {
  const root = await mkdtemp(join(tmpdir(), 'qsort-join-'));
  const init = await runBuilt(['init', join(root, 'study'), '--lang', 'en'], { cwd: root });
  expect(init.code).toBe(0);
  return { root, study: join(root, 'study'), home: join(root, 'home') };
}

async function startServer(w: Workshop, ...args: string[]) {
  const s = await serve(w.study, ...args);
  children.push(s.child);
  return s;
}

async function storedSorts(dir: string): Promise<SortRecord[]> {
  const files = (await readdir(join(dir, 'sorts'))).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => parseSortRecord(JSON.parse(await readFile(join(dir, 'sorts', f), 'utf8')), f)));
}

async function expectOneValidSort(w: Workshop, participant: string): Promise<SortRecord> {
  const study = await readStudy(w.study);
  const sorts = await storedSorts(w.study);
  expect(sorts.map((s) => s.participant)).toEqual([participant]);
  const [sort] = sorts;
  if (!sort) throw new Error('no sort');
  expect(sortProblems(sort.scores, study.statements, study.distribution)).toEqual([]);
  expect(sort).toMatchObject({ source: 'interactive', language: 'en', answers: { most: 'They matter most', least: '', missing: 'Humour' } });
  return sort;
}

async function waitForLog(read: () => string, text: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!read().includes(text)) {
    if (Date.now() > until) throw new Error(`timed out waiting for "${text}" in the server's log:\n${read()}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

const flat = (screen: string): string => screen.replace(/\s+/g, ' ');
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('qsort sort --join against qsort serve (tmux, 80×24)', () => {
  it('a participant completes the whole sort with keys; the server stores it once, valid, and logs it', { timeout: 60_000 }, async () => {
    const w = await workshop();
    const server = await startServer(w);
    const name = start(['--join', server.url, '--code', server.code.toLowerCase(), '--participant', 'P01', '--team', 'ward 3'], w.root, undefined, { QSORT_HOME: w.home });
    await throughPresort(name);
    await waitForLog(server.stdout, 'P01 (team ward 3): presort');
    keys(name, ...Array.from({ length: 24 }, () => 'Enter'));
    await waitFor(name, 'All 24 statements are placed.');
    keys(name, 'Enter');
    const last = flat(await throughQuestions(name));
    expect(last).toContain('Thank you! Your sort has been saved.');
    expect(last).toContain(`Saved in: the facilitator's computer (${server.url})`);

    const sort = await expectOneValidSort(w, 'P01');
    expect(sort.team).toBe('ward 3');
    const log = server.stdout();
    expect(count(log, 'joined    P01 (team ward 3)')).toBe(1);
    expect(count(log, 'submitted P01 (team ward 3): stored')).toBe(1);
    expect(log).toMatch(/P01 \(team ward 3\): sort, \d+\/24 placed/);

    // On the participant's computer: no draft, nothing waiting, a copy of what the server acknowledged.
    const local = join(w.home, 'joined', `127.0.0.1-${new URL(server.url).port}-${server.code}`);
    expect(existsSync(join(local, 'drafts', 'P01.json'))).toBe(false);
    expect(await readdir(join(local, 'outbox'))).toEqual([]);
    // each copy carries its own savedAt (when that computer saved it: the order of arrival); the rest is the same record
    const { savedAt: _local, ...localCopy } = JSON.parse(await readFile(join(local, 'sorts', 'P01.json'), 'utf8')) as { savedAt?: string };
    const { savedAt: _server, ...serverCopy } = sort as { savedAt?: string };
    expect(localCopy).toEqual(serverCopy);
  });

  it('stopped with Ctrl-C in the grid, the same command resumes from the local draft under the same sort id', { timeout: 60_000 }, async () => {
    const w = await workshop();
    const server = await startServer(w);
    const args = ['--join', server.url, '--code', server.code, '--participant', 'P03'];
    const draftFile = join(w.home, 'joined', `127.0.0.1-${new URL(server.url).port}-${server.code}`, 'drafts', 'P03.json');
    const first = start(args, w.root, undefined, { QSORT_HOME: w.home });
    await throughPresort(first);
    keys(first, ...Array.from({ length: 9 }, () => 'Enter'));
    await waitFor(first, 'Grid · 9 of 24 placed');
    const before = await waitForFile<{ sortId: string; grid?: { queue: string[] } }>(draftFile, (d) => d.grid?.queue.length === 15);
    keys(first, 'C-c');
    await waitFor(first, 'EXIT=130');
    const stopped = tmux('capture-pane', '-p', '-J', '-t', first); // -J: lines the terminal wrapped, joined
    expect(stopped).toContain(`Stopped. Your sort so far is saved in ${draftFile}.`);
    expect(stopped).toContain(`To continue: qsort sort --join ${server.url} --code ${server.code} --participant P03`);
    expect(stopped).not.toMatch(/^aborted$|^error:/m); // one message: where the draft is and how to go on

    const second = start(args, w.root, undefined, { QSORT_HOME: w.home });
    await resumeAfterNine(second, 'P03');

    const sort = await expectOneValidSort(w, 'P03');
    expect(sort.sortId).toBe(before.sortId);
    expect(count(server.stdout(), 'joined    P03')).toBe(1);
    expect(count(server.stdout(), 'submitted P03: stored')).toBe(1);
  });

  it('the server stops before the sort is sent: the sort waits in the outbox, and qsort sync delivers it once the server is back', { timeout: 120_000 }, async () => {
    const w = await workshop();
    const first = await startServer(w);
    const port = new URL(first.url).port;
    const name = start(['--join', first.url, '--code', first.code, '--participant', 'P02'], w.root, undefined, { QSORT_HOME: w.home, QSORT_RETRY_BASE_MS: '20' });
    await throughPresort(name);
    keys(name, ...Array.from({ length: 24 }, () => 'Enter'));
    await waitFor(name, 'All 24 statements are placed.');
    keys(name, 'Enter');
    await waitFor(name, 'Review · 24 of 24 placed');
    first.child.kill('SIGTERM');
    await first.exited;

    const end = flat(await throughQuestions(name, 4));
    expect(end).toContain('Thank you! Your sort has been saved.');
    expect(end).toMatch(/Saved in: this computer \(.+outbox.+\.json\)\. Not sent yet: the facilitator's computer cannot be reached\. "qsort sync" sends the sort as soon as the network is back\./);
    expect(end).toContain('error: the sort of "P02" is safe in');
    expect(end).toContain('connection refused (is the server running?)');
    expect(await storedSorts(w.study)).toEqual([]);

    const elsewhere = await mkdtemp(join(tmpdir(), 'qsort-cwd-'));
    const env = { QSORT_HOME: w.home, QSORT_RETRY_BASE_MS: '20' };
    const down = await runBuilt(['sync'], { cwd: elsewhere, env });
    expect(down.code).toBe(4);
    expect(down.stdout).toMatch(/^waiting {3}P02 → http:\/\/127\.0\.0\.1:\d+: cannot send the sort to .+connection refused/);

    const second = await startServer(w, '--port', port);
    expect(second.code).toBe(first.code);
    const up = await runBuilt(['sync'], { cwd: elsewhere, env });
    expect(up).toMatchObject({ code: 0, stdout: `sent      P02 → ${first.url}: stored\n` });
    await expectOneValidSort(w, 'P02');
    await waitForLog(second.stdout, 'submitted P02: stored');

    const again = await runBuilt(['sync'], { cwd: elsewhere, env });
    expect(again).toEqual({ code: 0, stdout: '', stderr: 'the outbox is empty: every sort was delivered\n' });
    expect((await storedSorts(w.study)).map((s) => s.participant)).toEqual(['P02']);
  });
});
