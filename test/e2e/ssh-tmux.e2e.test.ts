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
import type { Running } from '../helpers/serve.ts';
import { keys, resumeAfterNine, screen, startProgram, throughPresort, throughQuestions, tmux, waitFor } from '../helpers/tmux.ts';

/**
 * Joining with nothing installed: the real OpenSSH client in a real terminal
 * (tmux, 80×24) against `qsort serve --plain` on 127.0.0.1, the whole sort by
 * keys. The client gets no config of its own (-F /dev/null) and a fresh
 * known_hosts, as on a participant's laptop.
 */

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Workshop {
  readonly root: string;
  readonly study: string;
  readonly server: Running;
}

async function workshop(): Promise<Workshop> {
  const root = await mkdtemp(join(tmpdir(), 'qsort-ssh-'));
  const init = await runBuilt(['init', join(root, 'study'), '--lang', 'en'], { cwd: root });
  expect(init.code).toBe(0);
  const server = await serve(join(root, 'study'));
  children.push(server.child);
  return { root, study: join(root, 'study'), server };
}

/** The participant's ssh: the exact command from serve's `ssh` line, with a known_hosts of its own (`extra` first: OpenSSH takes an option's first value). */
function ssh(w: Workshop, extra: readonly string[] = [], command = w.server.ssh): string[] {
  const [prog, ...rest] = command.split(' ');
  return [prog ?? 'ssh', ...extra, '-F', '/dev/null', '-o', `UserKnownHostsFile=${join(w.root, 'known_hosts')}`, '-o', 'StrictHostKeyChecking=accept-new', ...rest];
}

async function storedSorts(dir: string): Promise<SortRecord[]> {
  const files = (await readdir(join(dir, 'sorts'))).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => parseSortRecord(JSON.parse(await readFile(join(dir, 'sorts', f), 'utf8')), f)));
}

async function waitForLog(read: () => string, text: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!read().includes(text)) {
    if (Date.now() > until) throw new Error(`timed out waiting for "${text}" in the server's log:\n${read()}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** The name screen: the name typed, then Enter in its own packet (keys with the Enter that ends a prompt are lost). */
async function giveName(name: string, participant: string): Promise<void> {
  await waitFor(name, 'Your name or participant code');
  keys(name, '-l', participant);
  await waitFor(name, participant);
  keys(name, 'Enter');
}

describe('joining over SSH with the OpenSSH client (tmux, 80×24)', () => {
  it('asks to trust the key serve showed, then a whole sort typed with keys is stored once, valid, in colour', { timeout: 90_000 }, async () => {
    const w = await workshop();
    const name = startProgram(ssh(w, ['-o', 'StrictHostKeyChecking=ask']), w.root, undefined, { TERM: 'xterm-256color' });
    await waitFor(name, 'Are you sure you want to continue connecting');
    expect(screen(name)).toContain(`ED25519 key fingerprint is ${w.server.fingerprint}.`);
    keys(name, 'yes', 'Enter');
    await giveName(name, 'P01');
    await throughPresort(name);
    await waitForLog(w.server.stdout, 'P01: presort');
    // Colour reaches the participant (a reverse-video highlight in the grid) although serve's stdout is a pipe.
    expect(tmux('capture-pane', '-p', '-e', '-t', name)).toMatch(/\x1b\[[0-9;]*7[0-9;]*m/);
    keys(name, ...Array.from({ length: 24 }, () => 'Enter'));
    await waitFor(name, 'All 24 statements are placed.');
    keys(name, 'Enter');
    const last = await throughQuestions(name);
    expect(last).toContain('Thank you! Your sort has been saved.');
    expect(last).toContain("Saved in: the study folder on the facilitator's computer");
    const study = await readStudy(w.study);
    const [sort, ...more] = await storedSorts(w.study);
    expect(more).toEqual([]);
    expect(sort).toMatchObject({ participant: 'P01', source: 'interactive', language: 'en', answers: { most: 'They matter most', least: '', missing: 'Humour' } });
    expect(sortProblems(sort?.scores ?? {}, study.statements, study.distribution)).toEqual([]);
    await waitForLog(w.server.stdout, 'submitted P01: stored');
    expect(existsSync(join(w.study, 'drafts', 'P01.json'))).toBe(false);
  });

  it('the ssh client killed mid-grid: reconnecting with the same name resumes, and every placement is kept', { timeout: 90_000 }, async () => {
    const w = await workshop();
    const first = startProgram(ssh(w), w.root);
    await giveName(first, 'Bram');
    await throughPresort(first);
    for (let i = 0; i < 9; i++) {
      keys(first, 'Enter');
      await waitFor(first, `Grid · ${i + 1} of 24 placed`);
    }
    const draft = JSON.parse(await readFile(join(w.study, 'drafts', 'Bram.json'), 'utf8')) as { grid: { scores: number[]; columns: string[][] } };
    const placed = draft.grid.columns.flatMap((ids, c) => ids.map((id) => [id, draft.grid.scores[c]] as const));
    expect(placed).toHaveLength(9);
    tmux('kill-session', '-t', first); // the terminal and its ssh client are gone, no goodbye
    // The server notices the dropped connection, so the name is free again (a client whose network
    // vanished silently is dropped by the keepalive instead).
    let second = '';
    for (let attempt = 0; ; attempt++) {
      second = startProgram(ssh(w), w.root);
      await giveName(second, 'Bram');
      const shown = await waitFor(second, /There is an unfinished sort|Someone else is sorting/);
      if (shown.includes('There is an unfinished sort') || attempt === 20) break;
      tmux('kill-session', '-t', second);
      await new Promise((r) => setTimeout(r, 100));
    }
    const last = await resumeAfterNine(second, 'Bram');
    expect(last).toContain('Thank you! Your sort has been saved.');
    const [sort, ...more] = await storedSorts(w.study);
    expect(more).toEqual([]);
    expect(sort?.participant).toBe('Bram');
    // Every placement made before the client was killed is in the stored sort.
    for (const [id, score] of placed) expect(sort?.scores[id]).toBe(score);
  });

  it('refuses a command, sftp and a wrong code, each with its reason, and runs nothing', { timeout: 60_000 }, async () => {
    const w = await workshop();
    const marker = join(w.root, 'ran');
    const exec = startProgram([...ssh(w), 'touch', marker], w.root);
    const refused = await waitFor(exec, 'EXIT=126');
    expect(refused).toContain('qsort: only the Q-sort runs here, no commands.');
    expect(existsSync(marker)).toBe(false);
    const sftp = startProgram(['sftp', '-F', '/dev/null', '-o', `UserKnownHostsFile=${join(w.root, 'known_hosts')}`, '-o', 'StrictHostKeyChecking=accept-new', '-P', String(w.server.sshPort), `${w.server.code}@127.0.0.1`], w.root);
    const noSftp = await waitFor(sftp, /EXIT=[1-9]/);
    expect(noSftp).toContain('subsystem request failed');
    const wrong = startProgram(ssh(w, [], w.server.ssh.replace(`${w.server.code}@`, 'NOTTHIS@')), w.root);
    const told = await waitFor(wrong, 'EXIT=255');
    expect(told.replace(/\n/g, '')).toContain(`qsort: "NOTTHIS" is not the code of this session. Type the command on the screen, with the code before the @: ssh -p ${w.server.sshPort} CODE@127.0.0.1`);
    expect(told).toContain('Permission denied');
    expect(told).not.toContain(w.server.code);
    await waitForLog(w.server.stdout, 'refused   401 from 127.0.0.1: ssh: wrong session code');
    expect(w.server.stdout()).toContain('refused   403 from 127.0.0.1: ssh: command refused (touch ');
    expect(w.server.stdout()).toContain('refused   403 from 127.0.0.1: ssh: sftp refused');
  });
});
