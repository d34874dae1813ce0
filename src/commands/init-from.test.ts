import type { SortRecord } from '../core/types.ts';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/helpers/cli.ts';
import { readStudy, readValidSorts } from '../study/study-folder.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../test/fixtures/${path}`, import.meta.url));
const lipsetSorts = fixture('lipset/sorts.csv');
const lipsetStatements = fixture('lipset/statements.csv');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qsort-init-from-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
const run = (...argv: string[]) => runInProcess(argv, { cwd: root });
const exists = (path: string) => readdir(path).then(() => true, () => false);

describe('qsort init --from', () => {
  it('makes the lipset study from its wide CSV and statements file, taking the distribution from the sorts', async () => {
    const r = await run('init', 'lip', '--from', lipsetSorts, '--statements', lipsetStatements);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('9 sorts imported');
    const study = await readStudy(join(root, 'lip'));
    expect(study.title).toBe('lip');
    expect(study.statements).toHaveLength(33);
    expect(study.statements[0]).toEqual({ id: 'sta_1', text: { en: 'We accept improvements in the status and power of the lower classes without feeling morally offended.' } });
    expect(study.distribution).toEqual({ scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [2, 3, 4, 5, 5, 5, 4, 3, 2] });
    const sorts = await readValidSorts(join(root, 'lip'), study);
    expect(sorts.map((s) => s.participant).sort()).toEqual(['CA6', 'FR9', 'JP5', 'UK7', 'US1', 'US2', 'US3', 'US4', 'US8']);
    expect(sorts.find((s) => s.participant === 'US1')?.scores['sta_1']).toBe(-1);
  });

  it('makes a study from a PQMethod .DAT with its .STA beside it (title from the .DAT)', async () => {
    const folder = join(root, 'pq');
    await mkdir(folder);
    await copyFile(fixture('pqmethod/KLANT.DAT'), join(folder, 'KLANT.DAT'));
    await writeFile(join(folder, 'KLANT.STA'), Buffer.from(Array.from({ length: 24 }, (_, i) => `Stelling ${i + 1} \xe9\r\n`).join(''), 'latin1'));
    const r = await run('init', 'pq/study', '--from', 'pq/KLANT.DAT', '--lang', 'nl', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { format: string; imported: number; study: { title: string; statements: { id: string; text: { nl: string } }[] } };
    expect(out).toMatchObject({ format: 'pqmethod', imported: 2, study: { title: 'Klantgericht' } });
    expect(out.study.statements[23]).toEqual({ id: '24', text: { nl: 'Stelling 24 é' } });
    const sorts = await readValidSorts(join(folder, 'study'), await readStudy(join(folder, 'study')));
    // in the .DAT's order, not name order
    expect(sorts.map((s) => s.participant)).toEqual(['P01', 'Anne-Mar']);
  });

  it('restores a study from its own JSON export', async () => {
    await run('init', 'orig', '--from', lipsetSorts, '--statements', lipsetStatements);
    const exported = await run('export', '--study', 'orig', '--format', 'json', '--out', 'orig.json');
    expect(exported.code).toBe(0);
    expect((await run('init', 'copy', '--from', 'orig.json')).code).toBe(0);
    const [a, b] = [await readStudy(join(root, 'orig')), await readStudy(join(root, 'copy'))];
    expect(b).toEqual(a);
    // the same sorts in the same order; each study stamps its own arrival (savedAt, position)
    const unplaced = (rs: readonly SortRecord[]) => rs.map(({ savedAt: _at, position: _p, ...r }) => r);
    expect(unplaced(await readValidSorts(join(root, 'copy'), b))).toEqual(unplaced(await readValidSorts(join(root, 'orig'), a)));
  });

  it.each([
    [['--from', lipsetSorts], 2, 'holds no statement texts: give --statements FILE'],
    [['--from', fixture('pqmethod/KLANT.DAT')], 2, 'no .STA beside'],
    [['--from', lipsetSorts, '--statements', fixture('pqmethod/KLANT.DAT')], 3, 'statement ids "sta_1", "sta_2", "sta_3", "sta_4", "sta_5" and 28 more are not in'],
    [['--from', fixture('lipset/statements.csv'), '--statements', lipsetStatements, '--format', 'csv-wide'], 3, 'statements.csv:2:2, participant "text"'],
  ])('refuses bad input and leaves no folder behind (%#)', async (args, code, message) => {
    const target = join(root, `bad-${Math.random().toString(36).slice(2)}`);
    const r = await run('init', target, ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(await exists(target)).toBe(false);
  });

  it('checks every sort against a given distribution and lists all problems', async () => {
    const r = await run('init', 'given', '--from', lipsetSorts, '--statements', lipsetStatements, '--distribution', '-4..4:1,2,3,4,13,4,3,2,1');
    expect(r.code).toBe(3);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/sorts\.csv:1:2, participant "US1": score -4 is used 2 times, the distribution asks for 1/);
    expect(lines.at(-1)).toBe('error: 9 problems in the import (listed above); nothing was imported');
    expect(await exists(join(root, 'given'))).toBe(false);
  });

  it('refuses sorts that do not share one distribution', async () => {
    const csv = join(root, 'mixed.csv');
    await writeFile(csv, 'id,A,B\n1,1,0\n2,0,0\n3,-1,0\n');
    await writeFile(join(root, 'three.txt'), 'one\ntwo\nthree\n');
    const r = await run('init', 'mixed', '--from', csv, '--statements', 'three.txt');
    expect(r).toMatchObject({ code: 3, stderr: expect.stringContaining('sort "B" does not share the distribution of sort "A"; give --distribution') });
    expect(await exists(join(root, 'mixed'))).toBe(false);
  });

  it('checks participant ids up front, as qsort add does', async () => {
    const csv = join(root, 'long-name.csv');
    await writeFile(csv, `id,A,${'x'.repeat(101)}\n1,1,-1\n2,-1,1\n`);
    await writeFile(join(root, 'two.txt'), 'one\ntwo\n');
    const r = await run('init', 'long', '--from', csv, '--statements', 'two.txt');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*long-name\.csv:1:3, participant "x{101}": the participant id is 101 characters long; use at most 100; nothing was imported\n$/);
    expect(await exists(join(root, 'long'))).toBe(false);
  });

  it('never touches an existing study', async () => {
    await run('init', 'taken', '--from', lipsetSorts, '--statements', lipsetStatements);
    const before = await readFile(join(root, 'taken', 'study.json'), 'utf8');
    const r = await run('init', 'taken', '--from', lipsetSorts, '--statements', lipsetStatements);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('already exists');
    expect(await readFile(join(root, 'taken', 'study.json'), 'utf8')).toBe(before);
    expect(await readdir(join(root, 'taken', 'sorts'))).toHaveLength(9);
  });
});
