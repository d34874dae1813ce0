/**
 * The screen of `qsort rotate` (pure): the plot of the pair on the left, the
 * factors, the steps and the chosen sort on the right, the legend and the keys
 * at the bottom. Laid out in plain text first, styled afterwards. At 80×24 the
 * plot is 39×19 cells; a larger terminal gets a larger plot.
 */
import type { BoolMatrix, Matrix } from '../../analysis/matrix.ts';
import { factorId } from '../../analysis/warnings.ts';
import type { Lang } from '../../core/types.ts';
import { formatDegrees, type RotateTexts } from '../../i18n/rotate.ts';
import { fit, wrapText } from '../../text/wrap.ts';
import { type ScreenSize, spread, usableRows, usableWidth } from '../layout.ts';
import type { SortStyle } from '../theme.ts';
import { type CellKind, plotCells, type PlotPoint, type PointMark } from './plot.ts';
import { currentLoadings, isUnsaved, type RotateModel, type RotateState, stepSize } from './state.ts';

/** Everything the screen shows besides the state. */
export interface RotateContext {
  readonly model: RotateModel;
  readonly title: string;
  readonly base: 'varimax' | 'none';
  readonly statementCount: number;
  /** The flags of a set of loadings (the analysis' rule; hand-set flags stay). */
  readonly flagsOf: (loadings: Matrix) => BoolMatrix;
  readonly texts: RotateTexts;
  readonly lang: Lang;
  readonly style: SortStyle;
  readonly size: ScreenSize;
}

/** What the numbers on screen are: each factor's explained variance and defining sorts. */
export interface RotateFigures {
  readonly loadings: Matrix;
  readonly flags: BoolMatrix;
  /** 100·Σ loading²/sortCount per factor. */
  readonly variance: readonly number[];
  readonly defining: readonly number[];
}

export function rotateFigures(state: RotateState, ctx: Pick<RotateContext, 'model' | 'flagsOf'>): RotateFigures {
  const loadings = currentLoadings(state, ctx.model);
  const flags = ctx.flagsOf(loadings);
  const k = loadings[0]?.length ?? 0;
  const n = loadings.length;
  const variance = Array.from({ length: k }, (_, f) => (100 * loadings.reduce((s, row) => s + row[f]! * row[f]!, 0)) / n);
  const defining = Array.from({ length: k }, (_, f) => flags.reduce((s, row) => s + (row[f] ? 1 : 0), 0));
  return { loadings, flags, variance, defining };
}

const PANEL_WIDTH = 38;

/** The plot's size for a screen: odd, about twice as wide as high (cells are tall). */
export function plotSize(size: ScreenSize, bottomLines: number): { width: number; height: number } {
  const rows = usableRows(size) - 1 - bottomLines;
  const columns = usableWidth(size) - PANEL_WIDTH - 2;
  let height = Math.max(7, rows);
  if (height % 2 === 0) height--;
  let width = Math.min(columns, 2 * height + 1);
  if (width % 2 === 0) width--;
  if (width < 2 * height - 1) {
    height = Math.max(7, Math.floor((width + 1) / 2));
    if (height % 2 === 0) height--;
  }
  return { width: Math.max(15, width), height };
}

function markOf(flags: readonly boolean[], pair: readonly [number, number]): PointMark {
  if (flags[pair[0]]) return 'a';
  if (flags[pair[1]]) return 'b';
  return flags.some(Boolean) ? 'other' : 'none';
}

const num = (x: number, digits: number, lang: Lang): string => {
  const body = Math.abs(x).toFixed(digits);
  const s = (x < 0 && Number(body) !== 0 ? '−' : ' ') + body;
  return lang === 'nl' ? s.replace('.', ',') : s;
};

function factorLines(state: RotateState, fig: RotateFigures, ctx: RotateContext): string[] {
  const [hf, hv, hd] = ctx.texts.factorHeading;
  const lines = [`${hf.padEnd(9)}${hv.padStart(7)}  ${hd}`];
  fig.variance.forEach((v, f) => {
    const mark = f === state.pair[0] ? ' ●' : f === state.pair[1] ? ' ▲' : '  ';
    lines.push(`${(factorId(f) + mark).padEnd(9)}${num(v, 1, ctx.lang).padStart(7)}  ${String(fig.defining[f]).padStart(hd.length > 3 ? 3 : hd.length)}`);
  });
  lines.push(`${ctx.texts.total.padEnd(9)}${num(fig.variance.reduce((s, v) => s + v, 0), 1, ctx.lang).padStart(7)}`);
  return lines;
}

function stepLines(state: RotateState, ctx: RotateContext, room: number): string[] {
  const t = ctx.texts;
  const lines = [`${t.steps(state.steps.length)} ${t.from(ctx.base)}:`];
  if (state.steps.length === 0) return [...lines, ` ${t.noSteps}`];
  const shown = state.steps.length <= room ? state.steps.length : Math.max(1, room - 1);
  const first = state.steps.length - shown;
  if (first > 0) lines.push(` ${t.earlierSteps(first)}`);
  state.steps.slice(first).forEach((s, i) => lines.push(` ${String(first + i + 1).padStart(2)}. ${s.pair[0]} × ${s.pair[1]}  ${formatDegrees(s.degrees, ctx.lang)}`));
  return lines;
}

function sortLines(state: RotateState, fig: RotateFigures, ctx: RotateContext): string[] {
  const t = ctx.texts;
  if (state.selected === null) return [t.chooseSort];
  const i = state.selected;
  const row = fig.loadings[i]!;
  const flagged = fig.flags[i]!.map((x, f) => (x ? factorId(f) : null)).filter((x) => x !== null);
  const cells = row.map((a, f) => `${factorId(f)} ${num(a, 2, ctx.lang)}`);
  const lines = [`${t.sort(ctx.model.sortIds[i]!)} — ${flagged.length > 0 ? t.defines(flagged.join(', ')) : t.definesNone}`];
  for (let c = 0; c < cells.length; c += 3) lines.push(` ${cells.slice(c, c + 3).join('  ')}`);
  const h2 = row.reduce((s, a) => s + a * a, 0);
  lines.push(` h² ${num(h2, 2, ctx.lang).trim()}`);
  const [a, b] = state.pair;
  const angle = (Math.atan2(row[b]!, row[a]!) * 180) / Math.PI;
  lines.push(` ${t.onto('a', factorId(a), formatDegrees(angle, ctx.lang))}`);
  lines.push(` ${t.onto('b', factorId(b), formatDegrees(((angle - 90 + 540) % 360) - 180, ctx.lang))}`);
  return lines;
}

function panel(state: RotateState, fig: RotateFigures, ctx: RotateContext, height: number): string[] {
  const t = ctx.texts;
  const [a, b] = state.pair;
  const head = `${factorId(a)} × ${factorId(b)} · ${t.step} ${formatDegrees(stepSize(state), ctx.lang).replace('+', '')}`;
  const factors = factorLines(state, fig, ctx);
  const sort = sortLines(state, fig, ctx);
  const legend = t.legend(factorId(a), factorId(b), num(1.96 / Math.sqrt(ctx.statementCount), 2, ctx.lang).trim());
  const room = height - factors.length - legend.length - sort.length - 5;
  const lines = [head, '', ...factors, ...legend, '', ...stepLines(state, ctx, Math.max(1, room)), ''];
  while (lines.length < height - sort.length) lines.push('');
  return [...lines, ...sort].slice(0, height);
}

/** Key help pairs joined by " · ", wrapped onto as many lines as they need. */
export function keysLines(keys: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const k of keys) {
    const next = line ? `${line} · ${k}` : k;
    if (next.length > width && line) {
      lines.push(line);
      line = k;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function styleCell(ch: string, kind: CellKind, style: SortStyle): string {
  switch (kind) {
    case 'axis':
    case 'bound':
    case 'tick':
      return style.dim(ch);
    case 'selected':
      return style.active(ch);
    case 'a':
    case 'b':
      return style.bold(ch);
    default:
      return ch;
  }
}

/** The whole screen as one string (no trailing newline). */
export function renderRotate(state: RotateState, ctx: RotateContext): string {
  const t = ctx.texts;
  const width = usableWidth(ctx.size);
  if (state.mode === 'help') return renderHelp(ctx);
  const keys = state.mode === 'leave' ? [t.leaveQuestion, ...keysLines(t.leaveKeys, width - 1)] : keysLines(t.keys, width - 1);
  const bottom = keys.length;
  const { width: pw, height: ph } = plotSize(ctx.size, bottom);
  const fig = rotateFigures(state, ctx);
  const [a, b] = state.pair;
  const points: PlotPoint[] = fig.loadings.map((row, i) => ({ x: row[a]!, y: row[b]!, label: ctx.model.sortIds[i]!, mark: markOf(fig.flags[i]!, state.pair) }));
  const cells = plotCells(points, { width: pw, height: ph, bound: 1.96 / Math.sqrt(ctx.statementCount), xName: factorId(a), yName: factorId(b), selected: state.selected });
  const side = panel(state, fig, ctx, ph);
  const saved = isUnsaved(state) ? ` · ${t.unsaved}` : state.steps.length > 0 ? ` · ${t.saved}` : '';
  const status = `${t.from(ctx.base)} · ${t.steps(state.steps.length)}${saved}`;
  const lines = [ctx.style.title(spread(` ${t.title} · ${ctx.title}`, status, width))];
  cells.forEach((row, r) => {
    const plot = row.map((c) => styleCell(c.ch, c.kind, ctx.style)).join('');
    lines.push(` ${plot}  ${fit(side[r] ?? '', Math.max(0, width - pw - 3)).trimEnd()}`.trimEnd());
  });
  keys.forEach((line, i) => lines.push(state.mode === 'leave' && i === 0 ? ctx.style.bold(` ${line}`) : ` ${line}`));
  return lines.join('\n');
}

function renderHelp(ctx: RotateContext): string {
  const t = ctx.texts;
  const width = usableWidth(ctx.size);
  const keyWidth = Math.max(...t.help.map(([k]) => k.length)) + 2;
  const lines = t.help.flatMap(([key, text]) => wrapText(text, Math.max(20, width - keyWidth - 1)).map((l, i) => ` ${(i === 0 ? key : '').padEnd(keyWidth)}${l}`));
  return [ctx.style.title(` ${t.helpTitle}`), '', ...lines, '', ctx.style.dim(` ${t.helpClose}`)].join('\n');
}
