import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IoError } from '../errors.ts';
import { initFromData } from './init-from.ts';

// Saving fails after the first sort is written, like a full disk would.
vi.mock('./import-sorts.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./import-sorts.ts')>();
  return {
    ...original,
    saveImportedSorts: async (...args: Parameters<typeof original.saveImportedSorts>) => {
      const [dir, study, files] = args;
      const first = files[0];
      if (first) await original.saveImportedSorts(dir, study, [{ ...first, sorts: first.sorts.slice(0, 1) }]);
      throw new IoError(`cannot write ${dir}/sorts: the disk is full`);
    },
  };
});

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qsort-init-from-'));
  await writeFile(join(root, 'w.csv'), 'id,A,B\n1,1,0\n2,0,1\n');
  await writeFile(join(root, 's.txt'), 'one\ntwo\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const input = (target: string) => ({
  target,
  from: join(root, 'w.csv'),
  fromLabel: 'w.csv',
  format: 'auto' as const,
  statements: join(root, 's.txt'),
  language: 'en' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  report: () => undefined,
});

describe('initFromData when saving fails half-way', () => {
  it('removes the new folder', async () => {
    await expect(initFromData(input(join(root, 'new')))).rejects.toThrow('the disk is full');
    expect(await readdir(root)).not.toContain('new');
  });

  it('empties an existing folder again, keeping what was there', async () => {
    const target = join(root, 'existing');
    await import('node:fs/promises').then((fs) => fs.mkdir(target));
    await writeFile(join(target, 'notes.txt'), 'mine');
    await expect(initFromData(input(target))).rejects.toThrow('the disk is full');
    expect(await readdir(target)).toEqual(['notes.txt']);
  });
});
