import type { Lang } from '../../../core/types.ts';
import { formatScore, formatSigned } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { fitText, join, line, round, svgChart, text, type ChartText } from './svg.ts';

/** One bar: a statement with its mean score. */
export interface BarRow {
  /** The rank as shown ("1", "3=" for a tie). */
  readonly rank: string;
  /** The statement number as shown. */
  readonly number: string;
  readonly label: string;
  readonly value: number;
  /** Drawn in the accent colour, with a star and bold text (never colour alone). */
  readonly highlight: boolean;
}

export interface BarChartSpec extends ChartText {
  readonly rows: readonly BarRow[];
  /** The score range of the axis (the distribution's lowest and highest score). */
  readonly min: number;
  readonly max: number;
  readonly lang: Lang;
  /** Narrower layout for side-by-side charts. */
  readonly compact?: boolean;
}

const ROW = 22;
const BAR = 14;
const TOP = 30;

/**
 * A horizontal bar chart of mean scores, one row per statement in the given
 * order: rank, number, short label, a bar from 0 to the mean on the score axis,
 * and the mean as a number.
 */
export function barChart(spec: BarChartSpec): SafeHtml {
  const width = spec.compact ? 460 : 760;
  const labelWidth = spec.compact ? 170 : 330;
  const numberX = 58;
  const labelX = numberX + 8;
  const plotLeft = labelX + labelWidth + 12;
  const valueWidth = 52;
  const plotRight = width - valueWidth - 6;
  const lo = Math.min(spec.min, 0);
  const hi = Math.max(spec.max, 0);
  const x = (v: number): number => plotLeft + ((v - lo) / (hi - lo || 1)) * (plotRight - plotLeft);
  const height = TOP + spec.rows.length * ROW + 8;
  const bottom = height - 6;

  const ticks: SafeHtml[] = [];
  for (let s = Math.ceil(lo); s <= Math.floor(hi); s++) {
    ticks.push(line(x(s), TOP - 6, x(s), bottom, s === 0 ? 'axis-zero' : 'gridline'));
    ticks.push(text(x(s), TOP - 11, formatScore(s), { anchor: 'middle', cls: 'tick' }));
  }

  const rows = spec.rows.map((row, i) => {
    const y = TOP + i * ROW;
    const mid = y + ROW / 2;
    const x0 = x(0);
    const x1 = x(Math.max(lo, Math.min(hi, row.value)));
    const cls = row.highlight ? 'bar bar-top' : 'bar';
    const textCls = row.highlight ? 'row-text row-top' : 'row-text';
    return html`<g class="${row.highlight ? 'row top' : 'row'}">${row.highlight ? html`<rect class="row-band" x="0" y="${round(y + 1)}" width="${width}" height="${ROW - 2}"/>` : ''}${text(34, mid + 4, `${row.highlight ? '★ ' : ''}${row.rank}`, { anchor: 'end', cls: textCls })}${text(numberX, mid + 4, row.number, { anchor: 'end', cls: `${textCls} num` })}${text(labelX, mid + 4, fitText(row.label, labelWidth, 12), { cls: textCls })}<rect class="${cls}" x="${round(Math.min(x0, x1))}" y="${round(mid - BAR / 2)}" width="${round(Math.max(Math.abs(x1 - x0), 1))}" height="${BAR}" rx="2"/>${text(width - 6, mid + 4, formatSigned(row.value, 2, spec.lang), { anchor: 'end', cls: `${textCls} num` })}</g>`;
  });

  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width, height }, join([join(ticks), join(rows)]));
}
