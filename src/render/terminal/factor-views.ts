/**
 * The parts of `qsort analyze`'s per-factor section that read the factor as a
 * viewpoint (pure): its crib sheet (Watts & Stenner 2012) and, for a factor
 * some sorts hold the other way round, the reversed pole with its people and
 * its most/least agree statements read from the mirrored array.
 */
import type { CribSheet } from '../../analysis/index.ts';
import { terminalText } from '../../i18n/terminal.ts';
import { renderTable, type TableColumn } from '../../text/table.ts';
import { wrapText } from '../../text/wrap.ts';
import { formatNumber, formatScore, MISSING } from '../html/format.ts';
import { polesOf, type ReportContext, type ReportStatement, type ReportViewpoint } from '../html/model.ts';
import type { TerminalStyle } from './render-rank.ts';

/** Marks a statement whose column a tie broken by statement order decided. */
export const TIE_MARK = '†';

function paragraph(text: string, width: number): string {
  return `${wrapText(text, width).join('\n')}\n`;
}

const scoreOf = (ctx: ReportContext, s: ReportStatement, f: number): number | null => ctx.input.result.factorArrays[s.index]?.[f] ?? null;

/** "F2 +1 · F3 0": the other factors' array scores of a statement. */
function elsewhere(ctx: ReportContext, s: ReportStatement, f: number): string {
  return ctx.factorIds
    .flatMap((id, g) => {
      const score = scoreOf(ctx, s, g);
      return g === f || score === null ? [] : [`${id} ${formatScore(score)}`];
    })
    .join(' · ');
}

/** The crib sheet's four lists as tables: score, number, statement (with marks), the other factors' scores. */
export function cribSheetText(ctx: ReportContext, f: number, mark: (s: ReportStatement) => string, style: TerminalStyle): string {
  const t = terminalText(ctx.lang);
  const sheet: CribSheet | undefined = ctx.input.result.cribSheets[f];
  if (!sheet) return '';
  const tied = new Set(ctx.input.result.factorArrayTies.filter((x) => x.factor === sheet.factor && x.brokenByOrder).flatMap((x) => x.statements));
  const columns: TableColumn[] = [
    { header: t.thA.score, right: true },
    { header: t.th.number, right: true },
    { header: t.th.statement, wrap: true },
    ...(ctx.factorIds.length > 1 ? [{ header: t.elsewhere, wrap: true }] : []),
  ];
  const parts = (['highest', 'higher', 'lower', 'lowest'] as const).map((part) => {
    const list = sheet[part].flatMap((id) => ctx.statementById.get(id) ?? []);
    if (part !== 'highest' && part !== 'lowest' && ctx.factorIds.length < 2) return '';
    const title = style.chalk.bold(t.cribParts[part]);
    if (list.length === 0) return `${title}\n${t.cribNone}\n`;
    const rows = list.map((s) => {
      const score = scoreOf(ctx, s, f);
      const marks = `${mark(s)}${tied.has(s.id) ? TIE_MARK : ''}`;
      return [score === null ? MISSING : formatScore(score), s.number, `${s.text}${marks ? ` ${marks}` : ''}`, ...(ctx.factorIds.length > 1 ? [elsewhere(ctx, s, f)] : [])];
    });
    return `${title}\n${renderTable(columns, rows, style.width)}`;
  });
  const usesTie = [...sheet.highest, ...sheet.higher, ...sheet.lower, ...sheet.lowest].some((id) => tied.has(id));
  return `${style.chalk.bold(t.cribHeading(sheet.factor))}\n${paragraph(t.cribIntro, style.width)}\n${parts.filter((p) => p !== '').join('\n')}${usesTie ? paragraph(t.tieLegend, style.width) : ''}`;
}

/** A pole's most/least agree list: the score in this pole's (possibly mirrored) array, number, statement. */
function poleList(ctx: ReportContext, v: ReportViewpoint, list: readonly ReportStatement[], style: TerminalStyle): string {
  const t = terminalText(ctx.lang);
  const rows = list.map((s) => {
    const score = scoreOf(ctx, s, v.factor);
    const z = ctx.input.result.zScores[s.index]?.[v.factor] ?? null;
    return [
      score === null ? MISSING : formatScore(v.pole * score),
      s.number,
      `${s.text}${v.tiedByOrder.has(s.id) ? ` ${TIE_MARK}` : ''}`,
      formatNumber(z === null ? null : v.pole * z, 2, ctx.lang),
    ];
  });
  const columns: TableColumn[] = [
    { header: t.thA.score, right: true },
    { header: t.th.number, right: true },
    { header: t.th.statement, wrap: true },
    { header: t.thA.z, right: true },
  ];
  return renderTable(columns, rows, style.width);
}

/** The reversed pole of factor `f` (null when nobody holds it): who, and what they agree with most and least. */
export function reversedPoleText(ctx: ReportContext, f: number, style: TerminalStyle): string | null {
  const v = polesOf(ctx, f).find((p) => p.pole === -1);
  if (!v) return null;
  const t = terminalText(ctx.lang);
  const names = v.sorts.map((j) => ctx.sortNames[j] ?? '').join(', ');
  const title = style.chalk.bold(t.reversedTitle(ctx.factorIds[f] ?? '', v.sorts.length, names));
  const tie = [...v.mostAgree, ...v.leastAgree].some((s) => v.tiedByOrder.has(s.id)) ? paragraph(t.tieLegend, style.width) : '';
  return `${title}\n${paragraph(t.reversedIntro, style.width)}\n${style.chalk.bold(t.mostAgree)}\n${poleList(ctx, v, v.mostAgree, style)}\n${style.chalk.bold(t.leastAgree)}\n${poleList(ctx, v, v.leastAgree, style)}${tie}`;
}
