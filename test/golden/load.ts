/**
 * Loads the golden studies in this folder (test-only I/O; the analysis core
 * itself never reads files).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AnalysisInput } from '../../src/analysis/index.ts';

const here = (path: string): URL => new URL(path, import.meta.url);

/** A study folder with sorts.csv, statements.csv and distribution.json. */
export function loadStudy(folder: string): AnalysisInput {
  const sortRows = parse(readFileSync(here(`${folder}/sorts.csv`), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
  const header = sortRows[0]!;
  const sortIds = header.slice(1);
  const statementIds = sortRows.slice(1).map((r) => r[0]!);
  const data = sortRows.slice(1).map((r) => r.slice(1).map(Number));
  const texts = new Map(
    (parse(readFileSync(here(`${folder}/statements.csv`), 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as { id: string; text: string }[]).map(
      (r) => [r.id, r.text],
    ),
  );
  const dist = JSON.parse(readFileSync(here(`${folder}/distribution.json`), 'utf8')) as { scores: number[]; counts: number[] };
  return {
    statements: statementIds.map((id) => ({ id, text: texts.get(id) ?? '' })),
    sorts: sortIds.map((id) => ({ id })),
    data,
    distribution: { scores: dist.scores, counts: dist.counts },
  };
}

/** A qmethod oracle JSON (see README.md). */
export interface Oracle {
  meta: Record<string, unknown>;
  eigenvalues_full: number[];
  correlation: { data: number[][] };
  loadings_unrotated: { data: number[][] };
  rotation_matrix: { data: number[][] };
  loadings: { data: number[][] };
  flagged: { data: boolean[][] };
  zsc: { data: number[][] };
  zsc_n: { data: number[][] };
  f_char: {
    characteristics: { columns: Record<'av_rel_coef' | 'nload' | 'eigenvals' | 'expl_var' | 'reliability' | 'se_fscores', number[]> };
    cor_zsc: { data: number[][] };
    sd_dif: { data: number[][] };
  };
  qdc: { column_order: string[]; columns: Record<string, (string | number)[]> } | null;
}

export function loadOracle(path: string): Oracle {
  return JSON.parse(readFileSync(here(path), 'utf8')) as Oracle;
}

/** Largest absolute difference between two equally shaped numeric matrices (nulls must match). */
export function maxAbsDiff(a: readonly (readonly (number | null)[])[], b: readonly (readonly (number | null)[])[]): number {
  if (a.length !== b.length) return Infinity;
  let d = 0;
  a.forEach((row, i) => {
    const other = b[i]!;
    if (row.length !== other.length) d = Infinity;
    row.forEach((x, j) => {
      const y = other[j];
      if (x === null || y === null || y === undefined) d = x === y ? d : Infinity;
      else d = Math.max(d, Math.abs(x - y));
    });
  });
  return d;
}

/** The input with its sorts (columns) in the order of `sortIds` (e.g. an oracle's `meta.sort_ids`). */
export function inSortOrder(input: AnalysisInput, sortIds: readonly string[]): AnalysisInput {
  const index = new Map(input.sorts.map((s, j) => [s.id, j]));
  const cols = sortIds.map((id) => {
    const j = index.get(id);
    if (j === undefined) throw new Error(`no sort ${id}`);
    return j;
  });
  return { ...input, sorts: cols.map((j) => input.sorts[j]!), data: input.data.map((row) => cols.map((j) => row[j]!)) };
}
