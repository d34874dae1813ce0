import type { Lang } from '../../../core/types.ts';
import { formatNumber } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { join, line, round, svgChart, text, type ChartText } from './svg.ts';

export interface ScreeSpec extends ChartText {
  /** Eigenvalues of the full correlation matrix, largest first. */
  readonly eigenvalues: readonly number[];
  /** Parallel analysis: the 95th percentile of random eigenvalues per position, when computed. */
  readonly parallel?: readonly (number | null)[] | undefined;
  /** How many factors the analysis kept (marked on the plot). */
  readonly extracted: number;
  readonly lang: Lang;
  readonly labels: { readonly eigenvalue: string; readonly kaiser: string; readonly parallel: string; readonly extracted: string; readonly factor: string };
}

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 48;
const RIGHT = 16;
const TOP = 40;
const BOTTOM = 44;

/** Largest "nice" step (1, 2, 5 × 10ⁿ) giving at most ~6 ticks up to `max`. */
function niceStep(max: number): number {
  const raw = max / 6;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/**
 * The scree plot: eigenvalues by position (line with dots), the Kaiser–Guttman
 * line at 1 (dashed), the parallel-analysis line when given (dash-dot, square
 * markers), and the kept factors shaded. Lines differ in dash pattern and marker
 * shape as well as colour, and a legend names each.
 */
export function screePlot(spec: ScreeSpec): SafeHtml {
  const n = spec.eigenvalues.length;
  const parallel = spec.parallel?.slice(0, n);
  const values = [...spec.eigenvalues, ...(parallel ?? []).filter((v): v is number => v !== null), 1];
  const step = niceStep(Math.max(...values));
  const yMax = Math.ceil(Math.max(...values) / step) * step;
  const x = (i: number): number => LEFT + 14 + (n <= 1 ? 0 : (i / (n - 1)) * (WIDTH - LEFT - RIGHT - 28));
  const y = (v: number): number => TOP + (1 - v / yMax) * (HEIGHT - TOP - BOTTOM);

  const parts: SafeHtml[] = [];
  if (spec.extracted > 0) {
    const x1 = x(Math.min(spec.extracted, n) - 1) + 10;
    parts.push(html`<rect class="kept" x="${round(LEFT)}" y="${TOP}" width="${round(x1 - LEFT)}" height="${HEIGHT - TOP - BOTTOM}"/>`);
    parts.push(text(LEFT + 5, HEIGHT - BOTTOM - 6, spec.labels.extracted, { cls: 'kept-label' }));
  }
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(line(LEFT, y(v), WIDTH - RIGHT, y(v), 'gridline'));
    parts.push(text(LEFT - 6, y(v) + 4, formatNumber(v, step < 1 ? 1 : 0, spec.lang), { anchor: 'end', cls: 'tick' }));
  }
  const labelEvery = Math.ceil(n / 20);
  spec.eigenvalues.forEach((_, i) => {
    if (i % labelEvery === 0 || i === n - 1) parts.push(text(x(i), HEIGHT - BOTTOM + 16, String(i + 1), { anchor: 'middle', cls: 'tick' }));
  });
  parts.push(text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6, spec.labels.factor, { anchor: 'middle', cls: 'axis-label' }));
  parts.push(line(LEFT, y(1), WIDTH - RIGHT, y(1), 'kaiser'));

  if (parallel && parallel.some((v) => v !== null)) {
    const pts = parallel.flatMap((v, i) => (v === null ? [] : [`${round(x(i))},${round(y(v))}`]));
    parts.push(html`<polyline class="parallel" points="${pts.join(' ')}"/>`);
    parallel.forEach((v, i) => {
      if (v !== null) parts.push(html`<rect class="parallel-dot" x="${round(x(i) - 3.5)}" y="${round(y(v) - 3.5)}" width="7" height="7"/>`);
    });
  }
  const pts = spec.eigenvalues.map((v, i) => `${round(x(i))},${round(y(v))}`);
  parts.push(html`<polyline class="eigen" points="${pts.join(' ')}"/>`);
  spec.eigenvalues.forEach((v, i) => {
    parts.push(html`<circle class="${i < spec.extracted ? 'eigen-dot kept-dot' : 'eigen-dot'}" cx="${round(x(i))}" cy="${round(y(v))}" r="4"/>`);
  });

  // Legend, top right.
  const legend: SafeHtml[] = [];
  let lx = WIDTH - RIGHT;
  const item = (label: string, sample: (x0: number) => SafeHtml): void => {
    const w = label.length * 7 + 46;
    lx -= w;
    legend.push(html`<g class="legend-item">${sample(lx)}${text(lx + 28, 16, label, { cls: 'legend' })}</g>`);
  };
  if (parallel && parallel.some((v) => v !== null)) {
    item(spec.labels.parallel, (x0) => html`${line(x0, 12, x0 + 22, 12, 'parallel')}<rect class="parallel-dot" x="${round(x0 + 7.5)}" y="8.5" width="7" height="7"/>`);
  }
  item(spec.labels.kaiser, (x0) => line(x0, 12, x0 + 22, 12, 'kaiser'));
  item(spec.labels.eigenvalue, (x0) => html`${line(x0, 12, x0 + 22, 12, 'eigen')}<circle class="eigen-dot" cx="${round(x0 + 11)}" cy="12" r="4"/>`);

  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width: WIDTH, height: HEIGHT }, join([join(parts), join(legend)]));
}
