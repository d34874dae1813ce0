/**
 * `qsort analyze` for the terminal (pure): the analysis × {chalk, width} → text,
 * readable at 80 columns and plain without colour (every mark is a symbol too:
 * ✓ flag, ◆ distinguishing, ≈ consensus, ◂ kept factor).
 *
 * Sections: summary · eigenvalues · factors after rotation · loadings · per
 * factor its array as a Q-grid and its most/least agree statements ·
 * distinguishing and consensus statements · factor correlations. Warnings are
 * not part of it: the command prints them to stderr.
 */
import type { RotationStep } from '../../analysis/index.ts';
import type { Lang } from '../../core/types.ts';
import { rotateTexts, rotationStepsText } from '../../i18n/rotate.ts';
import { terminalText } from '../../i18n/terminal.ts';
import { renderTable, type TableColumn } from '../../text/table.ts';
import { wrapText } from '../../text/wrap.ts';
import { formatNumber, formatScore, MISSING } from '../html/format.ts';
import { arrayColumns, instructionText, polesOf, type ReportContext, type ReportStatement } from '../html/model.ts';
import { cribSheetText, reversedPoleText } from './factor-views.ts';
import { heading, type TerminalStyle } from './render-rank.ts';

export const FLAG_MARK = '✓';
export const DISTINGUISHING_MARK = '◆';
export const CONSENSUS_MARK = '≈';
export const KEPT_MARK = '◂';
/** The eigenvalue table shows at least this many rows (all when fewer exist). */
export const EIGENVALUE_ROWS = 8;

type Section = (ctx: ReportContext, style: TerminalStyle) => string;

function paragraph(text: string, width: number): string {
  return `${wrapText(text, width).join('\n')}\n`;
}

function sectionHeading(title: string, style: TerminalStyle): string {
  return `${style.chalk.bold.underline(title)}\n`;
}

const percent = (value: number | null, ctx: ReportContext): string => `${formatNumber(value, 1, ctx.lang)}%`;

const summary: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const { result } = ctx.input;
  const o = result.options;
  return paragraph(
    t.summary({
      sorts: result.sorts.length,
      statements: result.statements.length,
      factors: o.factorCount,
      extraction: t.extraction[o.extraction],
      rotation: t.rotation[o.rotation],
      correlation: t.correlation[o.correlation],
      flagging: t.flagging[o.flagging],
    }),
    style.width,
  ) + (o.judgmental ? paragraph(judgmentalLine(o.judgmental, ctx.lang), style.width) : '');
};

/** The steps of a rotation by hand under the summary. */
function judgmentalLine(j: { readonly base: 'varimax' | 'none'; readonly steps: readonly RotationStep[] }, lang: Lang): string {
  const r = rotateTexts(lang);
  const steps = j.steps.length > 0 ? rotationStepsText(j.steps, lang) : r.noSteps.replace(/:.*$/, '');
  return lang === 'nl' ? `Met de hand geroteerd ${r.from(j.base)} (${r.steps(j.steps.length)}): ${steps}.` : `Rotated by hand ${r.from(j.base)} (${r.steps(j.steps.length)}): ${steps}.`;
}

const eigenvalues: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const { result } = ctx.input;
  const sortCount = result.sorts.length;
  const shown = result.eigenvalues.slice(0, Math.max(EIGENVALUE_ROWS, result.options.factorCount));
  let cumulative = 0;
  const rows = shown.map((e, i) => {
    const variance = (100 * e) / sortCount;
    cumulative += variance;
    return [`${i + 1}${i < result.options.factorCount ? ` ${KEPT_MARK}` : ''}`, formatNumber(e, 2, ctx.lang), percent(variance, ctx), percent(cumulative, ctx)];
  });
  const th = t.thA;
  const table = renderTable(
    [{ header: th.factor }, { header: th.eigenvalue, right: true }, { header: th.variance, right: true }, { header: th.cumulative, right: true }],
    rows,
    style.width,
  );
  const more = result.eigenvalues.length - shown.length;
  return `${sectionHeading(t.eigenHeading, style)}${paragraph(t.eigenIntro, style.width)}\n${table}${more > 0 ? t.eigenMore(more) + '\n' : ''}`;
};

const factors: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const th = t.thA;
  const rows = ctx.input.result.factors.map((f) => [
    f.id,
    formatNumber(f.eigenvalue, 2, ctx.lang),
    percent(f.explainedVariance, ctx),
    String(f.definingSorts),
    formatNumber(f.reliability, 3, ctx.lang),
    formatNumber(f.se, 3, ctx.lang),
  ]);
  const columns: TableColumn[] = [
    { header: th.factor },
    { header: th.eigenvalue, right: true },
    { header: th.variance, right: true },
    { header: th.defining, right: true },
    { header: th.reliability, right: true },
    { header: th.se, right: true },
  ];
  return `${sectionHeading(t.factorsHeading, style)}${paragraph(t.factorsIntro, style.width)}\n${renderTable(columns, rows, style.width)}`;
};

const loadings: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const { result } = ctx.input;
  const rows = result.loadings.map((row, i) => [
    ctx.sortNames[i] ?? result.sorts[i] ?? '',
    ...row.map((a, f) => `${formatNumber(a, 2, ctx.lang).padStart(5)}${result.flags[i]?.[f] ? FLAG_MARK : ''}`),
    formatNumber(row.reduce((s, a) => s + a * a, 0), 2, ctx.lang),
  ]);
  const columns: TableColumn[] = [
    { header: t.thA.sort, max: 24 },
    ...ctx.factorIds.map((id) => ({ header: id.padStart(5) })),
    { header: t.thA.h2, right: true },
  ];
  const flagged = style.chalk.bold.green;
  const table = renderTable(columns, rows, style.width, (text, _row, column) => (column > 0 && text.endsWith(FLAG_MARK) ? flagged(text) : text));
  const unflagged = result.flags.filter((row) => !row.includes(true)).length;
  return `${sectionHeading(t.loadingsHeading, style)}${paragraph(t.loadingsIntro, style.width)}\n${table}${unflagged > 0 ? paragraph(t.unflagged(unflagged), style.width) : ''}`;
};

function markOf(ctx: ReportContext, s: ReportStatement, f: number): string {
  const row = ctx.input.result.statementTable[s.index];
  if (row?.distinguishes.includes(ctx.factorIds[f] ?? '')) return DISTINGUISHING_MARK;
  if (row?.consensus) return CONSENSUS_MARK;
  return '';
}

/** The factor array as a small Q-grid: one column per score, statement numbers stacked (highest z first). */
function qGrid(ctx: ReportContext, f: number, style: TerminalStyle): string | null {
  const columns = arrayColumns(ctx, f);
  if (columns === null) return null;
  const cells = columns.map((c) => c.statements.map((s) => `${s.number}${markOf(ctx, s, f)}`));
  const w = Math.max(3, ...columns.map((c) => formatScore(c.score).length), ...cells.flat().map((c) => c.length)) + 1;
  const height = Math.max(0, ...cells.map((c) => c.length));
  const pad = (text: string) => text.padStart(w);
  const lines = [
    columns.map((c) => pad(formatScore(c.score))).join(''),
    columns.map(() => pad('─'.repeat(w - 1))).join(''),
    ...Array.from({ length: height }, (_, k) => cells.map((c) => pad(c[k] ?? '')).join('')),
  ];
  const mark = style.chalk.yellow;
  return `${lines.map((l) => l.trimEnd().replace(/[◆≈]/g, (m) => mark(m))).join('\n')}\n`;
}

/** "F1 — 5 defining sorts, …", or with a reversed pole "F1 — 3 sorts hold it, 2 reversed (below); …". */
function factorTitle(ctx: ReportContext, f: number): string {
  const t = terminalText(ctx.lang);
  const factor = ctx.input.result.factors[f]!;
  const poles = polesOf(ctx, f);
  const reversed = poles.find((p) => p.pole === -1)?.sorts.length ?? 0;
  const variance = percent(factor.explainedVariance, ctx);
  if (reversed === 0) return t.factorTitle(factor.id, factor.definingSorts, variance);
  return t.factorTitlePoles(factor.id, poles.find((p) => p.pole === 1)?.sorts.length ?? 0, reversed, variance);
}

const arrays: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const parts = ctx.input.result.factors.map((_, f) => {
    const title = style.chalk.bold(factorTitle(ctx, f));
    const grid = qGrid(ctx, f, style);
    if (grid === null) return `${title}\n${paragraph(t.noScores, style.width)}`;
    const reversed = reversedPoleText(ctx, f, style);
    return `${title}\n\n${grid}\n${cribSheetText(ctx, f, (s) => markOf(ctx, s, f), style)}${reversed === null ? '' : `\n${reversed}`}`;
  });
  return `${sectionHeading(t.arraysHeading, style)}${paragraph(t.arraysIntro, style.width)}\n${parts.join('\n')}`;
};

/**
 * "+4  1.85" (array score and z-score; without the z-score when `withZ` is false)
 * and, relative to factor `focus`, the significance mark of the difference.
 */
function scoreCell(ctx: ReportContext, s: ReportStatement, g: number, focus: number | null, withZ: boolean): string {
  const { result } = ctx.input;
  const score = result.factorArrays[s.index]?.[g] ?? null;
  const z = formatNumber(result.zScores[s.index]?.[g], 2, ctx.lang);
  let mark = '';
  if (focus !== null && focus !== g) {
    const a = ctx.factorIds[focus];
    const b = ctx.factorIds[g];
    mark = result.statementTable[s.index]?.comparisons.find((c) => (c.factors[0] === a && c.factors[1] === b) || (c.factors[0] === b && c.factors[1] === a))?.significance ?? '';
  }
  const shown = (score === null ? MISSING : formatScore(score)).padStart(2);
  return `${withZ ? `${shown} ${z.padStart(5)}` : shown}${mark === '' ? '' : ` ${mark}`}`;
}

function statementTable(ctx: ReportContext, statements: readonly ReportStatement[], focus: number | null, style: TerminalStyle): string {
  const t = terminalText(ctx.lang);
  const columns: TableColumn[] = [
    { header: t.th.number, right: true },
    { header: t.th.statement, wrap: true },
    ...ctx.factorIds.map((id) => ({ header: id })),
  ];
  // score and z-score per factor while a 20-column statement still fits, else the score only
  const withZ = 3 + 2 + 20 + ctx.factorIds.length * 14 <= style.width;
  const rows = statements.map((s) => [s.number, s.text, ...ctx.factorIds.map((_, g) => scoreCell(ctx, s, g, focus, withZ))]);
  const bold = style.chalk.bold;
  return renderTable(columns, rows, style.width, (text, _row, column) => (focus !== null && column === focus + 2 ? bold(text) : text));
}

const distinguishing: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const { result } = ctx.input;
  const head = `${sectionHeading(t.distinguishingHeading, style)}`;
  if (ctx.factorIds.length < 2) return `${head}${paragraph(t.oneFactor, style.width)}`;
  const intro = paragraph(`${t.distinguishingIntro}${result.options.adjust === 'none' ? '' : ` ${t.adjusted[result.options.adjust]}`}`, style.width);
  if (ctx.factorIds.length === 2) {
    // with two factors, distinguishing F1 and distinguishing F2 are the same statements: say it once
    const [a, b] = ctx.factorIds as [string, string];
    const list = ctx.statements.filter((s) => result.statementTable[s.index]?.distinguishes.includes(a));
    const title = paragraph(t.distinguishingPair(a, b), style.width);
    return `${head}${intro}\n${title}${list.length === 0 ? paragraph(t.distinguishingNone, style.width) : statementTable(ctx, list, 0, style)}`;
  }
  const parts = ctx.factorIds.map((id, f) => {
    const list = ctx.statements.filter((s) => result.statementTable[s.index]?.distinguishes.includes(id));
    const title = style.chalk.bold(id);
    return list.length === 0 ? `${title}\n${paragraph(t.distinguishingNone, style.width)}` : `${title}\n${statementTable(ctx, list, f, style)}`;
  });
  return `${head}${intro}\n${parts.join('\n')}`;
};

const consensus: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const head = sectionHeading(t.consensusHeading, style);
  if (ctx.factorIds.length < 2) return `${head}${paragraph(t.oneFactor, style.width)}`;
  const list = ctx.statements.filter((s) => ctx.input.result.statementTable[s.index]?.consensus);
  if (list.length === 0) return `${head}${paragraph(t.consensusNone, style.width)}`;
  return `${head}${paragraph(t.consensusIntro, style.width)}\n${statementTable(ctx, list, null, style)}`;
};

const correlations: Section = (ctx, style) => {
  const t = terminalText(ctx.lang);
  const head = sectionHeading(t.correlationsHeading, style);
  if (ctx.factorIds.length < 2) return `${head}${paragraph(t.oneFactor, style.width)}`;
  const rows = ctx.input.result.factorCorrelations.map((row, f) => [ctx.factorIds[f] ?? '', ...row.map((r, g) => (g > f ? '' : formatNumber(r, 2, ctx.lang)))]);
  const columns: TableColumn[] = [{ header: '' }, ...ctx.factorIds.map((id) => ({ header: id, right: true }))];
  return `${head}${paragraph(t.correlationsIntro, style.width)}\n${renderTable(columns, rows, style.width)}`;
};

/** `qsort analyze`'s terminal report. */
export function renderAnalysis(ctx: ReportContext, style: TerminalStyle): string {
  const top = `${heading(ctx.input.study.title, instructionText(ctx), style)}\n${summary(ctx, style)}`;
  return [top, ...[eigenvalues, factors, loadings, arrays, distinguishing, consensus, correlations].map((section) => section(ctx, style))].join('\n');
}
