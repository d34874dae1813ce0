/**
 * Bulk storage of sorts: `sorts.jsonl` in the study folder, one SortRecord per
 * line, written by `qsort import --bulk`. Every reader of the study's sorts reads
 * it together with sorts/<participant>.json, with the same checks; a participant
 * has one sort across both (never overwritten: a second one is refused on write
 * and reported as invalid on read). 100,000 sorts load from one file in a
 * fraction of a second instead of opening 100,000 files.
 *
 * Writes are all or nothing: the new sorts are checked, then the whole file is
 * rewritten atomically (old lines + new lines) under a lock file
 * (sorts.jsonl.lock), so two bulk imports never lose each other's sorts.
 */
import { readFileSync, statSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSortRecord } from '../core/schema.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { describeSortProblems, sortProblems } from '../core/validate-sort.ts';
import { DataError, IoError, ioError, SortExistsError } from '../errors.ts';
import { writeFileAtomic, writeFileExclusive } from './atomic.ts';
import { checkStoredSort, type StoredSort } from './stored-sort.ts';

export const BULK_SORTS_FILE = 'sorts.jsonl';
const LOCK_FILE = `${BULK_SORTS_FILE}.lock`;

function readBulkText(dir: string): string | null {
  const path = join(dir, BULK_SORTS_FILE);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(error, path, 'read');
  }
}

/** The non-empty lines with their 1-based numbers. */
function lines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((t, i) => {
    const trimmed = t.trim();
    if (trimmed !== '') out.push({ line: i + 1, text: trimmed });
  });
  return out;
}

/** Every line of sorts.jsonl, parsed and checked against the study (none when there is no file). */
export function readBulkSorts(dir: string, study: Study): StoredSort[] {
  const text = readBulkText(dir);
  if (text === null) return [];
  const path = join(dir, BULK_SORTS_FILE);
  return lines(text).map(({ line, text: json }) => {
    const file = `${path}:${line}`;
    return checkStoredSort(file, study, () => {
      try {
        return JSON.parse(json);
      } catch (error) {
        throw new DataError(`${file}: not valid JSON (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')})`);
      }
    });
  });
}

let cache: { dir: string; mtimeMs: number; size: number; participants: Map<string, number> } | undefined;

/** Participant → line number in sorts.jsonl (empty without the file). Cached while the file is unchanged. */
export function bulkParticipants(dir: string): ReadonlyMap<string, number> {
  let st;
  try {
    st = statSync(join(dir, BULK_SORTS_FILE));
  } catch {
    return new Map();
  }
  if (cache && cache.dir === dir && cache.mtimeMs === st.mtimeMs && cache.size === st.size) return cache.participants;
  const participants = new Map<string, number>();
  for (const { line, text } of lines(readBulkText(dir) ?? '')) {
    try {
      const p = (JSON.parse(text) as { participant?: unknown }).participant;
      if (typeof p === 'string' && !participants.has(p)) participants.set(p, line);
    } catch {
      // a broken line has no participant; readBulkSorts reports it
    }
  }
  cache = { dir, mtimeMs: st.mtimeMs, size: st.size, participants };
  return participants;
}

/** The participant's sort from sorts.jsonl, or undefined (a broken line throws a DataError naming file:line). */
export function readBulkSort(dir: string, participant: string): SortRecord | undefined {
  const line = bulkParticipants(dir).get(participant);
  if (line === undefined) return undefined;
  const text = (readBulkText(dir) ?? '').split('\n')[line - 1] ?? '';
  return parseSortRecord(JSON.parse(text) as Parameters<typeof parseSortRecord>[0], `${join(dir, BULK_SORTS_FILE)}:${line}`);
}

/** Throws when the participant already has a sort in sorts.jsonl (they are never replaced). */
export function assertNotInBulk(dir: string, participant: string): void {
  const line = bulkParticipants(dir).get(participant);
  if (line !== undefined) {
    throw new SortExistsError(`participant "${participant}" already has a sort (${join(dir, BULK_SORTS_FILE)}:${line}); sorts imported in bulk are never replaced`);
  }
}

/**
 * Appends checked sorts to sorts.jsonl, all or nothing. Refuses (DataError, nothing
 * written) a sort that does not fit the study, or a participant who already has a
 * sort here or in sorts/ (`hasFile`) or appears twice among `records`.
 */
export async function appendBulkSorts(dir: string, study: Study, records: readonly SortRecord[], hasFile: (participant: string) => boolean): Promise<void> {
  const lock = join(dir, LOCK_FILE);
  if (!(await writeFileExclusive(lock, `${process.pid}\n`))) {
    throw new IoError(`${lock} exists: another import is writing ${BULK_SORTS_FILE}; try again when it is done (remove the lock file if no import is running)`);
  }
  try {
    const existing = bulkParticipants(dir);
    const seen = new Set<string>();
    for (const r of records) {
      const problem = describeSortProblems(sortProblems(r.scores, study.statements, study.distribution, study.forced !== false));
      if (problem) throw new DataError(`sort of "${r.participant}": ${problem}; nothing was imported`);
      const line = existing.get(r.participant);
      if (line !== undefined || hasFile(r.participant) || seen.has(r.participant)) {
        const where = line !== undefined ? `${BULK_SORTS_FILE}:${line}` : seen.has(r.participant) ? 'twice in this import' : 'sorts/';
        throw new SortExistsError(`participant "${r.participant}" already has a sort (${where}); nothing was imported`);
      }
      seen.add(r.participant);
    }
    const old = readBulkText(dir) ?? '';
    const joined = old === '' || old.endsWith('\n') ? old : `${old}\n`;
    await writeFileAtomic(join(dir, BULK_SORTS_FILE), `${joined}${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
