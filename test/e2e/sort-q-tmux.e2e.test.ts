import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStudy } from '../../src/core/schema.ts';
import { sortProblems } from '../../src/core/validate-sort.ts';
import { runBuilt } from '../helpers/cli.ts';
import { childPid, keys, screen, start, startShell, tmux, typeQsort, waitFor, waitForFile } from '../helpers/tmux.ts';

/**
 * The sort as Q-methodology means it, in a real terminal: the pile in view,
 * choosing the card, moving with pick / carry / drop, questions that go back,
 * teams, the accessible line mode, and a terminal left usable after SIGTERM.
 */

async function newStudy(patch: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qsort-q-'));
  const study = join(dir, 'study');
  expect((await runBuilt(['init', study, '--lang', 'en'], { cwd: dir })).code).toBe(0);
  const file = join(study, 'study.json');
  await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), ...patch }, null, 2));
  return study;
}

interface Draft {
  step: string;
  presort: { order: string[]; choices: string[] };
  grid?: { columns: string[][]; queue: string[] };
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The agree pile of a draft, in order (pre-sort choices 3, 1, 2, … give 8 agree cards). */
const agreePile = (d: Draft): string[] => d.presort.order.filter((_, i) => d.presort.choices[i] === 'agree');

describe('the Q way of sorting (tmux)', () => {
  it('120×40: team and name, the whole agree pile in view, the third card placed, a card carried across the grid, a question gone back to', { timeout: 60_000 }, async () => {
    const study = await newStudy({ teams: ['Sales', 'Service'] });
    const texts = new Map(parseStudy(readJson(join(study, 'study.json')), 'study.json').statements.map((s, i) => [s.id, { number: String(i + 1), text: s.text.en ?? '' }]));
    const name = start(['--study', study], study, { columns: 120, rows: 40 });
    await waitFor(name, 'Your name or participant code?');
    expect(screen(name)).toMatch(/^ Customer focus of employees +Name$/m);
    keys(name, '-l', 'Anne');
    keys(name, 'Enter');
    await waitFor(name, 'Which team are you in?');
    keys(name, 'Down', 'Enter');
    await waitFor(name, 'Welcome, and thank you for taking part.');
    keys(name, 'Enter');
    await waitFor(name, 'Pre-sort · 1 / 24');
    keys(name, ...Array.from({ length: 24 }, (_, i) => String(((i + 2) % 3) + 1)));
    await waitFor(name, 'Every statement is on a pile: 8 agree, 8 neutral, 8 disagree.');
    keys(name, 'Enter');
    const first = await waitFor(name, 'Grid · 0 of 24 placed');
    const draftFile = join(study, 'drafts', 'Anne.json');
    const pile = agreePile(readJson<Draft>(draftFile));
    expect(pile).toHaveLength(8);
    // Every card of the agree pile, with its text, on one screen.
    for (const id of pile) expect(first).toContain(`${texts.get(id)?.number}  ${texts.get(id)?.text.slice(0, 40)}`);
    expect(first).toContain('The + agree pile, 8 left: pick the card you agree with most');

    // The third card of the pile, not the first, goes to +4.
    keys(name, 'Down', 'Down', 'Enter');
    await waitFor(name, 'Grid · 1 of 24 placed');
    const third = pile[2] ?? '';
    expect((await waitForFile<Draft>(draftFile, (d) => (d.grid?.columns[8]?.length ?? 0) === 1)).grid?.columns[8]).toEqual([third]);

    // Pick it up, carry it to −4 (eight columns left), drop it.
    keys(name, 'Space');
    await waitFor(name, 'Selected card in column +4:');
    keys(name, 'Space');
    await waitFor(name, `Card ${texts.get(third)?.number} picked up`);
    keys(name, ...Array.from({ length: 8 }, () => 'Left'));
    await waitFor(name, `to the free place in column −4.`);
    keys(name, 'Enter');
    const moved = await waitForFile<Draft>(draftFile, (d) => d.grid?.columns[0]?.[0] === third);
    expect(moved.grid?.columns[8]).toEqual([]);

    // Back to the pile; Enter again and again finishes the sort.
    keys(name, 'Escape');
    await waitFor(name, 'The + agree pile, 7 left');
    keys(name, ...Array.from({ length: 23 }, () => 'Enter'));
    await waitFor(name, 'All 24 statements are placed.');
    keys(name, 'Enter');
    await waitFor(name, 'Review · 24 of 24 placed');
    keys(name, 'Enter');
    await waitFor(name, 'Question 1 of 3');
    expect(screen(name)).toContain('Enter answer · ↑ previous question · Ctrl-C stop');
    keys(name, '-l', 'They matter most');
    keys(name, 'Enter');
    await waitFor(name, 'Question 2 of 3');
    keys(name, 'Up');
    await waitFor(name, 'Question 1 of 3');
    await waitFor(name, 'Your answer: They matter most');
    keys(name, '-l', '!');
    keys(name, 'Enter');
    await waitFor(name, 'Question 2 of 3');
    keys(name, 'Enter');
    await waitFor(name, 'Question 3 of 3');
    keys(name, 'Enter');
    await waitFor(name, 'EXIT=0', 20_000);

    const saved = readJson<{ team: string; participant: string; scores: Record<string, number>; answers: Record<string, string> }>(join(study, 'sorts', 'Anne.json'));
    expect(saved).toMatchObject({ participant: 'Anne', team: 'Service', answers: { most: 'They matter most!', least: '', missing: '' } });
    expect(saved.scores[third]).toBe(-4);
    const parsed = parseStudy(readJson(join(study, 'study.json')), 'study.json');
    expect(sortProblems(saved.scores, parsed.statements, parsed.distribution)).toEqual([]);
  });

  it('--accessible: a whole sort typed as lines (empty lines throughout), never a cursor movement or clearing sequence', { timeout: 60_000 }, async () => {
    const study = await newStudy();
    const raw = join(study, 'raw.log');
    const name = startShell(study, { columns: 100, rows: 30 });
    tmux('pipe-pane', '-o', '-t', name, `cat >> '${raw}'`);
    typeQsort(name, ['sort', '--study', study, '--participant', 'P2', '--accessible']);
    await waitFor(name, 'Press Enter to go on:');
    keys(name, 'Enter');
    await waitFor(name, '1 disagree, 2 neutral, 3 agree:');
    expect(screen(name)).toMatch(/Card 1 of 24: \d+ \S/);
    keys(name, ...Array.from({ length: 24 }, () => 'Enter'));
    await waitFor(name, 'Every statement is on a pile: 0 agree, 24 neutral, 0 disagree.');
    keys(name, 'Enter');
    await waitFor(name, /Which card do you place\? Type its number \(Enter: \d+\):/);
    keys(name, ...Array.from({ length: 48 }, () => 'Enter'));
    await waitFor(name, 'Press Enter to review your sort:');
    keys(name, '-l', 'grid');
    keys(name, 'Enter');
    await waitFor(name, /Column −4: \d+ /);
    keys(name, 'Enter');
    await waitFor(name, 'Press Enter to confirm, or type back to return to the grid:');
    keys(name, 'Enter', 'Enter', 'Enter', 'Enter');
    await waitFor(name, 'EXIT=0', 20_000);
    const saved = readJson<{ scores: Record<string, number>; source: string }>(join(study, 'sorts', 'P2.json'));
    const parsed = parseStudy(readJson(join(study, 'study.json')), 'study.json');
    expect(sortProblems(saved.scores, parsed.statements, parsed.distribution)).toEqual([]);
    expect(saved.source).toBe('interactive');
    tmux('pipe-pane', '-t', name);
    const bytes = readFileSync(raw, 'utf8');
    expect(bytes).toContain('Card 24 of 24:');
    // No cursor movement (CSI A–H, f, s, u), no clearing (J, K), no hidden cursor: with NO_COLOR no escape at all.
    expect(bytes).not.toMatch(/\x1b\[[0-9;?]*[A-HJKfsu]/);
    expect(bytes).not.toContain('\x1b');
  });

  it('SIGTERM mid-grid: the draft is kept, the cursor shown, the tty cooked with echo, and the screen says how to continue', { timeout: 60_000 }, async () => {
    const study = await newStudy();
    const name = startShell(study);
    typeQsort(name, ['sort', '--study', study, '--participant', 'P3']);
    await waitFor(name, 'Welcome, and thank you for taking part.');
    keys(name, 'Enter');
    await waitFor(name, 'Pre-sort · 1 / 24');
    keys(name, ...Array.from({ length: 24 }, () => '3'));
    await waitFor(name, 'Every statement is on a pile: 24 agree');
    keys(name, 'Enter');
    await waitFor(name, 'Grid · 0 of 24 placed');
    keys(name, 'Enter', 'Enter', 'Enter');
    await waitFor(name, 'Grid · 3 of 24 placed');
    expect(tmux('display-message', '-p', '-t', name, '#{cursor_flag}').trim()).toBe('0');
    process.kill(childPid(name), 'SIGTERM');
    const after = await waitFor(name, 'EXIT=130');
    expect(after).toContain(`To continue: qsort sort --study ${study} --participant P3`);
    expect(after).toContain('Stopped. Your sort so far is saved in');
    expect(existsSync(join(study, 'drafts', 'P3.json'))).toBe(true);
    expect(readJson<Draft>(join(study, 'drafts', 'P3.json')).grid?.queue).toHaveLength(21);
    expect(tmux('display-message', '-p', '-t', name, '#{cursor_flag}').trim()).toBe('1');
    keys(name, '-l', 'stty -a | tr " " "\\n" | grep -x -e echo -e -echo -e icanon -e -icanon | sort | tr "\\n" " "; echo');
    keys(name, 'Enter');
    await waitFor(name, /^echo icanon *$/m);
  });
});
