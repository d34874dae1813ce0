import { emitKeypressEvents } from 'node:readline';
import type { DashboardState, DashboardView } from './dashboard.ts';
import type { AnalysisSummary } from '../../study-analysis/session-ranking.ts';
import { renderAnalysisSummary, renderDashboard, renderJoinScreen, renderRankView } from './dashboard.ts';
import type { RankedRow } from '../../study-analysis/session-ranking.ts';

/**
 * The interactive side of `qsort serve` in a terminal: the alternate screen,
 * keys, and redraws on every event. All drawing goes through the pure
 * renderers in src/workshop/host/dashboard.ts.
 */

export interface LiveDashboardInput {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly stdout: NodeJS.WritableStream & { columns?: number; rows?: number };
  readonly state: () => DashboardState;
  /** The QR code (terminal text), when there is one. */
  readonly qr: string | undefined;
  readonly ranking: () => { ranking: readonly RankedRow[]; sortCount: number };
  readonly analysis: () => AnalysisSummary;
  /** Calls the listener on every session event; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Resolves when the session must end from outside (a signal). */
  readonly stopped: Promise<void>;
  readonly closeNotice: string;
}

const ENTER_SCREEN = '\x1b[?1049h\x1b[?25l';
const LEAVE_SCREEN = '\x1b[?25h\x1b[?1049l';
const VIEW_KEYS: Readonly<Record<string, DashboardView>> = { j: 'join', d: 'dashboard', r: 'rank', a: 'analysis' };

/** Runs until the facilitator presses q twice (or Ctrl-C once), or `stopped` resolves. */
export function runLiveDashboard(input: LiveDashboardInput): Promise<void> {
  const { stdin, stdout } = input;
  let view: DashboardView = 'join';
  let notice: string | undefined;
  let noticeTimer: NodeJS.Timeout | undefined;
  let drawTimer: NodeJS.Timeout | undefined;
  let analysis: { count: number; summary: AnalysisSummary } | undefined;

  const draw = (): void => {
    drawTimer = undefined;
    const width = stdout.columns ?? 80;
    const height = stdout.rows ?? 24;
    const base = input.state();
    const state = notice ? { ...base, notice } : base;
    let screen: string;
    if (view === 'join') screen = renderJoinScreen(state, input.qr, width, height);
    else if (view === 'dashboard') screen = renderDashboard(state, width, height);
    else if (view === 'rank') {
      const r = input.ranking();
      screen = renderRankView(state, r.ranking, r.sortCount, width, height);
    } else {
      if (!analysis || analysis.count !== state.storedCount) analysis = { count: state.storedCount, summary: input.analysis() };
      screen = renderAnalysisSummary(state, analysis.summary, width);
    }
    const lines = screen.split('\n').slice(0, height);
    stdout.write(`\x1b[H${lines.map((l) => `${l}\x1b[K`).join('\n')}\x1b[J`);
  };
  const redraw = (): void => {
    drawTimer ??= setTimeout(draw, 50);
  };

  return new Promise<void>((resolve) => {
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      unsubscribe();
      clearTimeout(drawTimer);
      clearTimeout(noticeTimer);
      stdin.off('keypress', onKey);
      stdout.off('resize', redraw);
      stdin.setRawMode?.(false);
      stdin.pause();
      stdout.write(LEAVE_SCREEN);
      resolve();
    };
    const onKey = (_text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined): void => {
      const name = key?.name ?? _text ?? '';
      if ((key?.ctrl && name === 'c') || (name === 'q' && notice === input.closeNotice)) {
        finish();
        return;
      }
      if (name === 'q') {
        notice = input.closeNotice;
        clearTimeout(noticeTimer);
        noticeTimer = setTimeout(() => {
          notice = undefined;
          redraw();
        }, 4000);
      } else {
        const next = VIEW_KEYS[name];
        if (next) view = next;
        notice = undefined;
      }
      redraw();
    };
    const unsubscribe = input.subscribe(redraw);
    emitKeypressEvents(stdin);
    stdin.setRawMode?.(true);
    stdin.on('keypress', onKey);
    stdin.resume();
    stdout.on('resize', redraw);
    stdout.write(ENTER_SCREEN);
    draw();
    input.stopped.then(finish, finish);
  });
}
