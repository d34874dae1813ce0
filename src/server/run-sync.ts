import { relative } from 'node:path';
import type { SyncOptions } from '../commands/sync.ts';
import { printJson } from '../commands/shared.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError } from '../errors.ts';
import { serverOrigin } from './client.ts';
import type { SyncItem } from './outbox.ts';
import { syncOutbox } from './outbox.ts';
import { outboxFolders } from './joined-folder.ts';

/** One line per outbox entry: what happened to it. */
export function formatSyncItem(item: SyncItem, dir: string): string {
  const who = `${item.participant ?? '?'} → ${item.url ?? '?'}`;
  const r = item.result;
  switch (r.kind) {
    case 'sent':
      return `sent      ${who}: ${r.result.status}`;
    case 'queued':
      return `waiting   ${who}: ${r.reason}`;
    case 'refused':
      return `refused   ${who}: ${r.reason}${r.status === 401 ? '' : ` (kept in ${relative(dir, r.path)})`}`;
    case 'unreadable':
      return `unreadable ${relative(dir, item.path)}: ${r.reason}`;
  }
}

/** `qsort sync`: resends the outbox; the exit code says whether anything is left. */
export async function runSync(dir: string, opts: SyncOptions, deps: Deps): Promise<void> {
  const options = {
    ...(opts.to !== undefined ? { url: serverOrigin(opts.to) } : {}),
    ...(opts.code !== undefined ? { code: opts.code } : {}),
    retries: 2,
    onRetry: ({ delayMs, reason }: { delayMs: number; reason: string }) => deps.stderr.write(`${reason}; trying again in ${Math.ceil(delayMs / 1000)} s\n`),
  };
  // The study folder's outbox (qsort add --to) and those of the sessions joined with qsort sort --join.
  const folders: { folder: string; items: SyncItem[] }[] = [];
  for (const folder of await outboxFolders(dir, deps.env, deps.cwd)) folders.push({ folder, items: await syncOutbox(folder, options) });
  const items = folders.flatMap((f) => f.items);
  if (opts.json) printJson(deps, items);
  else if (items.length === 0) deps.stderr.write('the outbox is empty: every sort was delivered\n');
  else for (const f of folders) for (const item of f.items) deps.stdout.write(`${formatSyncItem(item, f.folder)}\n`);
  const waiting = items.filter((i) => i.result.kind === 'queued').length;
  const refused = items.filter((i) => i.result.kind === 'refused' || i.result.kind === 'unreadable').length;
  if (waiting > 0) throw new IoError(`${waiting} ${waiting === 1 ? 'sort is' : 'sorts are'} still waiting in the outbox; run "qsort sync" again when the server is reachable`);
  if (refused > 0) throw new DataError(`${refused} ${refused === 1 ? 'sort was' : 'sorts were'} refused; see the lines above`);
}
