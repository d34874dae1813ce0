import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.ts';
import { keys, resumeAfterNine, screen, start, throughPresort, throughQuestions, tmux, waitFor, waitForFile } from '../helpers/tmux.ts';

/** `qsort sort` in a real terminal (tmux at 80×24, helpers in test/helpers/tmux.ts). */

async function newStudy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qsort-tmux-'));
  const init = await runBuilt(['init', join(dir, 'study'), '--lang', 'en'], { cwd: dir });
  expect(init.code).toBe(0);
  return join(dir, 'study');
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
    expect(grid).toContain('The + agree pile, 8 left: pick the card you agree with most');
    expect(grid).toContain('↑/↓ card · ←/→ column · Enter place · Tab pile · Space move · ⌫ take back');
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
    await resumeAfterNine(second, 'P02');

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
