import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoError } from '../errors.ts';
import { isTempFile, writeFileAtomic, writeFileExclusive } from './atomic.ts';
import { useTempDir } from '../../test/helpers/temp-dir.ts';

const tmp = useTempDir('qsort-atomic-');

describe('isTempFile', () => {
  it('recognises name.tmp-<hex> and nothing else', () => {
    expect(isTempFile('anne.json.tmp-a1b2c3d4e5f6')).toBe(true);
    expect(isTempFile('study.json.tmp-0')).toBe(true);
    expect(isTempFile('anne.json')).toBe(false);
    expect(isTempFile('tmp-anne.json')).toBe(false);
    expect(isTempFile('anne.tmp-json.json')).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('writes, replaces, creates missing folders and leaves no temp file', async () => {
    const path = join(tmp.path, 'a', 'b', 'x.json');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readdir(join(tmp.path, 'a', 'b'))).toEqual(['x.json']);
  });

  it('lets many concurrent writers of one file each land whole (last one wins, never a mix)', async () => {
    const path = join(tmp.path, 'x.json');
    const bodies = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(bodies.map((b) => writeFileAtomic(path, b)));
    expect(bodies).toContain(await readFile(path, 'utf8'));
    expect(await readdir(tmp.path)).toEqual(['x.json']);
  });

  it('turns a file-system failure into an IoError naming the path, and leaves nothing behind', async () => {
    await writeFile(join(tmp.path, 'file'), 'x');
    const path = join(tmp.path, 'file', 'x.json');
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow(IoError);
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow(`cannot write ${path}: a part of the path is not a folder`);
    expect(await readdir(tmp.path)).toEqual(['file']);
  });
});

describe('writeFileExclusive', () => {
  it('writes a new file and refuses, untouched, an existing one', async () => {
    const path = join(tmp.path, 'x.json');
    expect(await writeFileExclusive(path, 'first')).toBe(true);
    expect(await writeFileExclusive(path, 'second')).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(tmp.path)).toEqual(['x.json']);
  });

  it('lets exactly one of many concurrent writers win, and the file is the winner’s', async () => {
    const path = join(tmp.path, 'x.json');
    const bodies = Array.from({ length: 25 }, (_, i) => `writer ${i} `.repeat(2_000));
    const results = await Promise.all(bodies.map((b) => writeFileExclusive(path, b)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe(bodies[results.indexOf(true)]);
    expect(await readdir(tmp.path)).toEqual(['x.json']);
  });

  it('does not treat an existing file as an error, but a missing folder it cannot make is one', async () => {
    await writeFile(join(tmp.path, 'file'), 'x');
    await expect(writeFileExclusive(join(tmp.path, 'file', 'x.json'), 'data')).rejects.toThrow(IoError);
  });
});
