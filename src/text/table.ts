import { fit, wrapText } from './wrap.ts';

/** A column of a plain text table. */
export interface TableColumn {
  readonly header: string;
  /** Never wider than this (longer cells are cut with "…", or wrapped with `wrap`). */
  readonly max?: number;
  /** Right-align (numbers). */
  readonly right?: boolean;
  /** Word-wrap long cells over several lines instead of cutting them (e.g. a statement's full text). */
  readonly wrap?: boolean;
}

const GAP = 2;
/** A wrapping column gives way first, down to this width. */
const MIN_WRAP_WIDTH = 16;

/**
 * A plain, aligned text table that fits `width` columns (pure, no colour): a header,
 * a rule, then the rows. Columns take their natural width up to `max`; when the
 * table is still too wide, wrapping columns give way first (down to 16), then the
 * widest columns (never below 4). Cells of a `wrap` column are word-wrapped over
 * several lines; the other cells of that row stay on its first line.
 * Lines carry no trailing spaces. `style(cell, row, column)` may decorate a cell
 * (each line of a wrapped one) after it was fitted (e.g. colour), without changing its width.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  width: number,
  style: (text: string, row: number, column: number) => string = (t) => t,
): string {
  const widths = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length))));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
  const widestOf = (which: (i: number) => boolean) =>
    widths.reduce((best, w, i) => (which(i) && (best < 0 || w > (widths[best] ?? 0)) ? i : best), -1);
  while (total() > width) {
    const wrapping = widestOf((i) => columns[i]?.wrap === true);
    const widest = wrapping >= 0 && (widths[wrapping] ?? 0) > MIN_WRAP_WIDTH ? wrapping : widestOf(() => true);
    if ((widths[widest] ?? 0) <= 4) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const line = (cells: readonly string[], decorate: (text: string, column: number) => string) =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const text = fit(cell, w).trimEnd();
        const pad = ' '.repeat(w - text.length);
        return columns[i]?.right ? pad + decorate(text, i) : text === '' ? pad : decorate(text, i) + pad;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const rowLines = (r: readonly string[], ri: number): string[] => {
    const parts = columns.map((c, i) => (c.wrap ? wrapText(r[i] ?? '', widths[i] ?? 0) : [r[i] ?? '']));
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) => line(parts.map((p) => p[k] ?? ''), (t, ci) => style(t, ri, ci)));
  };
  const out = [
    line(columns.map((c) => c.header), (t) => t),
    line(widths.map((w) => '─'.repeat(w)), (t) => t),
    ...rows.flatMap(rowLines),
  ];
  return `${out.join('\n')}\n`;
}
