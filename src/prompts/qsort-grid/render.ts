import type { CardScreenView } from '../cards.ts';
import { headingLines, keysLine, usableRows, usableWidth, wrapClipped } from '../layout.ts';
import type { Geometry } from './grid-lines.ts';
import { geometry, gridLines, minimumSize } from './grid-lines.ts';
import { keysFor, noticeText, panelLines, panelWants } from './panel.ts';
import type { GridState } from './state.ts';
import { placedCount } from './state.ts';
import { GRID_GLYPHS as G } from './theme.ts';

export type GridView = CardScreenView;
export { minimumSize } from './grid-lines.ts';

/** Rows handed out in order of importance; each asks for what it wants and gets what is left. */
class Budget {
  left: number;
  constructor(rows: number) {
    this.left = rows;
  }
  take(want: number): number {
    const got = Math.max(0, Math.min(want, this.left));
    this.left -= got;
    return got;
  }
}

interface GridLayout {
  readonly instruction: number;
  readonly blankAfterHeading: boolean;
  readonly sideLine: boolean;
  readonly gridRows: number;
  readonly blankBeforePanel: boolean;
  readonly panel: number;
}

/** Who gets the rows: title, keys and notice first; then the panel's least, the grid, the rest of the panel, and the extras. */
function layout(state: GridState, view: GridView, width: number, rows: number, hasNotice: boolean): GridLayout {
  const b = new Budget(rows - 2 - (hasNotice ? 1 : 0));
  const maxCap = Math.max(1, ...state.capacities);
  const wants = panelWants(state, view, width);
  const cardLines = geometry(state, view, width, Number.MAX_SAFE_INTEGER).cardHeight;
  let panel = b.take(Math.min(wants, 4));
  let gridRows = b.take(1 + maxCap);
  gridRows += b.take(2);
  panel += b.take(wants - panel);
  const instruction = b.take(1);
  gridRows += b.take(maxCap * (cardLines - 1));
  const more = b.left > 3 ? b.take(1) : 0;
  const blankAfterHeading = b.take(1) > 0;
  const sideLine = b.take(1) > 0;
  const blankBeforePanel = b.take(1) > 0;
  return { instruction: instruction + more, blankAfterHeading, sideLine, gridRows, blankBeforePanel, panel };
}

/** "◂ disagree … agree ▸" over the grid. */
function sideLine(state: GridState, view: GridView, g: Geometry): string {
  const left = `${G.cursorRight} ${view.texts.leftEnd}`;
  const right = `${view.texts.rightEnd} ${G.cursorLeft}`;
  const inner = Math.max(0, state.scores.length * g.cell - 1 - left.length - right.length);
  return view.style.dim(`${' '.repeat(g.margin)}${left}${' '.repeat(inner)}${right}`);
}

/**
 * The grid screen: at most size.rows − 1 lines, none wider than size.columns − 1.
 * The title, the grid, the pile in view (or the selected or carried card) and
 * the key help; optional parts give way first when the terminal is short.
 */
export function renderGrid(state: GridState, view: GridView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const minimum = minimumSize(state);
  if (view.size.columns < minimum.columns || view.size.rows < minimum.rows) {
    return wrapClipped(texts.tooSmall(minimum.columns, minimum.rows), width - 1, rows).map((l) => ` ${l}`).join('\n');
  }
  const notice = noticeText(state.notice, state, view);
  const plan = layout(state, view, width, rows, notice !== undefined);
  const g = geometry(state, view, width, plan.gridRows);
  const total = state.order.length;
  const out = headingLines(view.heading, `${texts.gridStep} · ${texts.progressPlaced(placedCount(state), total)}`, width, plan.instruction, style);
  if (plan.blankAfterHeading) out.push('');
  if (plan.sideLine) out.push(sideLine(state, view, g));
  out.push(...gridLines(state, view, g));
  if (plan.blankBeforePanel) out.push('');
  out.push(...panelLines(state, view, width, plan.panel));
  if (notice) {
    const bad = state.notice?.kind === 'column-full' || state.notice?.kind === 'nothing-to-undo' || state.notice?.kind === 'nothing-placed';
    out.push(` ${(bad ? style.error : style.bold)(wrapClipped(notice, width - 1, 1)[0] ?? '')}`);
  }
  out.push(style.dim(` ${keysLine(keysFor(state, view), width - 1)}`));
  return out.slice(0, rows).map((l) => l.trimEnd()).join('\n');
}

/** The grid's help screen (the ? key): how placing, moving and undoing work. */
export function renderGridHelp(view: GridView): string {
  const { texts, style } = view;
  const width = usableWidth(view.size);
  const rows = usableRows(view.size);
  const out = [` ${style.bold(texts.gridHelpTitle)}`, ''];
  for (const item of texts.gridHelp) {
    wrapClipped(item, width - 4, 4).forEach((l, i) => out.push(`${i === 0 ? ' • ' : '   '}${l}`));
  }
  const body = out.slice(0, rows - 2);
  body.push('', style.dim(` ${wrapClipped(texts.gridHelpClose, width - 1, 1)[0] ?? ''}`));
  return body.join('\n');
}
