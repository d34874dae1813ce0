/**
 * The scatter plot of `qsort rotate` (pure): every sort at its loadings on a
 * pair of factors, in character cells from −1 to +1 on both axes. The axes
 * cross at 0; dotted lines mark the significance bounds ±1.96/√statements; each
 * sort is a symbol that says which factor it defines (so colour never carries
 * the meaning alone) with its id beside it where there is room.
 */

/** What a sort's symbol says. */
export type PointMark = 'a' | 'b' | 'other' | 'none';

export const MARK_SYMBOL: Readonly<Record<PointMark, string>> = { a: '●', b: '▲', other: '◆', none: '○' };

export interface PlotPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly mark: PointMark;
}

/** The kind of a cell, for styling after layout. */
export type CellKind = 'blank' | 'axis' | 'bound' | 'tick' | 'label' | 'selected' | PointMark;

export interface PlotCell {
  readonly ch: string;
  readonly kind: CellKind;
}

export interface PlotOptions {
  /** Columns and rows of the plot area (odd numbers put 0 on a cell). */
  readonly width: number;
  readonly height: number;
  /** The significance bound (1.96/√statements), drawn at ±bound on both axes. */
  readonly bound: number;
  /** Names of the two factors, written at the ends of the axes. */
  readonly xName: string;
  readonly yName: string;
  /** The index of the chosen sort, drawn last with its id in brackets. */
  readonly selected: number | null;
}

const LABEL_GAP = 1;

/** The column of x (−1..1) and the row of y (1..−1) in a plot of width × height. */
export function cellOf(x: number, y: number, width: number, height: number): readonly [column: number, row: number] {
  const clamp = (v: number) => Math.max(-1, Math.min(1, v));
  return [Math.round(((clamp(x) + 1) / 2) * (width - 1)), Math.round(((1 - clamp(y)) / 2) * (height - 1))];
}

function drawLines(grid: PlotCell[][], o: PlotOptions): void {
  const [zeroCol, zeroRow] = cellOf(0, 0, o.width, o.height);
  const [plusCol, minusRow] = cellOf(o.bound, -o.bound, o.width, o.height);
  const [minusCol, plusRow] = cellOf(-o.bound, o.bound, o.width, o.height);
  for (let r = 0; r < o.height; r++) {
    for (const c of [minusCol, plusCol]) if (c !== zeroCol) grid[r]![c] = { ch: '┊', kind: 'bound' };
  }
  for (const r of [minusRow, plusRow]) {
    if (r === zeroRow) continue;
    for (let c = 0; c < o.width; c++) grid[r]![c] = { ch: grid[r]![c]!.kind === 'bound' ? '┼' : '┈', kind: 'bound' };
  }
  for (let r = 0; r < o.height; r++) grid[r]![zeroCol] = { ch: '│', kind: 'axis' };
  for (let c = 0; c < o.width; c++) grid[zeroRow]![c] = { ch: c === zeroCol ? '┼' : '─', kind: 'axis' };
  const put = (r: number, c: number, text: string) => {
    for (let i = 0; i < text.length && c + i < o.width; i++) if (c + i >= 0) grid[r]![c + i] = { ch: text[i]!, kind: 'tick' };
  };
  put(0, zeroCol + 2, o.yName);
  put(zeroRow - 1 >= 0 ? zeroRow - 1 : zeroRow, o.width - o.xName.length, o.xName);
  put(zeroRow + 1 < o.height ? zeroRow + 1 : zeroRow, 0, '−1');
  put(zeroRow + 1 < o.height ? zeroRow + 1 : zeroRow, o.width - 2, '+1');
}

/** A cell a label may take: empty or a line (not a point, another label, or the axes' names and ends). */
const free = (cell: PlotCell | undefined): boolean =>
  cell !== undefined && (cell.kind === 'blank' || cell.kind === 'axis' || cell.kind === 'bound');
/** A cell a point may take: anything but another point. */
const freeForPoint = (cell: PlotCell): boolean => free(cell) || cell.kind === 'tick';

/** Writes `text` at (row, column) when every cell it needs is free of points and labels. */
function tryLabel(grid: PlotCell[][], row: number, column: number, text: string, kind: CellKind): boolean {
  const cells = grid[row];
  if (!cells || column < 0 || column + text.length > cells.length) return false;
  for (let i = 0; i < text.length; i++) if (!free(cells[column + i])) return false;
  for (let i = 0; i < text.length; i++) cells[column + i] = { ch: text[i]!, kind };
  return true;
}

/**
 * Lays the plot out as rows of cells. Points are drawn in order of importance
 * (the chosen sort, then sorts that define one of the pair, then the others);
 * a label goes right of its point, else left, else is left out.
 */
export function plotCells(points: readonly PlotPoint[], o: PlotOptions): PlotCell[][] {
  const grid: PlotCell[][] = Array.from({ length: o.height }, () => Array.from({ length: o.width }, () => ({ ch: ' ', kind: 'blank' as const })));
  drawLines(grid, o);
  const rank = (i: number) => (i === o.selected ? 0 : points[i]!.mark === 'a' || points[i]!.mark === 'b' ? 1 : 2);
  const order = points.map((_, i) => i).sort((i, j) => rank(i) - rank(j) || i - j);
  const placed = order.map((i) => {
    const p = points[i]!;
    const [c, r] = cellOf(p.x, p.y, o.width, o.height);
    const cell = grid[r]![c]!;
    if (freeForPoint(cell)) grid[r]![c] = { ch: MARK_SYMBOL[p.mark], kind: i === o.selected ? 'selected' : p.mark };
    return { i, c, r };
  });
  for (const { i, c, r } of placed) {
    const selected = i === o.selected;
    const text = selected ? `[${points[i]!.label}]` : points[i]!.label;
    const kind: CellKind = selected ? 'selected' : 'label';
    if (!tryLabel(grid, r, c + 1 + (LABEL_GAP - 1), text, kind)) tryLabel(grid, r, c - text.length, text, kind);
  }
  return grid;
}

/** The plot as plain text lines (for tests and NO_COLOR). */
export function plotText(points: readonly PlotPoint[], o: PlotOptions): string[] {
  return plotCells(points, o).map((row) => row.map((cell) => cell.ch).join(''));
}
