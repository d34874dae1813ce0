import { fit } from './wrap.ts';

/** A column of a plain text table. */
export interface TableColumn {
  readonly header: string;
  /** Never wider than this (longer cells are cut with "…"). */
  readonly max?: number;
  /** Right-align (numbers). */
  readonly right?: boolean;
}

const GAP = 2;

/**
 * A plain, aligned text table that fits `width` columns (pure, no colour): a header,
 * a rule, then the rows. Columns take their natural width up to `max`; when the
 * table is still too wide, the widest columns give way first (never below 4).
 * Lines carry no trailing spaces. `style(cell, row, column)` may decorate a cell
 * after it was fitted (e.g. colour), without changing its width.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  width: number,
  style: (text: string, row: number, column: number) => string = (t) => t,
): string {
  const widths = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length))));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 4) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const line = (cells: readonly string[], decorate: (text: string, column: number) => string) =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const text = fit(cell, w).trimEnd();
        const pad = ' '.repeat(w - text.length);
        return columns[i]?.right ? pad + decorate(text, i) : decorate(text, i) + pad;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [
    line(columns.map((c) => c.header), (t) => t),
    line(widths.map((w) => '─'.repeat(w)), (t) => t),
    ...rows.map((r, ri) => line(columns.map((_, i) => r[i] ?? ''), (t, ci) => style(t, ri, ci))),
  ];
  return `${out.join('\n')}\n`;
}
