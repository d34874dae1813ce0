import { relative } from 'node:path';
import { pickLang, printJson, retryTiming, studyDir } from './context.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError } from '../errors.ts';
import { commandTexts } from '../i18n/commands.ts';
import { localReason } from '../i18n/network.ts';
import { serverOrigin } from '../workshop/join/client.ts';
import type { SyncItem } from '../workshop/join/outbox.ts';
import { syncOutbox } from '../workshop/join/outbox.ts';
import { outboxFolders } from '../workshop/join/joined-folder.ts';

export interface SyncOptions {
  study?: string;
  to?: string;
  code?: string;
  json?: boolean;
}

/** One line per outbox entry: what happened to it. */
export function formatSyncItem(item: SyncItem, dir: string, lang: Lang = 'en'): string {
  const t = commandTexts(lang);
  const who = `${item.participant ?? '?'} → ${item.url ?? '?'}`;
  const r = item.result;
  // the first word padded so the names line up, in either language
  const head = (word: string): string => word.padEnd(Math.max(t.syncSent.length, t.syncWaiting.length, t.syncRefused.length) + 3);
  switch (r.kind) {
    case 'sent':
      return `${head(t.syncSent)}${who}: ${t.sentStatus[r.result.status] ?? r.result.status}`;
    case 'queued':
      return `${head(t.syncWaiting)}${who}: ${localReason(r.reason, lang)}`;
    case 'refused':
      return `${head(t.syncRefused)}${who}: ${localReason(r.reason, lang)}${r.status === 401 ? '' : ` (${t.keptIn(relative(dir, r.path))})`}`;
    case 'unreadable':
      return `${t.syncUnreadable} ${relative(dir, item.path)}: ${r.reason}`;
  }
}

/** `qsort sync`: resends the outbox; the exit code says whether anything is left. */
export async function runSync(opts: SyncOptions, deps: Deps): Promise<void> {
  const dir = studyDir(opts, deps);
  const lang = pickLang(undefined, undefined, deps.env);
  const t = commandTexts(lang);
  const options = {
    ...(opts.to !== undefined ? { url: serverOrigin(opts.to) } : {}),
    ...(opts.code !== undefined ? { code: opts.code } : {}),
    retries: 2,
    ...retryTiming(deps.env),
    onRetry: ({ delayMs, reason }: { delayMs: number; reason: string }) => deps.stderr.write(`${t.retrying(localReason(reason, lang), Math.ceil(delayMs / 1000))}\n`),
  };
  // The study folder's outbox (qsort add --to) and those of the sessions joined with qsort sort --join.
  const folders: { folder: string; items: SyncItem[] }[] = [];
  for (const folder of await outboxFolders(dir, deps.env, deps.cwd)) folders.push({ folder, items: await syncOutbox(folder, options) });
  const items = folders.flatMap((f) => f.items);
  if (opts.json) printJson(deps, items);
  else if (items.length === 0) deps.stderr.write(`${t.outboxEmpty}\n`);
  else for (const f of folders) for (const item of f.items) deps.stdout.write(`${formatSyncItem(item, f.folder, lang)}\n`);
  const waiting = items.filter((i) => i.result.kind === 'queued').length;
  const refused = items.filter((i) => i.result.kind === 'refused' || i.result.kind === 'unreadable').length;
  const [en, nl] = [commandTexts('en'), commandTexts('nl')];
  if (waiting > 0) throw new IoError(en.syncWaitingError(waiting), { nl: nl.syncWaitingError(waiting) });
  if (refused > 0) throw new DataError(en.syncRefusedError(refused), { nl: nl.syncRefusedError(refused) });
}
