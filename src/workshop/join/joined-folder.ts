import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { ioError } from '../../errors.ts';
import { normalizeCode } from '../host/session.ts';

/**
 * Where a participant's computer keeps the workshop sessions it joined
 * (`qsort sort --join`): one folder per server and code,
 *
 *   $QSORT_HOME/joined/<host>-<port>-<CODE>/   (default QSORT_HOME: ~/.qsort)
 *     study.json        the study the server sent
 *     drafts/           the sort in progress, saved after every key
 *     outbox/           finished sorts the server has not acknowledged yet
 *     outbox/refused/   sorts the server refused, with the reason
 *     sorts/            a copy of each sort the server acknowledged
 *
 * The one place that knows these paths: `qsort sort --join` writes there and
 * `qsort sync` resends the outboxes it finds there.
 */

export const JOINED_DIR = 'joined';

type Env = Readonly<Record<string, string | undefined>>;

/** $QSORT_HOME, else ~/.qsort (from $HOME or %USERPROFILE%); undefined when none is set. */
export function qsortHome(env: Env, cwd: string): string | undefined {
  const chosen = env['QSORT_HOME'];
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
  const home = env['HOME'] || env['USERPROFILE'];
  return home ? join(home, '.qsort') : undefined;
}

/** The folder name for a server and code: "192.168.1.20-8080-K7PM3Q" (only letters, digits, dots and dashes). */
export function joinedFolderName(origin: string, code: string): string {
  const url = new URL(origin);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe(url.hostname)}-${port}-${safe(normalizeCode(code))}`;
}

/** The local folder of one joined session. */
export function joinedFolder(home: string, origin: string, code: string): string {
  return join(home, JOINED_DIR, joinedFolderName(origin, code));
}

/** Every joined session's folder under `home`, sorted; none when the folder does not exist. */
export async function joinedFolders(home: string): Promise<string[]> {
  const root = join(home, JOINED_DIR);
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => join(root, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError(error, root, 'read');
  }
}

/**
 * The folders whose outbox `qsort sync` resends: the study folder (sorts sent
 * with `qsort add --to`) and every session joined with `qsort sort --join`.
 */
export async function outboxFolders(studyDir: string, env: Env, cwd: string): Promise<string[]> {
  const home = qsortHome(env, cwd);
  const joined = home ? await joinedFolders(home) : [];
  return [studyDir, ...joined.filter((d) => d !== studyDir)];
}
