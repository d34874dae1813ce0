import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Study } from '../core/types.ts';
import { saveImportedSorts } from './import-sorts.ts';
import { createStudy, participantFileName } from './study-folder.ts';

const study: Study = {
  schemaVersion: 1,
  title: 't',
  language: 'en',
  instruction: { en: '?' },
  statements: ['a', 'b'].map((id) => ({ id, text: { en: id } })),
  distribution: { scores: [0, 1], counts: [1, 1] },
  questions: [],
  createdAt: '',
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsort-save-imported-'));
  await createStudy(dir, study);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveImportedSorts', () => {
  it('saves every sort, many at once', async () => {
    const sorts = Array.from({ length: 50 }, (_, i) => ({ participant: `P${i}`, scores: { a: i % 2, b: 1 - (i % 2) } }));
    const records = await saveImportedSorts(dir, study, [{ file: 'x.csv', format: 'csv-wide', sorts }]);
    expect(records).toHaveLength(50);
    expect(await readdir(join(dir, 'sorts'))).toHaveLength(50);
  });

  it('removes the sorts it wrote when one save fails', async () => {
    // A folder where sort P7 should go makes that one save fail.
    await mkdir(join(dir, 'sorts', participantFileName('P7')));
    const sorts = Array.from({ length: 20 }, (_, i) => ({ participant: `P${i}`, scores: { a: 0, b: 1 } }));
    await expect(saveImportedSorts(dir, study, [{ file: 'x.csv', format: 'csv-wide', sorts }])).rejects.toThrow('participant "P7" already has a sort');
    expect(await readdir(join(dir, 'sorts'))).toEqual([participantFileName('P7')]);
  });
});
