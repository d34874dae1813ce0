/**
 * The order of a study's sorts (pure): every sort keeps its place. Imported
 * sorts in the order of the input file's columns (or rows), then sorts done
 * with qsort, added or received by `serve` in the order they arrived. Every
 * listing, analysis, report and export uses this order, so the analysis runs
 * on the sorts as qmethod and PQMethod would (their column order is the input
 * order) and renaming a participant never changes a number.
 *
 * A sort record carries its place: `savedAt` (when the study received it) and,
 * for sorts imported together, `position` (its place in the file). Records
 * written before qsort kept the order fall back to finishedAt/startedAt, then
 * come before the others, in the order given (file name).
 */
import type { SortRecord } from './types.ts';

/** The fields that place a sort. */
export type OrderedRecord = Pick<SortRecord, 'savedAt' | 'position' | 'finishedAt' | 'startedAt'>;

function arrival(record: OrderedRecord | undefined): number {
  const at = record?.savedAt ?? record?.finishedAt ?? record?.startedAt;
  const time = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * `items` in study order (stable: equal places keep the order given).
 * @param recordOf the record of an item (undefined for an unreadable file: it keeps its place among the oldest)
 * @example inStudyOrder([b, a], (r) => r) // the sort saved first comes first
 */
export function inStudyOrder<T>(items: readonly T[], recordOf: (item: T) => OrderedRecord | undefined): T[] {
  return items
    .map((item, index) => {
      const r = recordOf(item);
      return { item, index, at: arrival(r), position: r?.position ?? 0 };
    })
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1) || a.position - b.position || a.index - b.index)
    .map((k) => k.item);
}
