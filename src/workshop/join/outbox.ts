import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSortRecord } from '../../core/schema.ts';
import type { SortRecord } from '../../core/types.ts';
import { DataError, IoError, ioError } from '../../errors.ts';
import { writeFileAtomic } from '../../study/atomic.ts';
import { listJson, participantFileName } from '../../study/study-folder.ts';
import { RefusedError, submitSort } from './client.ts';
import type { ClientOptions, SubmitResult } from './client.ts';

/**
 * Sorts on their way to a workshop server. A sort is written to
 * `<dir>/outbox/<sortId>.json` before it is sent and removed once the server
 * acknowledges it; `qsort sync` resends what is left. A sort the server refuses
 * (name taken, not valid for the study) moves to `<dir>/outbox/refused/`, with
 * the reason, so it is neither lost nor resent forever.
 */

export const OUTBOX_DIR = 'outbox';
export const REFUSED_DIR = join(OUTBOX_DIR, 'refused');

export interface OutboxEntry {
  readonly schemaVersion: 1;
  readonly url: string;
  readonly code: string;
  readonly queuedAt: string;
  readonly record: SortRecord;
  /** Why the server refused it (only in outbox/refused/). */
  readonly refused?: string;
}

export const outboxPath = (dir: string, sortId: string): string => join(dir, OUTBOX_DIR, participantFileName(sortId));

function parseEntry(v: unknown, where: string): OutboxEntry {
  const o = v as Partial<Record<keyof OutboxEntry, unknown>> | null;
  if (!o || typeof o.url !== 'string' || typeof o.code !== 'string') throw new DataError(`${where}: not an outbox entry (needs "url", "code" and "record")`);
  return {
    schemaVersion: 1,
    url: o.url,
    code: o.code,
    queuedAt: typeof o.queuedAt === 'string' ? o.queuedAt : '',
    record: parseSortRecord(o.record, `${where}: record`),
  };
}

/** Writes a sort to the outbox (atomically); returns the file. */
export async function queueSubmission(dir: string, entry: Omit<OutboxEntry, 'schemaVersion'>): Promise<string> {
  const path = outboxPath(dir, entry.record.sortId);
  await writeFileAtomic(path, `${JSON.stringify({ schemaVersion: 1, ...entry }, null, 2)}\n`);
  return path;
}

async function removeEntry(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw ioError(error, path, 'remove');
  });
}

async function moveToRefused(dir: string, path: string, entry: OutboxEntry, reason: string): Promise<string> {
  const target = join(dir, REFUSED_DIR, participantFileName(entry.record.sortId));
  await writeFileAtomic(target, `${JSON.stringify({ ...entry, refused: reason }, null, 2)}\n`);
  await removeEntry(path);
  return target;
}

/** The entries waiting in the outbox, oldest first; unreadable files are returned as problems. */
export async function listOutbox(dir: string): Promise<{ path: string; entry?: OutboxEntry; problem?: string }[]> {
  const folder = join(dir, OUTBOX_DIR);
  const names = await listJson(folder);
  const out = await Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      try {
        return { path, entry: parseEntry(JSON.parse(await readFile(path, 'utf8')), path) };
      } catch (error) {
        return { path, problem: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  return out.sort((a, b) => (a.entry?.queuedAt ?? '').localeCompare(b.entry?.queuedAt ?? ''));
}

export type DeliveryResult =
  | { readonly kind: 'sent'; readonly result: SubmitResult }
  /** The server could not be reached; the sort waits in the outbox. */
  | { readonly kind: 'queued'; readonly path: string; readonly reason: string }
  /** The server refused it; the sort was moved to outbox/refused/ (401: kept in the outbox, the code may be fixed). */
  | { readonly kind: 'refused'; readonly path: string; readonly status: number; readonly reason: string };

async function deliver(dir: string, path: string, entry: OutboxEntry, options: ClientOptions): Promise<DeliveryResult> {
  try {
    const result = await submitSort(entry.url, entry.code, entry.record, options);
    await removeEntry(path);
    return { kind: 'sent', result };
  } catch (error) {
    if (error instanceof RefusedError) {
      if (error.status === 401) return { kind: 'refused', path, status: 401, reason: error.message };
      return { kind: 'refused', path: await moveToRefused(dir, path, entry, error.message), status: error.status, reason: error.message };
    }
    if (error instanceof IoError) return { kind: 'queued', path, reason: error.message };
    throw error;
  }
}

/**
 * Sends a sort to a workshop server through the outbox: saved first, removed
 * once acknowledged. Never loses the sort: on failure it stays on disk and the
 * result says where.
 */
export async function sendSort(
  dir: string,
  target: { url: string; code: string },
  record: SortRecord,
  options: ClientOptions & { now?: Date } = {},
): Promise<DeliveryResult> {
  const entry: OutboxEntry = { schemaVersion: 1, url: target.url, code: target.code, queuedAt: (options.now ?? new Date()).toISOString(), record };
  const path = await queueSubmission(dir, entry);
  return deliver(dir, path, entry, options);
}

export interface SyncItem {
  readonly path: string;
  readonly participant?: string;
  readonly sortId?: string;
  readonly url?: string;
  readonly result: DeliveryResult | { readonly kind: 'unreadable'; readonly reason: string };
}

/** Resends everything in the outbox, one at a time; `url`/`code` override what was stored (a moved server, a new code). */
export async function syncOutbox(dir: string, options: ClientOptions & { url?: string; code?: string } = {}): Promise<SyncItem[]> {
  const items: SyncItem[] = [];
  /** Servers that could not be reached: the other sorts for them wait without another round of retries. */
  const unreachable = new Map<string, string>();
  for (const { path, entry, problem } of await listOutbox(dir)) {
    if (!entry) {
      items.push({ path, result: { kind: 'unreadable', reason: problem ?? 'unreadable' } });
      continue;
    }
    const updated: OutboxEntry = { ...entry, url: options.url ?? entry.url, code: options.code ?? entry.code };
    if (updated.url !== entry.url || updated.code !== entry.code) await writeFileAtomic(path, `${JSON.stringify(updated, null, 2)}\n`);
    const down = unreachable.get(updated.url);
    const result: DeliveryResult = down === undefined ? await deliver(dir, path, updated, options) : { kind: 'queued', path, reason: down };
    if (result.kind === 'queued') unreachable.set(updated.url, result.reason);
    items.push({ path, participant: entry.record.participant, sortId: entry.record.sortId, url: updated.url, result });
  }
  return items;
}
