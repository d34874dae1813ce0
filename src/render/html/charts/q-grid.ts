import { formatScore } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { join, PALETTE, round, svgChart, text, wrapText, type ChartText } from './svg.ts';

/** A mark drawn on a grid cell, in addition to its style. */
export type CellMark = 'distinguishing' | 'consensus';

export interface GridCell {
  /** The statement number as shown. */
  readonly number: string;
  readonly label: string;
  readonly mark?: CellMark | undefined;
}

export interface GridColumn {
  readonly score: number;
  /** Top to bottom. */
  readonly cells: readonly GridCell[];
}

export interface GridSpec extends ChartText {
  readonly columns: readonly GridColumn[];
  /** Captions under the two ends of the grid ("most disagree", "most agree"). */
  readonly leftCaption: string;
  readonly rightCaption: string;
}

const CELL_W = 88;
const GAP = 4;
const PAD = 6;
const HEAD = 26;
const NUMBER_SIZE = 13;
const LABEL_SIZE = 10;
const LABEL_LINES = 3;
const CELL_H = 16 + LABEL_LINES * (LABEL_SIZE + 2) + 6;

/** Mixes `hex` with white: share 0 = white, 1 = the colour. */
export function tint(hex: string, share: number): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = c.map((v) => Math.round(255 + (v - 255) * share));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Cell fill: blue tints for agree, vermillion tints for disagree, light grey for 0; deeper towards the ends. */
export function cellFill(score: number, maxAbs: number): string {
  if (score === 0 || maxAbs === 0) return '#f3f4f6';
  const share = 0.12 + 0.38 * (Math.abs(score) / maxAbs);
  return tint(score > 0 ? PALETTE.blue : PALETTE.vermillion, share);
}

/**
 * A factor array drawn as a Q-grid: one column per score of the distribution,
 * the score on top, each statement as a card with its number and short label.
 * Distinguishing statements get a heavy border and ◆, consensus statements ≈,
 * so the marks read without colour.
 */
export function qGrid(spec: GridSpec): SafeHtml {
  const cols = spec.columns.length;
  const rows = Math.max(1, ...spec.columns.map((c) => c.cells.length));
  const width = PAD * 2 + cols * CELL_W + (cols - 1) * GAP;
  const height = HEAD + rows * (CELL_H + GAP) + 24;
  const maxAbs = Math.max(0, ...spec.columns.map((c) => Math.abs(c.score)));

  const parts = spec.columns.map((column, ci) => {
    const x0 = PAD + ci * (CELL_W + GAP);
    const head = text(x0 + CELL_W / 2, HEAD - 9, formatScore(column.score), { anchor: 'middle', cls: 'grid-score' });
    const cells = column.cells.map((cell, ri) => {
      const y0 = HEAD + ri * (CELL_H + GAP);
      const cls = cell.mark === 'distinguishing' ? 'cell cell-dist' : cell.mark === 'consensus' ? 'cell cell-cons' : 'cell';
      const label = wrapText(cell.label, CELL_W - 14, LABEL_SIZE, LABEL_LINES).map((l, li) =>
        text(x0 + 5, y0 + 16 + NUMBER_SIZE - 4 + li * (LABEL_SIZE + 2) + 2, l, { cls: 'cell-label' }),
      );
      const mark = cell.mark === 'distinguishing' ? '◆' : cell.mark === 'consensus' ? '≈' : '';
      return html`<g class="card"><rect class="${cls}" x="${round(x0)}" y="${round(y0)}" width="${CELL_W}" height="${CELL_H}" rx="4" fill="${cellFill(column.score, maxAbs)}"/>${text(x0 + 5, y0 + NUMBER_SIZE + 2, cell.number, { cls: 'cell-number' })}${mark ? text(x0 + CELL_W - 5, y0 + NUMBER_SIZE + 1, mark, { anchor: 'end', cls: 'cell-mark' }) : ''}${join(label)}</g>`;
    });
    return html`<g class="grid-column">${head}${join(cells)}</g>`;
  });
  const captionY = height - 6;
  const captions = html`${text(PAD, captionY, `← ${spec.leftCaption}`, { cls: 'grid-caption' })}${text(width - PAD, captionY, `${spec.rightCaption} →`, { anchor: 'end', cls: 'grid-caption' })}`;
  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width, height }, join([join(parts), captions]));
}
