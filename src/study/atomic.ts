import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ioError } from '../errors.ts';

/** Temp files are `name.tmp-<random>` beside the target; readers ignore them. */
export const isTempFile = (name: string): boolean => /\.tmp-[0-9a-f]+$/.test(name);

async function fsyncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename itself is still atomic.
  }
}

/** Creates the folder of `path`; a file standing where a folder should be is reported as such. */
async function makeFolderFor(path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    // mkdir -p reports EEXIST when a part of the path is a file.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    throw error;
  }
}

async function writeTemp(path: string, data: string | Uint8Array): Promise<string> {
  const tmp = join(dirname(path), `${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  const h = await open(tmp, 'wx');
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
  return tmp;
}

/**
 * Writes a file atomically: a temp file in the same folder, fsync, rename.
 * A reader sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  let tmp: string | undefined;
  try {
    await makeFolderFor(path);
    tmp = await writeTemp(path, data);
    await rename(tmp, path);
    tmp = undefined;
    await fsyncDir(dirname(path));
  } catch (error) {
    throw ioError(error, path, 'write');
  } finally {
    if (tmp) await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Writes a file atomically only if it does not exist yet (temp file, fsync, hard link).
 * Returns false, writing nothing, when the file already exists — also when another
 * process creates it at the same moment.
 */
export async function writeFileExclusive(path: string, data: string | Uint8Array): Promise<boolean> {
  let tmp: string | undefined;
  try {
    await makeFolderFor(path);
    tmp = await writeTemp(path, data);
    try {
      await link(tmp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    await fsyncDir(dirname(path));
    return true;
  } catch (error) {
    throw ioError(error, path, 'write');
  } finally {
    if (tmp) await unlink(tmp).catch(() => undefined);
  }
}
