import { unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../core/types.ts';
import { checkImport, importedRecord } from '../formats/check-import.ts';
import type { ImportedFile } from '../formats/check-import.ts';
import { detectFormat, parseSorts } from '../formats/index.ts';
import type { ImportedData } from '../formats/index.ts';
import { isXlsxName, type FileImportFormat } from '../formats/types.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { DataError, ioError, type IoWhat } from '../errors.ts';
import { appendBulkSorts, bulkParticipants } from './bulk-sorts.ts';
import { mapLimit } from './map-limit.ts';
import { readTextFile } from '../formats/statements-file.ts';
import { listJson, newSortId, participantFileName, saveSort, SORTS_DIR } from './study-folder.ts';

/** A file read and parsed for import. */
export interface ReadSortsFile extends ImportedFile {
  readonly data: ImportedData;
}

/**
 * Reads and parses one file of sorts. `format` 'auto' guesses from name and content.
 * `statementIds` maps positions 1..N for formats without statement ids.
 */
export async function readSortsFile(path: string, format: FileImportFormat | 'auto', statementIds?: readonly string[], label = path, lang: Lang = 'en'): Promise<ReadSortsFile> {
  if (format === 'xlsx' || (format === 'auto' && isXlsxName(path))) {
    const { parseWorkbookSorts } = await import('../formats/xlsx-import.ts');
    const bytes = await readBytes(path, 'sorts');
    const workbook = await parseWorkbookSorts(bytes, { file: label, lang, ...(statementIds ? { statementIds } : {}) });
    return { file: label, format: 'xlsx', sorts: workbook.data.sorts, data: workbook.data };
  }
  const text = await readTextFile(path, 'sorts');
  const chosen = format === 'auto' ? detectFormat(basename(path), text, statementIds) : format;
  if (!chosen) throw new DataError(`${label}: cannot tell the format; give --format (csv-wide, csv-long, pqmethod, kade, htmlq, eqws, json or xlsx)`);
  const data = parseSorts(chosen, text, { file: label, ...(statementIds ? { statementIds } : {}) });
  return { file: label, format: chosen, sorts: data.sorts, data };
}

/** A file's bytes (an I/O error names the file). */
export async function readBytes(path: string, what: IoWhat): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises');
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw ioError(error, path, 'read', what);
  }
}

/** The file names in sorts/ (participantFileName of each participant with a sort). */
export async function sortFileNames(dir: string): Promise<Set<string>> {
  return new Set(await listJson(join(dir, SORTS_DIR)));
}

/**
 * Throws one DataError when any sort of any file is not fit to import, after
 * writing each problem line to `report` (for stderr). Writes nothing.
 */
export async function assertImportable(
  dir: string,
  study: Study,
  files: readonly ImportedFile[],
  options: { replace?: boolean; /** --bulk: never replaces, so no --replace hint */ bulk?: boolean; report: (line: string) => void; /** of the reported lines (default en); the error has both */ lang?: Lang },
): Promise<void> {
  const existing = await sortFileNames(dir);
  const check = checkImport(files, study, { hasSort: (p) => existing.has(participantFileName(p)) || bulkParticipants(dir).has(p), ...(options.replace ? { replace: true } : {}) });
  if (check.total === 0) return;
  const replaceHint = check.existing > 0 && options.bulk !== true;
  const hint = replaceHint ? ' (--replace replaces existing sorts and keeps the old ones as backups)' : '';
  const hintNl = replaceHint ? ' (--replace vervangt bestaande sorteringen en bewaart de oude als reservekopie)' : '';
  if (check.total === 1) {
    throw new DataError(`${check.problems[0] ?? ''}; nothing was imported${hint}`, { nl: `${check.problemsNl[0] ?? ''}; er is niets geïmporteerd${hintNl}` });
  }
  const nl = options.lang === 'nl';
  for (const line of nl ? check.problemsNl : check.problems) options.report(`  ${line}`);
  const more = check.total - check.problems.length;
  if (more > 0) options.report(nl ? `  … en nog ${more}` : `  … and ${more} more`);
  throw new DataError(`${check.total} problems in the import (listed above); nothing was imported${hint}`, {
    nl: `${check.total} problemen in de import (hierboven); er is niets geïmporteerd${hintNl}`,
  });
}

/**
 * The records of an import, each with its place in the study: one arrival time
 * for the whole import and the sort's position in the input (file after file,
 * in each the order of its columns or rows); see core/sort-order.ts. The sorts
 * are written in parallel, so the files' own times say nothing about the order.
 */
function placedRecords(study: Study, files: readonly ImportedFile[], now = new Date()): SortRecord[] {
  const savedAt = now.toISOString();
  return files.flatMap((f) => f.sorts.map((s) => importedRecord(s, study, newSortId))).map((r, position) => ({ ...r, savedAt, position }));
}

/** How many sorts are written at once. */
const PARALLEL_WRITES = 16;

/**
 * Saves checked sorts, a few at a time. All or nothing: when one save fails (a disk
 * error, or another process saving the same participant at that moment), the sorts
 * this call created are removed again before the error is thrown. (With `replace`,
 * sorts already replaced stay replaced; their old versions are in sorts/replaced/.)
 */
export async function saveImportedSorts(dir: string, study: Study, files: readonly ImportedFile[], options: { replace?: boolean; now?: Date } = {}): Promise<SortRecord[]> {
  const records = placedRecords(study, files, options.now);
  const existing = options.replace ? await sortFileNames(dir) : new Set<string>();
  const created: string[] = [];
  try {
    await mapLimit(records, PARALLEL_WRITES, async (record) => {
      const path = await saveSort(dir, study, record, options);
      if (!existing.has(participantFileName(record.participant))) created.push(path);
    });
  } catch (error) {
    await Promise.all(created.map((path) => unlink(path).catch(() => undefined)));
    throw error;
  }
  return records;
}

/**
 * `qsort import --bulk`: the checked sorts appended to the study's sorts.jsonl in
 * one atomic write (see bulk-sorts.ts), instead of one file per sort. Never
 * replaces a sort.
 */
export async function saveImportedSortsInBulk(dir: string, study: Study, files: readonly ImportedFile[], options: { now?: Date } = {}): Promise<SortRecord[]> {
  const records = placedRecords(study, files, options.now);
  const existing = await sortFileNames(dir);
  await appendBulkSorts(dir, study, records, (p) => existing.has(participantFileName(p)));
  return records;
}
