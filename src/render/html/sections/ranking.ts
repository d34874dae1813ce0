import type { RankingRow } from '../../../analysis/index.ts';
import { barChart } from '../charts/bar-chart.ts';
import { formatNumber, formatPercent, formatSigned } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { rankLabels, type ReportContext } from '../model.ts';
import { dataTable, figure, section } from '../table.ts';

function chartFor(ctx: ReportContext, id: string, title: string, ranking: readonly RankingRow[], compact: boolean): SafeHtml {
  const { t, input } = ctx;
  const labels = rankLabels(ranking.map((r) => r.rank));
  const scores = input.study.distribution.scores;
  const first = ranking[0];
  const firstStatement = first ? ctx.statementById.get(first.id) : undefined;
  return barChart({
    id,
    title,
    desc: t.rankingChartDesc(ranking.length, ctx.top, firstStatement ? `${firstStatement.number} (${firstStatement.label}, ${formatSigned(first?.mean, 2, ctx.lang)})` : ''),
    rows: ranking.map((r, i) => {
      const s = ctx.statementById.get(r.id);
      return { rank: labels[i] ?? '', number: s?.number ?? r.id, label: s?.label ?? r.id, value: r.mean, highlight: r.rank <= ctx.top };
    }),
    min: scores[0] ?? -1,
    max: scores[scores.length - 1] ?? 1,
    lang: ctx.lang,
    compact,
  });
}

/** The ranking as a table (full: with SD, top/bottom shares and n; short: rank, statement, mean). */
function rankingTable(ctx: ReportContext, ranking: readonly RankingRow[], full: boolean, caption: string): SafeHtml {
  const { t } = ctx;
  const labels = rankLabels(ranking.map((r) => r.rank));
  const columns = [
    { label: t.th.rank, numeric: true },
    { label: t.th.number, numeric: true },
    { label: t.th.statement },
    { label: t.th.mean, numeric: true },
    ...(full
      ? [
          { label: t.th.sd, numeric: true },
          { label: t.th.topTwo, numeric: true },
          { label: t.th.bottomTwo, numeric: true },
          { label: t.th.sorts, numeric: true },
        ]
      : []),
  ];
  const rows = ranking.map((r, i) => {
    const s = ctx.statementById.get(r.id);
    const top = r.rank <= ctx.top;
    return [
      { content: `${top ? '★ ' : ''}${labels[i] ?? ''}`, numeric: true, value: r.rank, },
      { content: s?.number ?? r.id, numeric: true },
      { content: s?.text ?? r.id, rowHeader: true, cls: 'statement' },
      { content: formatSigned(r.mean, 2, ctx.lang), numeric: true, value: r.mean, },
      ...(full
        ? [
            { content: formatNumber(r.sd, 2, ctx.lang), numeric: true, value: r.sd },
            { content: formatPercent(r.topTwoShare, ctx.lang), numeric: true, value: r.topTwoShare },
            { content: formatPercent(r.bottomTwoShare, ctx.lang), numeric: true, value: r.bottomTwoShare },
            { content: String(r.n), numeric: true, value: r.n },
          ]
        : []),
    ];
  });
  return dataTable({ caption, captionHidden: !full, columns, rows, cls: 'ranking', hidden: !full, rowClass: (i) => ((ranking[i]?.rank ?? Infinity) <= ctx.top ? 'top-row' : undefined) });
}

/** All statements ranked by mean score (a bar chart and the table), then per team. */
export function rankingSection(ctx: ReportContext): SafeHtml {
  const { t, input } = ctx;
  const { ranking, rankingByGroup } = input.result;
  const sorts = input.result.sorts.length;
  const main = figure(
    chartFor(ctx, 'chart-ranking', t.rankingChartTitle, ranking, false),
    '',
    rankingTable(ctx, ranking, true, t.rankingChartTitle),
  );
  const teams =
    rankingByGroup.length > 0
      ? html`<h3 id="ranking-teams">${t.perTeamHeading}</h3><p>${t.perTeamIntro(ctx.top)}</p><div class="team-grid">${rankingByGroup.map((g, i) => {
          const title = t.teamChartTitle(g.group);
          return html`<div class="team"><h4>${t.teamHeading(g.group, g.sortCount)}</h4>${figure(
            chartFor(ctx, `chart-team-${i + 1}`, title, g.ranking, true),
            '',
            rankingTable(ctx, g.ranking, false, title),
          )}</div>`;
        })}</div>`
      : '';
  return section('ranking', t.rankingHeading, html`<p>${t.rankingIntro(sorts, ctx.top)}</p>${main}${teams}`);
}
