/**
 * Flags by hand, as `--flag` gives them ("P01=1,P07=2,P04=0") or a CSV file
 * (`--flag-file`) with the columns `sort,factor`: factor 1, 2, … or F1, F2, …;
 * 0 means the sort is flagged nowhere. A sort is named once.
 */
import { DataError } from '../errors.ts';
import { manualFlagsOf, type ManualFlags } from '../study-analysis/analysis-options.ts';
import { parseCsv } from './csv.ts';
import { dataErrorAt } from './errors.ts';

/**
 * Parses a flag file: a CSV with a header `sort,factor` (in any order; other
 * columns are ignored), one sort a row.
 * @throws DataError naming the file and line
 */
export function parseFlagFile(text: string, file: string): ManualFlags {
  const rows = parseCsv(text, file);
  const header = rows[0];
  const lower = header?.cells.map((c) => c.toLowerCase()) ?? [];
  const sortAt = lower.indexOf('sort');
  const factorAt = lower.indexOf('factor');
  if (!header || sortAt < 0 || factorAt < 0) {
    throw dataErrorAt({ file, line: header?.line ?? 1 }, 'a flag file needs a header with the columns "sort" and "factor" (factor 0 = nowhere)', 'een vlaggenbestand heeft een kopregel met de kolommen "sort" en "factor" nodig (factor 0 = nergens)');
  }
  const requests = rows.slice(1).map((r) => ({ line: r.line, item: r.cells.join(','), sort: r.cells[sortAt] ?? '', factor: r.cells[factorAt] ?? '' }));
  if (requests.length === 0) throw new DataError(`${file}: no flags in the file (a row "P01,1" per sort under the header "sort,factor")`);
  const first = new Map<string, number>();
  for (const r of requests) {
    const before = first.get(r.sort);
    if (before !== undefined) throw dataErrorAt({ file, line: r.line }, `sort "${r.sort}" is flagged twice (also on line ${before}); a sort defines at most one factor`, `sortering "${r.sort}" is twee keer gevlagd (ook op regel ${before}); een sortering bepaalt hoogstens één factor`);
    first.set(r.sort, r.line);
    try {
      manualFlagsOf([r]);
    } catch (error) {
      throw dataErrorAt({ file, line: r.line }, error instanceof Error ? error.message : String(error));
    }
  }
  return manualFlagsOf(requests);
}
