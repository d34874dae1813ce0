import { inStudyOrder } from '../core/sort-order.ts';
import type { SortRecord } from '../core/types.ts';

/**
 * The order sorts are exported in (pure): the study's order (core/sort-order.ts):
 * imported sorts in their input file's order, then the order of arrival. A
 * PQMethod export numbers the sorts in this order, and importing it again gives
 * the same order back.
 * @example exportOrder([{ …, savedAt: '2026-11-22T10:00:00Z' }, { …, savedAt: '2026-11-22T09:00:00Z' }]) // the 09:00 sort first
 */
export function exportOrder(sorts: readonly SortRecord[]): SortRecord[] {
  return inStudyOrder(sorts, (r) => r);
}
