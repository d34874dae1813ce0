import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/helpers/cli.ts';
import { teamStudy } from '../../test/helpers/team-study.ts';
import { createStudy, saveSort } from '../study/study-folder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsort-report-cmd-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function study(sortCount: number): Promise<string> {
  const { study: s, sorts } = await teamStudy();
  const path = join(dir, 'study');
  await createStudy(path, s);
  for (const sort of sorts.slice(0, sortCount)) await saveSort(path, s, sort);
  return path;
}

describe('qsort report', () => {
  it('writes results/report.html and prints its path', async () => {
    const path = await study(15);
    const run = await runInProcess(['report', '--study', path], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: `${join(path, 'results', 'report.html')}\n` });
    expect(run.stderr).toMatch(/^note: \d factors? \(.*\); "qsort factors" shows the aids, --factors N sets the number\.\n/);
    const html = await readFile(join(path, 'results', 'report.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('2 januari 2026'); // the injected clock
  });

  it('follows --out, --lang, --top and the analysis options', async () => {
    const path = await study(15);
    const run = await runInProcess(['report', '--study', path, '--out', 'r.html', '--lang', 'en', '--top', '3', '--factors', '2', '--extraction', 'centroid'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: `${join(dir, 'r.html')}\n` });
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('The top 3');
    expect(html).toContain('Brown&#39;s centroid method extracted 2 factors');
    expect(html).not.toContain('id="factor-3"');
  });

  it('leaves invalid sorts out with a warning', async () => {
    const path = await study(5);
    await writeFile(join(path, 'sorts', 'broken.json'), '{"schemaVersion": 1, "participant": "x"');
    const run = await runInProcess(['report', '--study', path], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: left out');
    expect(run.stderr).toContain('broken.json');
  });

  it('needs at least two sorts, and a study', async () => {
    const path = await study(1);
    expect(await runInProcess(['report', '--study', path], { cwd: dir })).toMatchObject({
      code: 3,
      stdout: '',
      stderr: `error: the study in ${path} has 1 valid sort; a report needs at least 2 ("qsort list" shows them)\n`,
    });
    const none = await runInProcess(['report', '--study', join(dir, 'nothing')], { cwd: dir });
    expect(none.code).toBe(4);
    expect(none.stderr).toMatch(/^error: no study in /);
  });

  it('refuses bad options with a usage error', async () => {
    const path = await study(3);
    for (const args of [['--flag', 'Anne'], ['--factors', 'x'], ['--lang', 'de'], ['--rotation', 'promax']]) {
      const run = await runInProcess(['report', '--study', path, ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });

  it('turns a manual flag naming an unknown sort into a data error', async () => {
    const path = await study(4);
    const run = await runInProcess(['report', '--study', path, '--flag', 'Nobody=1'], { cwd: dir });
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toContain('unknown sort "Nobody"');
  });
});
