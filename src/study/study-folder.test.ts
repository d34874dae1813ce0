import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { distributionValues } from '../core/distribution.ts';
import { newStudy } from '../core/study-defaults.ts';
import type { SortRecord, Statement, Study } from '../core/types.ts';
import { DataError, IoError, SortExistsError } from '../errors.ts';
import { useTempDir } from '../../test/helpers/temp-dir.ts';
import {
  BACKUP_DIR,
  createStudy,
  draftPath,
  listDrafts,
  participantFileName,
  participantFromFileName,
  readAllSorts,
  readDraft,
  readSort,
  readStudy,
  readValidSorts,
  removeDraft,
  resolveStudyDir,
  saveSort,
  sortPath,
  studyExists,
  writeDraft,
} from './study-folder.ts';

const statements: Statement[] = Array.from({ length: 9 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `statement ${i + 1}` } }));
const study: Study = newStudy({
  statements,
  distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] },
  language: 'en',
  createdAt: '2026-11-22T09:00:00.000Z',
});
const values = distributionValues(study.distribution);
const sortOf = (participant: string, shift = 0): SortRecord => ({
  schemaVersion: 1,
  sortId: `id-${participant}-${shift}`,
  participant,
  source: 'add',
  scores: Object.fromEntries(statements.map((s, i) => [s.id, values[(i + shift) % values.length] ?? 0])),
});

const tmp = useTempDir('qsort-study-');

describe('resolveStudyDir', () => {
  it('takes --study, else $QSORT_STUDY, else the current folder', () => {
    expect(resolveStudyDir('s', { QSORT_STUDY: '/env' }, '/cwd')).toBe('/cwd/s');
    expect(resolveStudyDir(undefined, { QSORT_STUDY: '/env' }, '/cwd')).toBe('/env');
    expect(resolveStudyDir(undefined, { QSORT_STUDY: 'rel' }, '/cwd')).toBe('/cwd/rel');
    expect(resolveStudyDir(undefined, { QSORT_STUDY: '' }, '/cwd')).toBe('/cwd');
    expect(resolveStudyDir(undefined, {}, '/cwd')).toBe('/cwd');
  });
});

describe('participant file names', () => {
  it('are safe, never hidden, and map back to the participant id (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (participant) => {
        fc.pre(encodeURIComponent(participant).length <= 150);
        const name = participantFileName(participant);
        expect(name).toMatch(/^[A-Za-z0-9%_.-]+\.json$/);
        expect(name.startsWith('.')).toBe(false);
        expect(participantFromFileName(name)).toBe(participant);
        expect(participantFromFileName(`/some/folder/${name}`)).toBe(participant);
      }),
    );
  });

  it('refuse an id too long for a file name, with a clear message', () => {
    expect(() => participantFileName('é'.repeat(40))).toThrow(/too long to be a file name/);
    expect(participantFileName('é'.repeat(30))).toHaveLength(185);
  });

  it('keep a file name that is not an encoded id as it is', () => {
    expect(participantFromFileName('a%zz.json')).toBe('a%zz');
  });
});

describe('createStudy and readStudy', () => {
  it('creates study.json and sorts/, and reads it back', async () => {
    await createStudy(tmp.path, study);
    expect(await studyExists(tmp.path)).toBe(true);
    expect((await readdir(tmp.path)).sort()).toEqual(['sorts', 'study.json']);
    expect(await readStudy(tmp.path)).toEqual(study);
  });

  it('never overwrites an existing study', async () => {
    await createStudy(tmp.path, study);
    await expect(createStudy(tmp.path, { ...study, title: 'other' })).rejects.toThrow(`${join(tmp.path, 'study.json')} already exists`);
    expect((await readStudy(tmp.path)).title).toBe(study.title);
  });

  it('says how to make a study when there is none', async () => {
    const missing = join(tmp.path, 'nothing');
    await expect(readStudy(missing)).rejects.toThrow(IoError);
    await expect(readStudy(missing)).rejects.toThrow(`no study in ${missing} (no study.json); create one with "qsort init ${missing}" or point to one with --study DIR`);
  });

  it('says that a file is not a study folder (and where the study is, for study.json itself)', async () => {
    const file = join(tmp.path, 'sorts.csv');
    await writeFile(file, 'id,P1\n');
    await expect(readStudy(file)).rejects.toThrow(IoError);
    await expect(readStudy(file)).rejects.toThrow(`${file} is a file, not a study folder (a folder with study.json)`);
    await expect(readStudy(file)).rejects.not.toThrow('qsort init');
    await createStudy(tmp.path, study);
    await expect(readStudy(join(tmp.path, 'study.json'))).rejects.toThrow(`is a file, not a study folder (a folder with study.json); the study is the folder: --study ${tmp.path}`);
  });

  it('names the line of broken JSON', async () => {
    await writeFile(join(tmp.path, 'study.json'), '{\n  "title": "x",\n  oops\n}');
    await expect(readStudy(tmp.path)).rejects.toThrow(DataError);
    await expect(readStudy(tmp.path)).rejects.toThrow(`${join(tmp.path, 'study.json')}:3: not valid JSON`);
  });
});

describe('saveSort', () => {
  beforeEach(async () => {
    await createStudy(tmp.path, study);
  });

  it('saves a valid sort that reads back equal', async () => {
    const path = await saveSort(tmp.path, study, sortOf('anne'));
    expect(path).toBe(sortPath(tmp.path, 'anne'));
    expect(await readSort(tmp.path, 'anne')).toEqual({ ...sortOf('anne'), savedAt: expect.any(String) });
    expect(await readSort(tmp.path, 'nobody')).toBeUndefined();
  });

  it('refuses an invalid sort and writes nothing', async () => {
    const bad = { ...sortOf('anne'), scores: { ...sortOf('anne').scores, S1: 2, S9: 2 } };
    await expect(saveSort(tmp.path, study, bad)).rejects.toThrow(DataError);
    await expect(saveSort(tmp.path, study, bad)).rejects.toThrow('sort of "anne": score');
    expect(await readdir(join(tmp.path, 'sorts'))).toEqual([]);
  });

  it('never overwrites: a second sort of the same participant is refused', async () => {
    await saveSort(tmp.path, study, sortOf('anne', 0));
    // a data conflict (exit code 3), as for sort --participant, the join and import
    await expect(saveSort(tmp.path, study, sortOf('anne', 1))).rejects.toThrow(SortExistsError);
    await expect(saveSort(tmp.path, study, sortOf('anne', 1))).rejects.toMatchObject({ exitCode: 3, message: expect.stringMatching(/^participant "anne" already has a sort/) });
    expect(await readSort(tmp.path, 'anne')).toEqual({ ...sortOf('anne', 0), savedAt: expect.any(String) });
  });

  it('with replace, replaces and keeps the old sort as a backup', async () => {
    await saveSort(tmp.path, study, sortOf('anne', 0));
    const replaced: string[] = [];
    await saveSort(tmp.path, study, sortOf('anne', 1), { replace: true, now: new Date('2026-11-22T10:11:12.345Z'), onReplaced: (p) => replaced.push(p) });
    expect(await readSort(tmp.path, 'anne')).toEqual({ ...sortOf('anne', 1), savedAt: expect.any(String) });
    const backups = await readdir(join(tmp.path, BACKUP_DIR));
    expect(backups).toEqual(['anne.2026-11-22T10-11-12-345Z.json']);
    expect(replaced).toEqual([join(tmp.path, BACKUP_DIR, 'anne.2026-11-22T10-11-12-345Z.json')]);
    expect(JSON.parse(await readFile(join(tmp.path, BACKUP_DIR, backups[0] ?? ''), 'utf8'))).toEqual({ ...sortOf('anne', 0), savedAt: expect.any(String) });
    expect((await readAllSorts(tmp.path, study)).map((s) => s.record?.participant)).toEqual(['anne']);
  });

  it('with replace and no earlier sort, simply saves', async () => {
    await saveSort(tmp.path, study, sortOf('bram'), { replace: true, onReplaced: () => expect.unreachable('nothing to replace') });
    expect(await readSort(tmp.path, 'bram')).toEqual({ ...sortOf('bram'), savedAt: expect.any(String) });
  });

  it('lets many saves of different participants run at once; all succeed', async () => {
    const people = Array.from({ length: 40 }, (_, i) => `p${i}`);
    await Promise.all(people.map((p, i) => saveSort(tmp.path, study, sortOf(p, i))));
    const all = await readAllSorts(tmp.path, study);
    expect(all.map((s) => s.record?.participant).sort()).toEqual([...people].sort());
    expect(all.every((s) => s.problem === undefined)).toBe(true);
    expect((await readdir(join(tmp.path, 'sorts'))).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('lets exactly one of many simultaneous saves of one participant win', async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => saveSort(tmp.path, study, sortOf('anne', i))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(SortExistsError);
  });

  it('two processes saving different sorts into one study at once both succeed', async () => {
    const script = join(tmp.path, 'saver.mts');
    const folder = fileURLToPath(new URL('./study-folder.ts', import.meta.url));
    await writeFile(
      script,
      `import { readStudy, saveSort } from ${JSON.stringify(folder)};
const [dir, prefix, startAt] = process.argv.slice(2);
const study = await readStudy(dir);
const values = [-2, -1, -1, 0, 0, 0, 1, 1, 2];
while (Date.now() < Number(startAt)) { /* start together */ }
await Promise.all(Array.from({ length: 25 }, (_, i) => saveSort(dir, study, {
  schemaVersion: 1, sortId: prefix + i, participant: prefix + i, source: 'add',
  scores: Object.fromEntries(study.statements.map((s, k) => [s.id, values[(k + i) % 9]])),
})));
process.stdout.write('saved 25');
`,
    );
    const run = (prefix: string, startAt: number) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', script, tmp.path, prefix, String(startAt)], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    const startAt = Date.now() + 2500;
    const [a, b] = await Promise.all([run('a', startAt), run('b', startAt)]);
    expect([a.stdout, b.stdout]).toEqual(['saved 25', 'saved 25']);
    const all = await readAllSorts(tmp.path, study);
    expect(all).toHaveLength(50);
    expect(all.every((s) => s.problem === undefined)).toBe(true);
  });
});

describe('readAllSorts and readValidSorts', () => {
  beforeEach(async () => {
    await createStudy(tmp.path, study);
  });

  it('ignore temp files and other non-JSON files; report broken and misfit files', async () => {
    await saveSort(tmp.path, study, sortOf('anne'));
    await writeFile(join(tmp.path, 'sorts', 'bram.json.tmp-0a1b2c'), '{ half a file');
    await writeFile(join(tmp.path, 'sorts', 'notes.txt'), 'hello');
    await writeFile(join(tmp.path, 'sorts', 'broken.json'), '{ nope');
    await writeFile(join(tmp.path, 'sorts', 'misfit.json'), JSON.stringify({ ...sortOf('misfit'), scores: { S1: 0 } }));
    const all = await readAllSorts(tmp.path, study);
    // study order: what says nothing of its arrival (unreadable, or written without savedAt) first, in file order
    expect(all.map((s) => [s.file.replace(/^.*[\\/]/, ''), s.problem === undefined])).toEqual([
      ['broken.json', false],
      ['misfit.json', false],
      ['anne.json', true],
    ]);
    expect(all[0]?.problem).toMatch(/broken\.json:1: not valid JSON/);
    expect(all[1]?.problem).toMatch(/^score|statements S2, S3/);
    await expect(readValidSorts(tmp.path, study)).rejects.toThrow(/broken\.json/);
    expect((await readValidSorts(tmp.path, study, { skipInvalid: true })).map((r) => r.participant)).toEqual(['anne']);
  });

  it('is empty when the sorts folder is missing', async () => {
    await rm(join(tmp.path, 'sorts'), { recursive: true });
    expect(await readAllSorts(tmp.path, study)).toEqual([]);
  });
});

describe('drafts', () => {
  it('are written, read, listed and removed by participant; odd names are listed too', async () => {
    expect(await listDrafts(tmp.path)).toEqual([]);
    await writeDraft(tmp.path, 'Anne de Vries', { placed: 3 });
    await writeDraft(tmp.path, 'bram', { placed: 0 });
    await writeFile(`${draftPath(tmp.path, 'bram')}.tmp-abc123`, '{');
    await mkdir(join(tmp.path, 'drafts'), { recursive: true });
    await writeFile(join(tmp.path, 'drafts', 'a%zz.json'), '{}');
    expect(await readDraft(tmp.path, 'Anne de Vries')).toEqual({ placed: 3 });
    expect(await readDraft(tmp.path, 'nobody')).toBeUndefined();
    expect((await listDrafts(tmp.path)).sort()).toEqual(['Anne de Vries', 'a%zz', 'bram']);
    await removeDraft(tmp.path, 'bram');
    await removeDraft(tmp.path, 'bram');
    expect((await listDrafts(tmp.path)).sort()).toEqual(['Anne de Vries', 'a%zz']);
  });
});
