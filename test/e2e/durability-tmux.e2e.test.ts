import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.ts';
import { keys, start, throughPresort, tmux, waitFor } from '../helpers/tmux.ts';

/**
 * What the README promises of a sort in a real terminal: every key shown on
 * the screen is on disk, and a disk that fills up stops the sort at once with
 * a clear message, losing nothing that was shown.
 */

interface Draft {
  step: string;
  grid?: { columns: string[][]; queue: string[]; cursor: { col: number; row: number | null } };
  typing?: { question: string; text: string };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

async function newStudy(parent?: string): Promise<string> {
  const dir = parent ?? (await mkdtemp(join(tmpdir(), 'qsort-durable-')));
  if (!parent) cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const init = await runBuilt(['init', join(dir, 'study'), '--lang', 'en'], { cwd: dir });
  expect(init.code).toBe(0);
  return join(dir, 'study');
}

/** The pid of the qsort process in a tmux session (the shell's child). */
function nodePid(session: string): number {
  const shell = tmux('display-message', '-p', '-t', session, '#{pane_pid}').trim();
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' });
  const pid = Number(children.trim().split(/\s+/)[0]);
  expect(pid).toBeGreaterThan(0);
  return pid;
}

const readDraft = (path: string): Draft => JSON.parse(readFileSync(path, 'utf8')) as Draft;
const placed = (d: Draft): number => 24 - (d.grid?.queue.length ?? 24);

/**
 * Sends a key, waits until the screen shows its effect, then freezes the
 * process (SIGSTOP: from then on it can write nothing, as after kill -9) and
 * returns the draft on disk at that instant.
 */
async function keyThenFreeze(session: string, pid: number, draftFile: string, key: string[], shows: string | RegExp): Promise<{ draft: Draft; screen: string }> {
  keys(session, ...key);
  const shown = await waitFor(session, shows);
  process.kill(pid, 'SIGSTOP');
  try {
    return { draft: readDraft(draftFile), screen: shown };
  } finally {
    process.kill(pid, 'SIGCONT');
  }
}

describe('every key shown is on disk (tmux, 80×24)', () => {
  it('after each acknowledged key the draft holds what the screen shows; kill -9 then loses nothing', { timeout: 60_000 }, async () => {
    const study = await newStudy();
    const draftFile = join(study, 'drafts', 'K1.json');
    const session = start(['--study', study, '--participant', 'K1'], study);
    await throughPresort(session);
    const pid = nodePid(session);
    // Placements and cursor moves, each checked the moment the screen shows it.
    for (let n = 1; n <= 4; n++) {
      const { draft } = await keyThenFreeze(session, pid, draftFile, ['Enter'], `Grid · ${n} of 24 placed`);
      expect(placed(draft)).toBe(n);
    }
    for (let n = 5; n <= 24; n++) keys(session, 'Enter');
    await waitFor(session, 'All 24 statements are placed.');
    keys(session, 'Enter');
    await waitFor(session, 'Review · 24 of 24 placed');
    keys(session, 'Enter');
    await waitFor(session, 'Question 1 of 3');
    // Typed text is saved as typed, before it is shown.
    let typed = '';
    for (const ch of 'Kept') {
      typed += ch;
      const { draft } = await keyThenFreeze(session, pid, draftFile, ['-l', ch], new RegExp(`${typed}\\s*$`, 'm'));
      expect(draft).toMatchObject({ step: 'questions', typing: { question: 'most', text: typed } });
    }
    process.kill(pid, 'SIGKILL');
    await waitFor(session, 'EXIT=137');
    tmux('kill-session', '-t', session);
    expect(readDraft(draftFile).typing).toEqual({ question: 'most', text: 'Kept' });
    expect(readdirSync(join(study, 'drafts'))).toEqual(['K1.json']);

    // Resumed, the answer is there to finish.
    const again = start(['--study', study, '--participant', 'K1'], study);
    await waitFor(again, 'There is an unfinished sort of “K1” (questions');
    keys(again, 'Enter');
    await waitFor(again, /Kept\s*$/m);
    keys(again, '-l', ' all');
    keys(again, 'Enter');
    await waitFor(again, 'Question 2 of 3');
    keys(again, 'Enter');
    await waitFor(again, 'Question 3 of 3');
    keys(again, 'Enter');
    await waitFor(again, 'EXIT=0');
    tmux('kill-session', '-t', again);
    const saved = JSON.parse(readFileSync(join(study, 'sorts', 'K1.json'), 'utf8')) as { answers: Record<string, string> };
    expect(saved.answers['most']).toBe('Kept all');
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)('a disk that fills up during the sort stops it at the next key, keeping everything shown (tmpfs)', { timeout: 60_000 }, async () => {
    const mount = await mkdtemp(join(tmpdir(), 'qsort-tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]);
    cleanup.push(async () => {
      execFileSync('umount', ['-l', mount]);
      await rm(mount, { recursive: true, force: true });
    });
    const study = await newStudy(mount);
    const draftFile = join(study, 'drafts', 'F1.json');
    const session = start(['--study', study, '--participant', 'F1'], study);
    await throughPresort(session);
    keys(session, 'Enter', 'Enter', 'Enter');
    await waitFor(session, 'Grid · 3 of 24 placed');
    // Fill the disk to the last byte.
    const filler = join(mount, 'filler');
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
    } catch {
      // dd stops with "No space left on device": that is the point
    }
    keys(session, 'Enter');
    const shown = (await waitFor(session, 'EXIT=4')).replace(/\n/g, '');
    expect(shown).toContain('The sort stopped: its draft could not be saved (the disk is full).');
    expect(shown).toContain(`Make room, then continue with: qsort sort --study ${study} --participant F1`);
    expect(shown).not.toContain('Grid · 4 of 24 placed');
    // The draft holds the last key shown (3 placed); no temp file is left behind.
    expect(placed(readDraft(draftFile))).toBe(3);
    expect(readdirSync(join(study, 'drafts'))).toEqual(['F1.json']);

    tmux('kill-session', '-t', session);
  });
});
