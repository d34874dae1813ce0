import { formatNumber } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { dataTable, section } from '../table.ts';
import { statementFactorColumns, statementFactorRow } from './factors.ts';

/** Statements on which no two factors differ significantly. */
export function consensusSection(ctx: ReportContext): SafeHtml {
  const { t, input } = ctx;
  if (input.result.factors.length < 2) return section('consensus', t.consensusHeading, html`<p>${t.consensusOneFactor}</p>`);
  const list = ctx.statements.filter((s) => input.result.statementTable[s.index]?.consensus);
  const body =
    list.length === 0
      ? html`<p>${t.consensusNone}</p>`
      : dataTable({ columns: statementFactorColumns(ctx), rows: list.map((s) => statementFactorRow(ctx, s, null)), cls: 'by-factor consensus' });
  return section('consensus', t.consensusHeading, html`<p>${t.consensusIntro}</p>${body}`);
}

/** Every sort's loadings, the defining one marked by ✓ and bold (not by colour alone). */
export function loadingsSection(ctx: ReportContext): SafeHtml {
  const { t, input, lang } = ctx;
  const { loadings, flags, sorts } = input.result;
  const table = dataTable({
    columns: [{ label: t.th.sort }, ...(ctx.hasTeams ? [{ label: t.th.team }] : []), ...ctx.factorIds.map((_, f) => ({ label: ctx.factorName(f), numeric: true }))],
    rows: sorts.map((_, j) => [
      { content: ctx.sortNames[j] ?? '', rowHeader: true },
      ...(ctx.hasTeams ? [{ content: input.sorts[j]?.team ?? '' }] : []),
      ...ctx.factorIds.map((_, f) => {
        const flagged = flags[j]?.[f] === true;
        const a = loadings[j]?.[f] ?? null;
        return {
          content: flagged
            ? html`<span class="flag" aria-hidden="true">✓</span> <strong>${formatNumber(a, 2, lang)}</strong><span class="sr-only"> (${t.flaggedLabel})</span>`
            : formatNumber(a, 2, lang),
          numeric: true,
          value: a,
          cls: flagged ? 'flagged' : undefined,
        };
      }),
    ]),
    cls: 'loadings compact',
  });
  const k = ctx.factorIds.length;
  const correlations =
    k < 2
      ? ''
      : html`<h3>${t.correlationsHeading}</h3><p>${t.correlationsIntro}</p>${dataTable({
          columns: [{ label: '' }, ...ctx.factorIds.map((_, f) => ({ label: ctx.factorName(f), numeric: true }))],
          rows: input.result.factorCorrelations.map((row, f) => [
            { content: ctx.factorName(f), rowHeader: true },
            ...row.map((r) => ({ content: formatNumber(r, 2, lang), numeric: true, value: r })),
          ]),
          cls: 'factor-correlations compact',
        })}`;
  return section('loadings', t.loadingsHeading, html`<p>${t.loadingsIntro(input.result.statements.length)}</p>${table}${correlations}`);
}
