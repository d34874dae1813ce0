import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBuilt, runInProcess, type CliResult } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

/**
 * End-to-end: init, statements, add, list. The cases run the CLI's main() in
 * this process with fake streams (the same code path as the binary, without a
 * node start-up per case); the first case spawns the built binary (run
 * `npm run build` first; `npm test` does) through the same steps.
 */

const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };

type Run = CliResult;

const run = (args: readonly string[], env: Record<string, string> = {}): Promise<Run> => runInProcess(args, { cwd: tmp.path, env: { TZ: 'UTC', ...env } });

/** A failure: the exit code, one `error:` line on stderr, no stack trace, nothing on stdout. */
function expectFailure(r: Run, code: number, message: string | RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  const first = r.stderr.split('\n')[0] ?? '';
  expect(first).toMatch(/^error: /);
  if (typeof message === 'string') expect(first).toContain(message);
  else expect(first).toMatch(message);
}

/** A one-line QError: exactly one line on stderr. */
function expectOneLineError(r: Run, code: number, message: string | RegExp): void {
  expectFailure(r, code, message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

const ids = Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
const COLUMN_SCORES = [-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4];
/** A valid sort: S01..S24 get -4, -3, -3, …, +4. */
const validScores = ids.map((id, i) => `${id}=${COLUMN_SCORES[i]}`).join(',');
const validColumns = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((s) => `${s}:${ids.filter((_, i) => COLUMN_SCORES[i] === s).join(',')}`).join(' / ');

const tmp = useTempDir('qsort-e2e-');

describe('qsort (program)', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: qsort/);
    for (const command of ['init', 'statements', 'add', 'list']) expect(r.stdout).toMatch(new RegExp(`\\n  ${command}\\b`));
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad data, 4 I/O, 130 aborted.');
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    const r = await run(['frobnicate']);
    expectFailure(r, 2, "error: unknown command 'frobnicate'");
  });

  it('add --help and list --help show examples', async () => {
    expect((await run(['add', '--help'])).stdout).toContain('$ qsort add -p anne');
    expect((await run(['list', '--help'])).stdout).toContain('$ qsort list --study workshop');
  });
});

describe('qsort init', () => {
  it('creates a study with the defaults: 24 built-in statements, -4..+4, the clinic question', async () => {
    const r = await run(['init', 'ws'], { LANG: 'nl_NL.UTF-8' });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Studie "Klantgerichtheid van medewerkers" gemaakt in ${join(tmp.path, 'ws')}`);
    expect(r.stdout).toContain('24 stellingen, verdeling -4..4:1,2,3,4,4,4,3,2,1');
    const study = JSON.parse(await readFile(join(tmp.path, 'ws', 'study.json'), 'utf8')) as Record<string, unknown>;
    expect(study).toMatchObject({
      schemaVersion: 1,
      language: 'nl',
      distribution: { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] },
      instruction: { nl: 'Welke aspecten hebben de grootste invloed op de klantgerichtheid van medewerkers?' },
    });
    expect((study['statements'] as unknown[]).length).toBe(24);
    expect(await readdir(join(tmp.path, 'ws'))).toContain('sorts');
  });

  it('builds a quasi-normal distribution for another statement count', async () => {
    await writeFile(join(tmp.path, 'six.txt'), 'one\ntwo\nthree\nfour\nfive\nsix\n');
    const r = await run(['init', 'six', '--statements', 'six.txt', '--lang', 'en', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { study: { distribution: unknown } }).study.distribution).toEqual({ scores: [-1, 0, 1], counts: [2, 2, 2] });
  });

  it.each([
    [['--distribution', '1,2,3'], 'distribution "1,2,3": the counts 1,2,3 add up to 6, but there are 24 statements: 18 too few (add 18 to the counts)'],
    [['--distribution', '2,2,3,4,4,4,3,2,2'], 'add up to 26, but there are 24 statements: 2 too many (take 2 from the counts)'],
    [['--distribution', '1,2,3,4'], '4 counts cannot be centred on 0'],
    [['--distribution', '-4..4:1,2,x,4,4,4,3,2,1'], 'count "x" is not a whole number'],
    [['--distribution', '4..-4'], 'runs backwards'],
  ])('refuses a bad distribution %j (exit 3, nothing written)', async (args, message) => {
    const r = await run(['init', 'bad', ...args]);
    expectOneLineError(r, 3, message);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('refuses to overwrite an existing study (exit 4)', async () => {
    expect((await run(['init', 'ws'])).code).toBe(0);
    const before = await readFile(join(tmp.path, 'ws', 'study.json'), 'utf8');
    const r = await run(['init', 'ws', '--title', 'Other']);
    expectOneLineError(r, 4, `${join(tmp.path, 'ws', 'study.json')} already exists`);
    expect(await readFile(join(tmp.path, 'ws', 'study.json'), 'utf8')).toBe(before);
  });
});

describe('qsort statements', () => {
  it('lists the built-in statements in English', async () => {
    const r = await run(['statements', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('S01  allowed  Employees have the time to really listen to customers and');
    expect(r.stdout).toContain('24 statements');
  });

  it('--json gives the statements with both languages and labels', async () => {
    const r = await run(['statements', '--json']);
    const out = JSON.parse(r.stdout) as { source: string; statements: { id: string; text: { nl: string; en: string }; label: { nl: string; en: string } }[] };
    expect(out.source).toBe('built-in');
    expect(out.statements).toHaveLength(24);
    expect(out.statements[2]).toMatchObject({ id: 'S03', category: 'willen', text: { nl: 'De organisatie heeft een heldere visie op de klant.' } });
  });

  it('--file reads another set; a broken file is exit 3 naming file and line', async () => {
    await writeFile(join(tmp.path, 'mine.csv'), 'id,text\nA,Alpha\nB,Beta\n');
    const r = await run(['statements', '--file', 'mine.csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(' A  Alpha');
    await writeFile(join(tmp.path, 'bad.csv'), 'id,text\nA,Alpha\nA,Beta\n');
    expectOneLineError(await run(['statements', '--file', 'bad.csv']), 3, 'bad.csv:3: statement id "A" appears twice (also line 2)');
    expectOneLineError(await run(['statements', '--file', 'missing.csv']), 4, 'missing.csv: no such file or folder');
  });

  it('uses the study from $QSORT_STUDY', async () => {
    await writeFile(join(tmp.path, 'two.txt'), 'first\nsecond\n');
    expect((await run(['init', 'st', '--statements', 'two.txt', '--lang', 'en'])).code).toBe(0);
    const r = await run(['statements'], { QSORT_STUDY: join(tmp.path, 'st') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1  first');
    expect(r.stdout).toContain('2 statements');
  });
});

describe('qsort add and qsort list', () => {
  beforeEach(async () => {
    const r = await run(['init', 'ws', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('adds a paper sort (--scores) and a paper grid (--columns); list shows both as valid', async () => {
    const a = await run(['add', '--study', 'ws', '-p', 'anne', '-t', 'sales', '--scores', validScores]);
    expect(a).toEqual({ code: 0, stdout: `Saved the sort of "anne" (team sales): ${join('ws', 'sorts', 'anne.json')}\n`, stderr: '' });
    const b = await run(['add', '--study', 'ws', '-p', 'bram', '--columns', validColumns, '--json']);
    expect(b.code, b.stderr).toBe(0);
    const saved = JSON.parse(b.stdout) as { saved: string; replaced: boolean; sort: { scores: Record<string, number>; source: string } };
    expect(saved).toMatchObject({ saved: join(tmp.path, 'ws', 'sorts', 'bram.json'), replaced: false, sort: { source: 'add', language: 'en' } });
    expect(saved.sort.scores['S01']).toBe(-4);

    const list = await run(['list', '--study', 'ws', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const out = JSON.parse(list.stdout) as { counts: unknown; sorts: { participant: string; team?: string; valid: boolean; complete: boolean; source: string; language: string }[] };
    expect(out.counts).toEqual({ valid: 2, invalid: 0, drafts: 0 });
    expect(out.sorts.map((s) => [s.participant, s.team, s.source, s.language, s.complete, s.valid])).toEqual([
      ['anne', 'sales', 'add', 'en', true, true],
      ['bram', undefined, 'add', 'en', true, true],
    ]);

    const table = await run(['list', '--study', 'ws']);
    expect(table.stdout.split('\n')[0]).toBe('participant  team   date              lang  source  status');
    expect(table.stdout).toMatch(/\nanne {9}sales {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}en {4}add {5}valid\n/);
    expect(table.stdout).toContain('2 sorts: 2 valid');
  });

  it('refuses an unknown statement id (exit 3) and writes nothing', async () => {
    const r = await run(['add', '--study', 'ws', '-p', 'anne', '--scores', validScores.replace('S07=', 'S99=')]);
    expectOneLineError(r, 3, '--scores: the sort of "anne" does not fit the study: unknown statement id "S99"; statement S07 has no score');
    expect(await readdir(join(tmp.path, 'ws', 'sorts'))).toEqual([]);
  });

  it('refuses a sort that breaks the distribution (exit 3)', async () => {
    const r = await run(['add', '--study', 'ws', '-p', 'anne', '--scores', validScores.replace('S24=4', 'S24=3')]);
    expectOneLineError(r, 3, 'score +3 is used 3 times, the distribution asks for 2; score +4 is used 0 times, the distribution asks for 1 (the distribution is -4..4:1,2,3,4,4,4,3,2,1)');
  });

  it('refuses a statement given twice and a malformed notation (exit 3)', async () => {
    expectOneLineError(await run(['add', '--study', 'ws', '-p', 'anne', '--scores', `${validScores},s1=2`]), 3, 'statement S01 is given twice (as "S01" and "s1"), with scores -4 and +2');
    expectOneLineError(await run(['add', '--study', 'ws', '-p', 'anne', '--columns', 'S01 S02']), 3, 'needs its score first');
  });

  it('needs a participant and exactly one notation (exit 2)', async () => {
    expectOneLineError(await run(['add', '--study', 'ws', '--scores', validScores]), 2, '--scores needs --participant (-p)');
    expectOneLineError(await run(['add', '--study', 'ws', '-p', 'anne']), 2, 'give the sort as --scores or --columns, or run "qsort add" in a terminal');
    expectFailure(await run(['add', '--study', 'ws', '-p', 'anne', '--scores', validScores, '--columns', validColumns]), 2, 'cannot be used with');
  });

  it('refuses a second sort of the same participant; --replace replaces it and keeps a backup', async () => {
    expect((await run(['add', '--study', 'ws', '-p', 'anne', '--scores', validScores])).code).toBe(0);
    const first = await readFile(join(tmp.path, 'ws', 'sorts', 'anne.json'), 'utf8');
    const reversed = ids.map((id, i) => `${id}=${-(COLUMN_SCORES[i] ?? 0)}`).join(',');
    const again = await run(['add', '--study', 'ws', '-p', 'anne', '--scores', reversed]);
    expectOneLineError(again, 3, 'participant "anne" already has a sort');
    expect(again.stderr).toContain('use --replace');
    expect(await readFile(join(tmp.path, 'ws', 'sorts', 'anne.json'), 'utf8')).toBe(first);

    const replaced = await run(['add', '--study', 'ws', '-p', 'anne', '--scores', reversed, '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('Replaced the sort of "anne"');
    const backups = await readdir(join(tmp.path, 'ws', 'sorts', 'replaced'));
    expect(backups).toHaveLength(1);
    expect(replaced.stdout).toContain(`the old sort is kept as ${join('ws', 'sorts', 'replaced', backups[0] ?? '')}\n`);
    expect(await readFile(join(tmp.path, 'ws', 'sorts', 'replaced', backups[0] ?? ''), 'utf8')).toBe(first);
    const now = JSON.parse(await readFile(join(tmp.path, 'ws', 'sorts', 'anne.json'), 'utf8')) as { scores: Record<string, number> };
    expect(now.scores['S01']).toBe(4);
  });

  it('list marks broken sorts invalid and drafts incomplete', async () => {
    expect((await run(['add', '--study', 'ws', '-p', 'anne', '--scores', validScores])).code).toBe(0);
    await writeFile(join(tmp.path, 'ws', 'sorts', 'broken.json'), '{ not json');
    await writeFile(join(tmp.path, 'ws', 'sorts', 'late.json.tmp-abc123'), '{');
    await mkdir(join(tmp.path, 'ws', 'drafts'));
    await writeFile(join(tmp.path, 'ws', 'drafts', 'carla.json'), '{}');
    const r = await run(['list', '--study', 'ws', '--json']);
    const out = JSON.parse(r.stdout) as { counts: unknown; sorts: { participant: string; status: string; complete: boolean; valid: boolean }[] };
    expect(out.counts).toEqual({ valid: 1, invalid: 1, drafts: 1 });
    expect(out.sorts.map((s) => [s.participant, s.status, s.complete, s.valid])).toEqual([
      // a file that cannot be read says nothing of when it was saved: it comes first (README: the order of the sorts)
      ['broken', 'invalid', false, false],
      ['anne', 'valid', true, true],
      ['carla', 'draft', false, false],
    ]);
    const table = await run(['list', '--study', 'ws']);
    expect(table.stdout).toContain('INVALID [1]');
    expect(table.stdout).toContain('draft, not finished');
    expect(table.stdout).toContain('[1] broken (broken.json): line 1: not valid JSON');
    for (const line of table.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('list on an empty study says how to add sorts', async () => {
    const r = await run(['list', '--study', 'ws']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('No sorts yet');
  });
});

describe('a missing study', () => {
  it.each([['list'], ['add', '-p', 'x', '--scores', 'S01=1']])('%s: exit 4 with a message that says how to make one', async (...args) => {
    const r = await run([...args, '--study', 'nowhere']);
    expectOneLineError(r, 4, `no study in ${join(tmp.path, 'nowhere')} (no study.json); create one with "qsort init`);
  });

  it('a file named as the study: says it is a file, not a study folder', async () => {
    await writeFile(join(tmp.path, 'some-file.csv'), 'id,text\n');
    const r = await run(['list', '--study', 'some-file.csv']);
    expectOneLineError(r, 4, `${join(tmp.path, 'some-file.csv')} is a file, not a study folder (a folder with study.json)`);
    expect(r.stderr).not.toContain('qsort init');
  });

  it('is looked for in $QSORT_STUDY, else the current folder', async () => {
    expectOneLineError(await run(['list'], { QSORT_STUDY: join(tmp.path, 'env-study') }), 4, `no study in ${join(tmp.path, 'env-study')}`);
    expectOneLineError(await run(['list']), 4, `no study in ${tmp.path} `);
  });
});

describe('the built binary (bin/qsort.js → dist/)', () => {
  it('init, add, list, export and a usage error behave as in-process', async () => {
    const built = (args: readonly string[]) => runBuilt(args, { cwd: tmp.path, env: { TZ: 'UTC' } });
    expect((await built(['init', 'w', '--lang', 'en'])).code).toBe(0);
    const added = await built(['add', '--study', 'w', '-p', 'anne', '--scores', validScores]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const [list, inProcess] = [await built(['list', '--study', 'w', '--json']), await run(['list', '--study', 'w', '--json'])];
    expect(list.code).toBe(0);
    const strip = (text: string) => (JSON.parse(text) as { sorts: { modified?: string }[] }).sorts.map(({ modified: _, ...s }) => s);
    expect(strip(list.stdout)).toEqual(strip(inProcess.stdout));
    const exported = await built(['export', '--study', 'w']);
    expect(exported.stdout.split('\n')[0]).toBe('id,anne');
    const usage = await built(['analyze', '--study', 'w', '--factors', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("error: option '-f, --factors <n>' argument 'x' is invalid");
  });
});
