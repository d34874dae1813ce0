import type { Lang } from '../../core/types.ts';
import { DASHBOARD_TEXT as TEXT } from '../../i18n/dashboard.ts';
import { formatSigned } from '../../render/html/format.ts';
import type { ServerEvent } from './app.ts';
import type { ParticipantStatus } from './progress.ts';
import type { AnalysisSummary, RankedRow } from '../../study-analysis/session-ranking.ts';
import { fit, wrapText } from '../../text/wrap.ts';

/**
 * The facilitator's screens during `qsort serve`, as pure functions of the
 * session state and the terminal size: the join screen, the participants
 * dashboard, the ranked statements for the projector, and the viewpoints.
 * Plain text; symbols and words carry meaning, never colour alone.
 */

export type DashboardView = 'join' | 'dashboard' | 'rank' | 'analysis';

export interface DashboardState {
  readonly lang: Lang;
  readonly title: string;
  /** The condition of instruction (the question), in `lang`. */
  readonly instruction: string;
  readonly joinUrls: readonly string[];
  /** The SSH way in, when serve runs SSH: the command per address, and the host key's fingerprint. */
  readonly ssh?: { readonly commands: readonly string[]; readonly fingerprint: string };
  readonly code: string;
  /** Expected number of participants (--expect). */
  readonly expect?: number;
  readonly participants: readonly ParticipantStatus[];
  /** Sorts stored in the study (also those from before this session). */
  readonly storedCount: number;
  /** A one-line message at the bottom, e.g. "press q again to close". */
  readonly notice?: string;
}

/** Control characters shown as "?": names come from the network and must not drive the terminal. */
export const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function keysLine(view: DashboardView, lang: Lang): string {
  const k = TEXT[lang].keys;
  const all: [DashboardView | 'quit', string][] = [['join', k.join], ['dashboard', k.dashboard], ['rank', k.rank], ['analysis', k.analysis], ['quit', k.quit]];
  return all.filter(([v]) => v !== view).map(([, label]) => label).join(' · ');
}

function footer(state: DashboardState, view: DashboardView, width: number): string[] {
  return ['', ` ${fit(state.notice ?? keysLine(view, state.lang), width - 2)}`.trimEnd()];
}

/** "12 of 20 done · 15 joined" */
function countsLine(state: DashboardState): string {
  const t = TEXT[state.lang];
  const done = state.participants.filter((p) => p.done).length;
  const of = state.expect ? t.of(state.expect) : '';
  return `${t.done(done, of)} · ${t.joined(state.participants.length)}`;
}

/** Title on the left, counts on the right, cut to the width. */
function headerLine(left: string, right: string, width: number): string {
  const room = width - 2 - right.length - 2;
  if (room < 10) return ` ${fit(right, width - 2)}`.trimEnd();
  return ` ${fit(left, room)}  ${right}`;
}

function progressBar(placed: number, total: number, cells: number): string {
  if (cells <= 0 || total <= 0) return '';
  const full = Math.round((Math.min(placed, total) / total) * cells);
  return `${'█'.repeat(full)}${'·'.repeat(cells - full)}`;
}

/** Done and joined per team, teams in name order, "no team" last. */
export function teamCounts(participants: readonly ParticipantStatus[]): { team: string | undefined; done: number; joined: number }[] {
  const by = new Map<string | undefined, { done: number; joined: number }>();
  for (const p of participants) {
    const c = by.get(p.team) ?? { done: 0, joined: 0 };
    c.joined += 1;
    if (p.done) c.done += 1;
    by.set(p.team, c);
  }
  return [...by]
    .sort(([a], [b]) => (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0) || (a ?? '').localeCompare(b ?? ''))
    .map(([team, c]) => ({ team, ...c }));
}

/** The participants table: name, team, step, cards placed; per-team counts; the join command. */
export function renderDashboard(state: DashboardState, width: number, height = 24): string {
  const t = TEXT[state.lang];
  const w = Math.max(40, width);
  const lines: string[] = [headerLine(state.title, countsLine(state), w)];
  const command = state.ssh?.commands[0] ?? `qsort sort --join ${state.joinUrls[0] ?? ''} --code ${state.code}`;
  lines.push(` ${fit(`${t.join} ${command}`, w - 2)}`.trimEnd(), '');
  const stepWidth = Math.max(t.step.length, ...Object.values(t.steps).map((s) => s.length));
  const digits = String(Math.max(0, ...state.participants.map((p) => p.total))).length;
  const countWidth = Math.max(t.cards.length, 2 * digits + 1); // "24/24"
  // What is left after the margin, the step and the count goes to name, team and (when wide) a bar.
  const rest = w - 1 - (2 + stepWidth) - (2 + countWidth);
  const teamWidth = Math.min(14, Math.floor(rest * 0.3), Math.max(t.team.length, ...state.participants.map((p) => p.team?.length ?? 0)));
  const barWidth = w >= 70 ? Math.min(24, rest - (teamWidth + 2) - 18 - 1) : 0;
  const nameWidth = rest - (teamWidth + 2) - (barWidth > 0 ? barWidth + 1 : 0);
  const row = (name: string, team: string, step: string, cards: string): string =>
    ` ${fit(name, nameWidth)}  ${fit(team, teamWidth)}  ${fit(step, stepWidth)}  ${cards}`.trimEnd();
  if (state.participants.length === 0) {
    lines.push(...wrapText(t.nobody, w - 2).map((l) => ` ${l}`));
  } else {
    lines.push(row(t.participant, t.team, t.step, t.cards));
    const teams = teamCounts(state.participants);
    const reserved = lines.length + 2 + (teams.length > 1 || teams[0]?.team !== undefined ? 2 : 0) + 2;
    const room = Math.max(1, height - reserved);
    const shown = state.participants.length > room ? state.participants.slice(0, room - 1) : state.participants;
    for (const p of shown) {
      const count = `${p.placed}/${p.total}`.padStart(2 * digits + 1);
      const bar = barWidth > 0 ? `${progressBar(p.placed, p.total, barWidth)} ` : '';
      lines.push(row(printable(p.participant), printable(p.team ?? ''), t.steps[p.step], `${bar}${count}`));
    }
    if (shown.length < state.participants.length) lines.push(` ${t.more(state.participants.length - shown.length)}`);
    if (teams.length > 1 || teams[0]?.team !== undefined) {
      const parts = teams.map((c) => `${c.team === undefined ? t.noTeam : printable(c.team)} ${t.teamCount(c.done, c.joined)}`);
      lines.push('', ...wrapText(`${t.perTeam} ${parts.join(' · ')}`, w - 2).map((l) => ` ${l}`));
    }
  }
  lines.push(...footer(state, 'dashboard', w));
  return lines.join('\n');
}

/**
 * The join command for one address: on one line when it fits in `width`, else
 * broken between its parts (never inside the address: a URL too wide for the
 * screen stays whole on its own line and overflows).
 */
function joinCommandLines(url: string, code: string, width: number): string[] {
  const one = `qsort sort --join ${url} --code ${code}`;
  if (5 + one.length <= width) return [`     ${one}`];
  if (1 + one.length <= width) return [` ${one}`];
  const parts = ['qsort sort', `  --join ${url}`, `  --code ${code}`];
  const indent = 5 + Math.max(...parts.map((p) => p.length)) <= width ? 5 : 1;
  return parts.map((p) => `${' '.repeat(indent)}${p}`);
}

/** "Label   value" lines in a column; when a value does not fit beside its label, each label on its own line with its values below. */
function labelledLines(rows: readonly { readonly label: string; readonly values: readonly string[] }[], width: number): string[] {
  const column = Math.max(...rows.map((r) => r.label.length));
  if (rows.every((r) => r.values.every((v) => 1 + column + 3 + v.length <= width))) {
    return rows.flatMap((r) => r.values.map((v, i) => ` ${(i === 0 ? r.label : '').padEnd(column)}   ${v}`));
  }
  return rows.flatMap((r) => [` ${r.label}`, ...r.values.map((v) => (3 + v.length <= width ? `   ${v}` : v))]);
}

/**
 * The join screen when SSH is on: the ssh command first (nothing to install),
 * the key's fingerprint to check, then the way for laptops with qsort.
 * The QR code (it opens the join page) only where there is room below.
 */
function renderSshJoinScreen(state: DashboardState, ssh: NonNullable<DashboardState['ssh']>, qr: string | undefined, w: number, height: number): string {
  const t = TEXT[state.lang];
  const head = [headerLine(state.title, countsLine(state), w), ''];
  const foot = footer(state, 'join', w);
  const indent = (l: string): string => (5 + l.length <= w ? `     ${l}` : ` ${l}`);
  const body: string[] = [` ${t.joinHeading}`, '', ...ssh.commands.map(indent), ''];
  body.push(...labelledLines([{ label: t.key, values: [ssh.fingerprint] }], w));
  body.push(...wrapText(t.keyHint, w - 2).map((l) => ` ${l}`), '');
  body.push(...wrapText(t.withQsort, w - 2).map((l) => ` ${l}`));
  for (const url of state.joinUrls.slice(0, 1)) body.push(...joinCommandLines(url, state.code, w));
  const qrLines = qr ? qr.replace(/\n+$/, '').split('\n') : [];
  const room = height - head.length - foot.length;
  const qrWidth = Math.max(0, ...qrLines.map((l) => [...l.replace(/\x1b\[[0-9;]*m/g, '')].length));
  if (qrLines.length > 0 && qrWidth + 2 <= w && body.length + 1 + qrLines.length <= room) body.push('', ...qrLines.map((l) => `  ${l}`));
  return [...head, ...body, ...foot].join('\n');
}

/** The screen to project while people join: the command, address and code large and alone, and the QR code when it fits. */
export function renderJoinScreen(state: DashboardState, qr: string | undefined, width: number, height = 24): string {
  if (state.ssh) return renderSshJoinScreen(state, state.ssh, qr, Math.max(40, width), height);
  const t = TEXT[state.lang];
  const w = Math.max(40, width);
  const label = Math.max(t.address.length, t.code.length);
  const spelled = state.code.split('').join(' ');
  const qrLines = qr ? qr.replace(/\n+$/, '').split('\n') : [];
  const visible = (l: string): number => [...l.replace(/\x1b\[[0-9;]*m/g, '')].length;
  const qrWidth = Math.max(0, ...qrLines.map(visible));
  const head = [headerLine(state.title, countsLine(state), w), ''];
  const foot = footer(state, 'join', w);

  // Stacked: the command on one line, address and code, then the QR code below when there is room.
  const stacked: string[] = [` ${t.joinHeading}`, ''];
  for (const url of state.joinUrls) stacked.push(...joinCommandLines(url, state.code, w));
  stacked.push('', ...labelledLines([{ label: t.address, values: state.joinUrls }, { label: t.code, values: [spelled] }], w));
  const room = height - head.length - foot.length;
  if (qrLines.length > 0 && qrWidth + 2 <= w && stacked.length + 1 + qrLines.length <= room) {
    stacked.push('', ...qrLines.map((l) => `  ${l}`));
  } else if (qrLines.length > 0 && qrLines.length <= room) {
    // Side by side (e.g. 80×24): the QR code on the left, the command broken over three lines on the right.
    const url = state.joinUrls[0] ?? '';
    const right = [t.joinHeading, '', 'qsort sort', `  --join ${url}`, `  --code ${state.code}`, '', `${t.address.padEnd(label)}   ${url}`, `${t.code.padEnd(label)}   ${spelled}`];
    const rightWidth = Math.max(...right.map((l) => l.length));
    if (2 + qrWidth + 3 + rightWidth <= w) {
      const top = Math.max(0, Math.floor((qrLines.length - right.length) / 2));
      const block = qrLines.map((l, i) => `  ${l}${' '.repeat(qrWidth - visible(l))}   ${right[i - top] ?? ''}`.trimEnd());
      return [...head, ...block, ...foot].join('\n');
    }
  }
  return [...head, ...stacked, ...foot].join('\n');
}

/**
 * The ranked statements for a projector: the question, then the top five (more
 * when tied at the fifth place) with their mean scores, spaced out and calm.
 */
export function renderRankView(state: DashboardState, ranking: readonly RankedRow[], sortCount: number, width: number, height = 24, top = 5): string {
  const t = TEXT[state.lang];
  const w = Math.max(40, width);
  const textWidth = Math.min(72, w - 16);
  const lines: string[] = [''];
  lines.push(...wrapText(state.instruction, Math.min(76, w - 4)).map((l) => `  ${l}`), '');
  if (ranking.length === 0) {
    lines.push(...wrapText(t.noSorts, w - 4).map((l) => `  ${l}`));
    lines.push(...footer(state, 'rank', w));
    return lines.join('\n');
  }
  const rows = ranking.filter((r) => r.rank <= top);
  lines.push(`  ${t.topHeading(top, sortCount)}`, '');
  const items = rows.map((r) => {
    const tied = ranking.filter((x) => x.rank === r.rank).length > 1;
    const rank = `${r.rank}${tied ? '=' : ''}`.padStart(3);
    const mean = formatSigned(r.mean, 1, state.lang).padStart(5);
    const text = wrapText(r.text, textWidth);
    return [`  ${rank}   ${(text[0] ?? '').padEnd(textWidth)}  ${mean}`, ...text.slice(1).map((l) => `        ${l}`)];
  });
  // A blank line between statements when the screen has room for it (ties at the fifth place can make the list longer).
  const spacious = lines.length + items.reduce((n, item) => n + item.length + 1, 0) + 3 <= height;
  for (const item of items) lines.push(...item, ...(spacious ? [''] : []));
  if (!spacious) lines.push('');
  lines.push(`  ${t.legend}`);
  lines.push(...footer(state, 'rank', w));
  return lines.join('\n');
}

/** One line per viewpoint ("Factor 1 — 9 people — most agree: …, least agree: …"), for the projector. */
export function renderAnalysisSummary(state: DashboardState, summary: AnalysisSummary, width: number): string {
  const t = TEXT[state.lang];
  const w = Math.max(40, width);
  const lines: string[] = [''];
  lines.push(...wrapText(state.instruction, Math.min(76, w - 4)).map((l) => `  ${l}`), '');
  if (summary.kind !== 'ok') {
    const reason = summary.kind === 'too-few-sorts' ? t.tooFew(summary.sortCount, summary.needed) : t.failed(summary.message);
    lines.push(...wrapText(reason, w - 4).map((l) => `  ${l}`));
  } else {
    lines.push(`  ${t.viewpointsHeading(summary.sortCount, summary.factorCount)}`, '');
    for (const v of summary.viewpoints) {
      const wrapped = wrapText(t.viewpoint(v), Math.min(76, w - 6));
      lines.push(`  ${wrapped[0] ?? ''}`, ...wrapped.slice(1).map((l) => `    ${l}`), '');
    }
    lines.push(`  ${t.fullAnalysis}`);
  }
  lines.push(...footer(state, 'analysis', w));
  return lines.join('\n');
}

const two = (n: number): string => String(n).padStart(2, '0');

/** One line of the headless log (`qsort serve --plain`): local time, event, who; never sort content. */
export function formatEventLine(event: ServerEvent, at: Date): string {
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  const who = (e: { participant: string; team?: string }): string => printable(`${e.participant}${e.team ? ` (team ${e.team})` : ''}`);
  switch (event.type) {
    case 'joined':
      return `${time} joined    ${who(event)}`;
    case 'progress':
      return `${time} progress  ${who(event)}: ${event.step}, ${event.placed}/${event.total} placed`;
    case 'submitted':
      return `${time} submitted ${who(event)}: ${event.duplicate ? 'already stored (resent)' : 'stored'}`;
    case 'refused':
      return `${time} refused   ${event.status} from ${event.ip}: ${printable(event.reason)}`;
  }
}
