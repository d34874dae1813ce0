import type { FactorCountResult, FactorCountRow, FactorRule } from '../../../analysis/index.ts';
import { screePlot } from '../charts/scree.ts';
import { formatNumber } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { dataTable, figure, section, type Cell } from '../table.ts';

/** A number with ✓ when its rule keeps the factor (the mark, not colour, carries the meaning). */
function ruleCell(ctx: ReportContext, text: string, pass: boolean | null, value: number | null): Cell {
  return {
    content: pass ? html`${text} <span class="pass" aria-hidden="true">✓</span><span class="sr-only"> (${ctx.t.keeps})</span>` : text,
    numeric: true,
    value,
    cls: pass ? 'pass-cell' : undefined,
  };
}

/** The recommendation of the aids in words, and whether this report follows it. */
function recommendation(ctx: ReportContext, aids: FactorCountResult): SafeHtml {
  const { t, input } = ctx;
  const names = (rules: readonly FactorRule[]): string[] => rules.map((r) => t.rules[r]);
  const others = (Object.keys(aids.counts) as FactorRule[])
    .filter((r) => aids.counts[r] !== null && !aids.agreeing.includes(r))
    .map((r) => `${t.rules[r]}: ${aids.counts[r]}`);
  const kept = input.result.factors.length;
  return html`<p class="recommendation"><strong>${t.recommended(aids.recommended, names(aids.agreeing), others)}</strong> ${
    input.factorsRecommended ? t.usesRecommended(kept) : t.usesChosen(kept)
  }</p>`;
}

/** The number-of-factors aids: scree plot (Kaiser line, parallel analysis), Humphrey's rule, defining sorts, and the recommendation. */
export function screeSection(ctx: ReportContext): SafeHtml {
  const { t, input, lang } = ctx;
  const { eigenvalues, sorts } = input.result;
  const kept = input.result.factors.length;
  const aids = input.factorAids;
  const rows: readonly (FactorCountRow | undefined)[] = eigenvalues.map((_, i) => aids?.rows[i]);
  const parallel = aids && aids.iterations > 0 ? rows.map((r) => r?.randomEigenvalue ?? null) : undefined;
  const hasParallel = parallel !== undefined && parallel.some((v) => v !== null);
  const above = eigenvalues.filter((v) => v > 1).length;
  const chart = screePlot({
    id: 'chart-scree',
    title: t.screeChartTitle,
    desc: t.screeChartDesc(eigenvalues.length, above, kept, hasParallel),
    eigenvalues,
    parallel: hasParallel ? parallel : undefined,
    extracted: kept,
    lang,
    labels: { eigenvalue: t.legendEigenvalue, kaiser: t.legendKaiser, parallel: t.legendParallel(aids?.percentile ?? 95), extracted: t.legendKept, factor: t.axisFactor },
  });
  let cumulative = 0;
  const digits = Math.max(...eigenvalues) >= 100 ? 1 : 2;
  const tableRows = eigenvalues.map((ev, i) => {
    const variance = (100 * ev) / sorts.length;
    cumulative += variance;
    const row = rows[i];
    const aidCells: Cell[] = aids
      ? [
          row ? ruleCell(ctx, formatNumber(row.humphreyProduct, 2, lang), row.humphrey, row.humphreyProduct) : { content: '', numeric: true },
          row ? ruleCell(ctx, row.fewestDefiningSorts === null ? '–' : String(row.fewestDefiningSorts), row.twoSorts, row.fewestDefiningSorts) : { content: '', numeric: true },
          ...(hasParallel ? [row ? ruleCell(ctx, formatNumber(row.randomEigenvalue, digits, lang), row.parallel, row.randomEigenvalue) : { content: '', numeric: true }] : []),
        ]
      : [];
    return [
      { content: String(i + 1), numeric: true, rowHeader: true, cls: i < kept ? 'kept-row' : undefined },
      ruleCell(ctx, formatNumber(ev, digits, lang), ev > 1, ev),
      { content: `${formatNumber(variance, 1, lang)}%`, numeric: true },
      { content: `${formatNumber(cumulative, 1, lang)}%`, numeric: true },
      ...aidCells,
    ];
  });
  const table = dataTable({
    caption: t.aidsCaption,
    captionHidden: true,
    columns: [
      { label: t.th.factor, numeric: true },
      { label: t.th.eigenvalue, numeric: true },
      { label: t.th.variance, numeric: true },
      { label: t.th.cumulative, numeric: true },
      ...(aids ? [{ label: t.th.humphrey, numeric: true }, { label: t.th.definingSorts, numeric: true }] : []),
      ...(hasParallel ? [{ label: t.th.parallel(aids?.percentile ?? 95), numeric: true }] : []),
    ],
    rows: tableRows,
    cls: 'eigenvalues compact',
  });
  const explain = aids
    ? html`<p>${t.aidsIntro(formatNumber(aids.humphreyThreshold, 2, lang), input.result.statements.length)}${
        hasParallel ? html` ${t.parallelIntro(aids.iterations, aids.percentile, aids.seed)}` : ''
      }</p>${recommendation(ctx, aids)}`
    : '';
  return section(
    'factors',
    t.screeHeading,
    html`<p>${t.screeIntro(sorts.length, kept)}</p>${explain}<div class="scree-layout">${figure(chart, '', undefined, 'chart-figure scree-figure')}${table}</div>`,
  );
}
