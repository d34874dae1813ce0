import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionValues } from '../core/distribution.ts';
import { newStudy } from '../core/study-defaults.ts';
import type { SortRecord, Statement, Study } from '../core/types.ts';
import { DataError, SortExistsError } from '../errors.ts';
import { useTempDir } from '../../test/helpers/temp-dir.ts';
import { appendBulkSorts, BULK_SORTS_FILE, bulkParticipants } from './bulk-sorts.ts';
import { createStudy, readAllSorts, readSort, readValidSorts, saveSort } from './study-folder.ts';

const statements: Statement[] = Array.from({ length: 9 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `statement ${i + 1}` } }));
const study: Study = newStudy({ statements, distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] }, language: 'en', createdAt: '2026-11-22T09:00:00.000Z' });
const values = distributionValues(study.distribution);

function sort(participant: string, shift = 0): SortRecord {
  const scores = Object.fromEntries(statements.map((s, i) => [s.id, values[(i + shift) % values.length]!]));
  return { schemaVersion: 1, sortId: `id-${participant}`, participant, source: 'import', scores };
}

describe('sorts.jsonl (bulk storage)', () => {
  const temp = useTempDir('qsort-bulk-');

  it('is read together with sorts/*.json, with the same checks, and reports bad lines by file:line', async () => {
    const dir = temp.path;
    await createStudy(dir, study);
    await saveSort(dir, study, sort('file-1'));
    await appendBulkSorts(dir, study, [sort('bulk-1', 1), sort('bulk-2', 2)], () => false);
    await appendBulkSorts(dir, study, [sort('bulk-3', 3)], () => false);
    const text = await readFile(join(dir, BULK_SORTS_FILE), 'utf8');
    await writeFile(join(dir, BULK_SORTS_FILE), `${text}{"schemaVersion":1,"participant":"broken","scores":{"S1":9}}\nnot json\n`);
    const all = await readAllSorts(dir, study);
    // in study order: these bulk lines carry no savedAt (as before qsort kept the order), so they come before the saved file
    expect(all.filter((s) => !s.problem).map((s) => s.record!.participant)).toEqual(['bulk-1', 'bulk-2', 'bulk-3', 'file-1']);
    const bad = all.filter((s) => s.problem);
    expect(bad.map((s) => s.file)).toEqual([`${join(dir, BULK_SORTS_FILE)}:4`, `${join(dir, BULK_SORTS_FILE)}:5`]);
    expect(bad[1]!.problem).toMatch(/sorts\.jsonl:5: not valid JSON/);
    expect((await readValidSorts(dir, study, { skipInvalid: true })).length).toBe(4);
  });

  it('never overwrites: one sort per participant across both stores', async () => {
    const dir = temp.path;
    await createStudy(dir, study);
    await saveSort(dir, study, sort('file-1'));
    await appendBulkSorts(dir, study, [sort('bulk-1')], () => false);
    await expect(saveSort(dir, study, sort('bulk-1', 2), { replace: true })).rejects.toThrow(SortExistsError);
    expect(await readSort(dir, 'bulk-1')).toEqual(sort('bulk-1'));
    expect(await readSort(dir, 'nobody')).toBeUndefined();
    await expect(appendBulkSorts(dir, study, [sort('new'), sort('file-1')], (p) => p === 'file-1')).rejects.toThrow(/"file-1" already has a sort/);
    await expect(appendBulkSorts(dir, study, [sort('file-1')], (p) => p === 'file-1')).rejects.toThrow(SortExistsError);
    await expect(appendBulkSorts(dir, study, [sort('a'), sort('a')], () => false)).rejects.toThrow(/twice in this import/);
    await expect(appendBulkSorts(dir, study, [sort('bulk-1')], () => false)).rejects.toThrow(/sorts\.jsonl:1/);
    // all or nothing: the refused imports wrote nothing
    expect([...bulkParticipants(dir).keys()]).toEqual(['bulk-1']);
    // a duplicate written by hand is reported, not read twice
    await writeFile(join(dir, BULK_SORTS_FILE), `${JSON.stringify(sort('bulk-1'))}\n${JSON.stringify(sort('file-1', 1))}\n`);
    const all = await readAllSorts(dir, study);
    expect(all.find((s) => s.file.endsWith(':2'))!.problem).toMatch(/"file-1" already has a sort/);
  });

  it('refuses a sort that does not fit the study, and a second writer while the lock is held', async () => {
    const dir = temp.path;
    await createStudy(dir, study);
    const wrong = { ...sort('x'), scores: { ...sort('x').scores, S1: 2 } };
    await expect(appendBulkSorts(dir, study, [sort('ok'), wrong], () => false)).rejects.toThrow(DataError);
    expect(bulkParticipants(dir).size).toBe(0);
    await writeFile(join(dir, `${BULK_SORTS_FILE}.lock`), '1\n');
    await expect(appendBulkSorts(dir, study, [sort('ok')], () => false)).rejects.toThrow(/another import/);
  });
});
