/**
 * `qsort rank` for the terminal (pure): RankView × {chalk, width} → text. The
 * top N stand out twice — bold and coloured, and marked ★ — so they still stand
 * out without colour (NO_COLOR, a pipe, a washed-out projector).
 */
import type { ChalkInstance } from 'chalk';
import { terminalText } from '../../i18n/terminal.ts';
import { renderTable, type TableColumn } from '../../text/table.ts';
import { wrapText } from '../../text/wrap.ts';
import { formatNumber, formatPercent, formatScore, formatSigned } from '../html/format.ts';
import { rankLabels } from '../html/model.ts';
import { REVERSED_SUFFIX, type RankGroup, type RankView } from '../../study-analysis/rank-view.ts';

export interface TerminalStyle {
  readonly chalk: ChalkInstance;
  /** Terminal width (80 when unknown). */
  readonly width: number;
}

export const TOP_MARK = '★';
/** By factor: a statement among the viewpoint's least agree. */
export const BOTTOM_MARK = '▼';

/**
 * Rank cells for a ranking: the top marker, then the rank right-aligned, with "="
 * for a tie ("★  1", "  12=").
 */
function rankCells(ranking: readonly { rank: number; top: boolean; bottom?: boolean }[]): string[] {
  const labels = rankLabels(ranking.map((r) => r.rank));
  const digits = Math.max(1, ...ranking.map((r) => String(r.rank).length));
  return ranking.map((r, i) => {
    const tie = labels[i]?.endsWith('=') ? '=' : ' ';
    return `${r.top ? TOP_MARK : r.bottom ? BOTTOM_MARK : ' '} ${String(r.rank).padStart(digits)}${tie}`;
  });
}

function paragraph(text: string, width: number): string {
  return `${wrapText(text, width).join('\n')}\n`;
}

/** The title and the question participants sorted by. */
export function heading(title: string, instruction: string, style: TerminalStyle): string {
  const lines = [style.chalk.bold(title)];
  if (instruction !== '') lines.push(...wrapText(instruction, style.width));
  return `${lines.join('\n')}\n`;
}

function overallTable(view: RankView, style: TerminalStyle): string {
  const th = terminalText(view.lang).th;
  const ranks = rankCells(view.ranking);
  const columns: TableColumn[] = [
    { header: th.rank },
    { header: th.number, right: true },
    { header: th.statement, wrap: true },
    { header: th.mean, right: true },
    { header: th.sd, right: true },
    { header: th.topTwo, right: true },
    { header: th.bottomTwo, right: true },
  ];
  const rows = view.ranking.map((r, i) => [
    ranks[i] ?? '',
    String(r.number),
    r.text,
    formatSigned(r.mean, 2, view.lang),
    formatNumber(r.sd, 2, view.lang),
    formatPercent(r.topTwoShare, view.lang),
    formatPercent(r.bottomTwoShare, view.lang),
  ]);
  const highlight = style.chalk.bold.cyan;
  return renderTable(columns, rows, style.width, (text, row) => (view.ranking[row]?.top ? highlight(text) : text));
}

/** The short heading of a group column: the name when short, else T1, T2, …. */
function shortName(view: RankView, group: RankGroup, i: number): string {
  return view.by === 'factor' || group.name.length <= 8 ? group.name : `T${i + 1}`;
}

/** The side-by-side tables: as many groups per table as fit the width with a readable statement column. */
function groupTables(view: RankView, style: TerminalStyle): string {
  const t = terminalText(view.lang);
  const overall = rankCells(view.ranking);
  const cells = view.groups.map((g) => {
    const ranks = rankCells(g.ranking ?? []);
    return new Map((g.ranking ?? []).map((p, k) => [p.id, ranks[k] ?? '']));
  });
  const shorts = view.groups.map((g, i) => shortName(view, g, i));
  const fixed = 5 + 3 + 20 + 5 + 2 * 3;
  const chunks: number[][] = [];
  let used = Infinity;
  view.groups.forEach((_, i) => {
    const w = Math.max(6, shorts[i]!.length) + 2;
    if (used + w > style.width) {
      chunks.push([]);
      used = fixed;
    }
    chunks[chunks.length - 1]!.push(i);
    used += w;
  });
  const highlight = style.chalk.bold.cyan;
  const tables = chunks.map((chunk) => {
    const columns: TableColumn[] = [
      { header: t.th.rank },
      { header: t.th.number, right: true },
      { header: t.th.statement },
      { header: t.th.mean, right: true },
      ...chunk.map((g) => ({ header: shorts[g]! })),
    ];
    const rows = view.ranking.map((r, i) => [
      overall[i] ?? '',
      String(r.number),
      r.text,
      formatSigned(r.mean, 2, view.lang),
      ...chunk.map((g) => cells[g]!.get(r.id) ?? '–'),
    ]);
    return renderTable(columns, rows, style.width, (text, row, column) => {
      if (column < 4) return view.ranking[row]?.top ? highlight(text) : text;
      return text.startsWith(TOP_MARK) ? highlight(text) : text;
    });
  });
  const legend = view.groups.map((g, i) => {
    if (view.by === 'factor') return `${t.factorLegend(shorts[i]!, g.sortCount, g.name.endsWith(REVERSED_SUFFIX))}${g.ranking === null ? ` (${t.noFactorScores})` : ''}`;
    return t.groupLegend(shorts[i]!, g.name, g.sortCount);
  });
  return `${tables.join('\n')}\n${paragraph(legend.join(' · '), style.width)}`;
}

/** `qsort rank`'s output. */
export function renderRank(view: RankView, style: TerminalStyle): string {
  const t = terminalText(view.lang);
  const parts = [heading(view.title, view.instruction, style)];
  if (view.by === null) {
    parts.push(paragraph(t.rankIntro(view.statementCount, view.sortCount, view.top), style.width));
    parts.push(overallTable(view, style));
    const cols = (scores: readonly number[]) => scores.map(formatScore).join(', ');
    parts.push(paragraph(t.rankLegend(cols(view.topColumns), cols(view.bottomColumns)), style.width));
  } else {
    parts.push(paragraph(view.by === 'team' ? t.byTeamIntro(view.top) : t.byFactorIntro(), style.width));
    parts.push(groupTables(view, style));
  }
  return parts.join('\n');
}
