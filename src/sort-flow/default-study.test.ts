import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IoError } from '../errors.ts';
import { errorText } from '../i18n/errors.ts';
import { offerDefaultStudy } from './default-study.ts';
import type { SortUi } from './ui.ts';

/** A UI that answers the create-study question with `answer` (the only question offerDefaultStudy asks). */
const answering = (answer: 'create' | 'stop'): SortUi => ({ choose: async () => answer }) as unknown as SortUi;

describe('offerDefaultStudy', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qsort-default-study-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('"Stoppen" ends with the no-study error, in Dutch for a Dutch prompt and in English too; nothing is written', async () => {
    const error = await offerDefaultStudy(dir, answering('stop'), 'nl', new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect(errorText(error as IoError, 'nl')).toBe(`geen studie in ${dir} (geen study.json); maak er een met "qsort init ${dir}" of wijs er een aan met --study MAP`);
    expect((error as IoError).message).toBe(`no study in ${dir} (no study.json); create one with "qsort init ${dir}" or point to one with --study DIR`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('creates the study when asked', async () => {
    await offerDefaultStudy(dir, answering('create'), 'nl', new Date('2026-01-02T00:00:00Z'));
    expect(await readdir(dir)).toContain('study.json');
  });
});
