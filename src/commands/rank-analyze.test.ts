/**
 * `qsort rank` and `qsort analyze` in-process (fake streams, no colour, 80
 * columns): option parsing, errors as one line with the right exit code,
 * invalid sort files left out with a warning, and the stdout/stderr split.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/helpers/cli.ts';
import { teamStudy } from '../../test/helpers/team-study.ts';
import { useTempDir } from '../../test/helpers/temp-dir.ts';
import { createStudy, saveSort } from '../study/study-folder.ts';

const tmp = useTempDir('qsort-rank-analyze-');

async function study(sortCount: number, options: { teams?: boolean } = {}): Promise<string> {
  const { study: s, sorts } = await teamStudy({ language: 'en' });
  const path = join(tmp.path, 'study');
  await createStudy(path, s);
  for (const sort of sorts.slice(0, sortCount)) {
    const record = { ...sort };
    if (options.teams === false) delete (record as { team?: string }).team;
    await saveSort(path, s, record);
  }
  return path;
}

describe('qsort rank (in-process)', () => {
  it('prints the ranking on stdout and nothing on stderr with enough sorts', async () => {
    const path = await study(15);
    const run = await runInProcess(['rank', '--study', path], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('All 24 statements ranked by mean score over 15 sorts (n = 15).');
  });

  it('refuses bad options with exit code 2', async () => {
    const path = await study(3);
    for (const args of [['--by', 'person'], ['--top', 'x'], ['--top', '-1'], ['--lang', 'fr']]) {
      const run = await runInProcess(['rank', '--study', path, ...args], { cwd: tmp.path });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('says in one line when there is no study or no sort', async () => {
    const none = await runInProcess(['rank', '--study', join(tmp.path, 'nowhere')], { cwd: tmp.path });
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const empty = await study(0);
    const run = await runInProcess(['rank', '--study', empty], { cwd: tmp.path });
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toBe(`error: the study in ${empty} has 0 valid sorts; a ranking needs at least 1 ("qsort list" shows them)\n`);
  });

  it('leaves out a broken sort file with a warning and ranks the rest', async () => {
    const path = await study(6);
    await writeFile(join(path, 'sorts', 'broken.json'), '{ not json');
    const run = await runInProcess(['rank', '--study', path, '--json'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: left out .*broken\.json:1: not valid JSON/m);
    expect(JSON.parse(run.stdout)).toMatchObject({ sortCount: 6 });
  });

  it('--by team without teams falls back to the overall ranking, with a note', async () => {
    const path = await study(6, { teams: false });
    const run = await runInProcess(['rank', '--study', path, '--by', 'team'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('note: no sort has a team, so there are no per-team ranks');
    expect(run.stdout).toContain('All 24 statements ranked');
  });

  it('notes sorts without a team under --by team', async () => {
    const path = await study(6);
    const { study: s, sorts } = await teamStudy({ language: 'en' });
    const loner = { ...sorts[14]!, participant: 'Loner', sortId: 'loner' };
    delete (loner as { team?: string }).team;
    await saveSort(path, s, loner);
    const run = await runInProcess(['rank', '--study', path, '--by', 'team'], { cwd: tmp.path });
    expect(run.stderr).toContain('note: 1 sort has no team and is left out of the per-team ranks.');
  });
});

describe('qsort analyze (in-process)', () => {
  it('refuses bad analysis options with exit code 2', async () => {
    const path = await study(6);
    for (const args of [['--factors', '0'], ['--extraction', 'ml'], ['--rotation', 'promax'], ['--correlation', 'r'], ['--flag', 'P01']]) {
      const run = await runInProcess(['analyze', '--study', path, ...args], { cwd: tmp.path });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('prints the report on stdout, notes and warnings on stderr', async () => {
    const path = await study(15);
    const run = await runInProcess(['analyze', '--study', path, '--lang', 'en'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Customer focus of employees\n/);
    expect(run.stdout).not.toMatch(/^(note|warning):/m);
    expect(run.stderr.split('\n').filter(Boolean).every((l) => /^(note|warning): /.test(l))).toBe(true);
    // without --factors: the recommended number, and which rules agree (src/analysis/factor-count.ts)
    expect(run.stderr).toMatch(/^note: \d factors? \(.*\); "qsort factors" shows the aids/);
  });

  it('writes --out relative to the working folder and refuses a file in the way', async () => {
    const path = await study(15);
    const ok = await runInProcess(['analyze', '--study', path, '--factors', '2', '--out', 'tables', '--json'], { cwd: tmp.path });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(`wrote 12 files to ${join(tmp.path, 'tables')}`);
    expect(JSON.parse(ok.stdout)).toMatchObject({ schemaVersion: 1, options: { factorCount: 2 } });
    await mkdir(join(tmp.path, 'blocked'));
    await writeFile(join(tmp.path, 'blocked', 'file'), 'x');
    const bad = await runInProcess(['analyze', '--study', path, '--out', join(tmp.path, 'blocked', 'file')], { cwd: tmp.path });
    expect(bad).toMatchObject({ code: 4, stdout: '' });
    expect(bad.stderr.trim().split('\n').at(-1)).toMatch(/^error: /);
  });
});
