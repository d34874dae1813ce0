import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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

/** Writes and fsyncs a new temp file beside `path`; a write that fails (a full disk) removes its temp file before it throws. */
async function writeTemp(path: string, data: string | Uint8Array, mode?: number): Promise<string> {
  const tmp = join(dirname(path), `${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  const h = await open(tmp, 'wx', mode);
  try {
    try {
      await h.writeFile(data);
      await h.sync();
    } finally {
      await h.close();
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
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
 * process creates it at the same moment. `mode` (e.g. 0o600 for a secret) holds
 * from the first byte written, the umask permitting.
 */
export async function writeFileExclusive(path: string, data: string | Uint8Array, options: { readonly mode?: number } = {}): Promise<boolean> {
  let tmp: string | undefined;
  try {
    await makeFolderFor(path);
    tmp = await writeTemp(path, data, options.mode);
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

function fsyncDirSync(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename itself is still atomic.
  }
}

/**
 * writeFileAtomic, synchronously: returns only once the new content is on disk
 * (temp file, fdatasync, rename). The sort flow calls it between a key and the
 * redraw, so the screen never shows what the file does not hold. The folder is
 * fsync'ed only when the file is new: replacing a file whose name is already
 * durable leaves the old content or the new one after a crash, never none —
 * and skipping that fsync is what keeps a key under a few milliseconds.
 * A failed write removes its temp file and throws an IoError naming the path.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  let tmp: string | undefined;
  try {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      throw error;
    }
    const name = join(dirname(path), `${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
    const fd = openSync(name, 'wx');
    tmp = name;
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const created = !existsSync(path);
    renameSync(name, path);
    tmp = undefined;
    if (created) fsyncDirSync(dirname(path));
  } catch (error) {
    throw ioError(error, path, 'write');
  } finally {
    if (tmp) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }
}
