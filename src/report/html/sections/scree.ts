import { screePlot } from '../charts/scree.ts';
import { formatNumber } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { dataTable, figure, section } from '../table.ts';

/** The number-of-factors aids: the scree plot with the Kaiser line and, when given, parallel analysis. */
export function screeSection(ctx: ReportContext): SafeHtml {
  const { t, input, lang } = ctx;
  const { eigenvalues, sorts } = input.result;
  const kept = input.result.factors.length;
  const parallel = input.parallel;
  const hasParallel = parallel !== undefined && parallel.thresholds.some((v) => v !== null);
  const above = eigenvalues.filter((v) => v > 1).length;
  const chart = screePlot({
    id: 'chart-scree',
    title: t.screeChartTitle,
    desc: t.screeChartDesc(eigenvalues.length, above, kept, hasParallel),
    eigenvalues,
    parallel: hasParallel ? parallel.thresholds : undefined,
    extracted: kept,
    lang,
    labels: { eigenvalue: t.legendEigenvalue, kaiser: t.legendKaiser, parallel: t.legendParallel, extracted: t.legendKept, factor: t.axisFactor },
  });
  let cumulative = 0;
  const rows = eigenvalues.map((ev, i) => {
    const variance = (100 * ev) / sorts.length;
    cumulative += variance;
    const threshold = hasParallel ? (parallel.thresholds[i] ?? null) : undefined;
    return [
      { content: String(i + 1), numeric: true, rowHeader: true, cls: i < kept ? 'kept-row' : undefined },
      { content: formatNumber(ev, 2, lang), numeric: true, value: ev, cls: ev > 1 ? 'above' : undefined },
      { content: `${formatNumber(variance, 1, lang)}%`, numeric: true },
      { content: `${formatNumber(cumulative, 1, lang)}%`, numeric: true },
      ...(threshold !== undefined ? [{ content: formatNumber(threshold, 2, lang), numeric: true, value: threshold }] : []),
    ];
  });
  const table = dataTable({
    caption: t.screeChartTitle,
    captionHidden: true,
    columns: [
      { label: t.th.factor, numeric: true },
      { label: t.th.eigenvalue, numeric: true },
      { label: t.th.variance, numeric: true },
      { label: t.th.cumulative, numeric: true },
      ...(hasParallel ? [{ label: t.th.parallel, numeric: true }] : []),
    ],
    rows,
    cls: 'eigenvalues compact',
  });
  return section(
    'factors',
    t.screeHeading,
    html`<p>${t.screeIntro(sorts.length, kept)}</p>${hasParallel ? html`<p>${t.parallelIntro(parallel.iterations)}</p>` : ''}<div class="scree-layout">${figure(chart, '', undefined, 'chart-figure scree-figure')}${table}</div>`,
  );
}
