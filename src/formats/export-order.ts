import type { SortRecord } from '../core/types.ts';

/** When the sort was done, as a number (finishedAt, else startedAt); undefined when the record does not say. */
function sortTime(record: SortRecord): number | undefined {
  const at = record.finishedAt ?? record.startedAt;
  const time = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The order sorts are exported in (pure): the sorts that say when they were done
 * (finishedAt, else startedAt: sorted with `qsort sort`, typed in with `qsort add`,
 * imported from qsort's own JSON) oldest first; then those that do not (imported
 * from other formats) in the order given, which is the study folder's: file name,
 * then the lines of sorts.jsonl. Stable: equal times keep the order given.
 * @example exportOrder([{ …, finishedAt: '2026-11-22T10:00:00Z' }, { …, finishedAt: '2026-11-22T09:00:00Z' }]) // the 09:00 sort first
 */
export function exportOrder(sorts: readonly SortRecord[]): SortRecord[] {
  return sorts
    .map((record, index) => ({ record, index, time: sortTime(record) }))
    .sort((a, b) => {
      if (a.time === undefined || b.time === undefined) return a.time === b.time ? a.index - b.index : a.time === undefined ? 1 : -1;
      return a.time - b.time || a.index - b.index;
    })
    .map((k) => k.record);
}
