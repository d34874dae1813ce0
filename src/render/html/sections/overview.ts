import { formatDate, formatSigned } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { arrayColumns, instructionText, rankLabels, type ReportContext, type ReportStatement } from '../model.ts';
import { section } from '../table.ts';

/** The cover: title, the question, and the facts of the study. */
export function coverHeader(ctx: ReportContext): SafeHtml {
  const { t, input } = ctx;
  const { study, result } = input;
  const teams = new Set(input.sorts.map((s) => s.team ?? '').filter((x) => x !== ''));
  const facts: [string, string][] = [
    [t.facts.statements, String(result.statements.length)],
    [t.facts.sorts, String(result.sorts.length)],
    [t.facts.distribution, ctx.distributionText],
    ...(teams.size > 0 ? [[t.facts.teams, String(teams.size)] as [string, string]] : []),
    [t.facts.factors, String(result.factors.length)],
  ];
  const question = instructionText(ctx);
  return html`<header class="cover"><p class="kicker">${t.kicker} · <time datetime="${input.generatedAt}">${formatDate(input.generatedAt, ctx.lang)}</time></p><h1>${study.title}</h1>${
    question ? html`<p class="question"><span class="question-label">${t.questionLabel}</span> <q>${question}</q></p>` : ''
  }<dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></header>`;
}

/** The contents: links to every section. */
export function contents(ctx: ReportContext, entries: readonly { id: string; title: string }[]): SafeHtml {
  return html`<nav class="contents" aria-label="${ctx.t.contents}"><h2 class="contents-title">${ctx.t.contents}</h2><ol>${entries.map(
    (e) => html`<li><a href="#${e.id}">${e.title}</a></li>`,
  )}</ol></nav>`;
}

/** The clinic's result: the top statements by mean score, large. */
export function topSection(ctx: ReportContext): SafeHtml {
  const { t, input } = ctx;
  const ranking = input.result.ranking;
  const labels = rankLabels(ranking.map((r) => r.rank));
  const rows = ranking.flatMap((r, i) => {
    if (r.rank > ctx.top) return [];
    const s = ctx.statementById.get(r.id);
    return [
      html`<li><span class="top-rank"><span class="sr-only">${t.th.rank} </span>${labels[i] ?? ''}</span><span class="top-text"><span class="num">${s?.number ?? r.id}</span> ${s?.text ?? r.id}</span><span class="top-mean" data-value="${String(r.mean)}"><span class="sr-only">${t.th.mean}: </span>${formatSigned(r.mean, 2, ctx.lang)}</span></li>`,
    ];
  });
  const tied = labels.some((l, i) => l.endsWith('=') && (ranking[i]?.rank ?? Infinity) <= ctx.top);
  const sorts = input.result.sorts.length;
  return section(
    'top',
    t.topHeading(ctx.top),
    html`<p>${t.topIntro(sorts)}${tied ? html` ${t.tieNote}` : ''}</p><ol class="top-list">${rows}</ol>${sorts < 5 ? html`<p class="note">${t.fewSorts(sorts)}</p>` : ''}`,
    'top',
  );
}

function listStatements(statements: readonly ReportStatement[]): SafeHtml {
  return html`<ul class="statement-list">${statements.map((s) => html`<li><span class="num">${s.number}</span> ${s.label}</li>`)}</ul>`;
}

/** One line per factor: how many people, and what they agree with most and least. */
export function viewpointsSection(ctx: ReportContext): SafeHtml {
  const { t, input } = ctx;
  const items = input.result.factors.map((factor, f) => {
    const columns = arrayColumns(ctx, f);
    const head = html`<strong>${t.viewpointLine(ctx.factorName(f), t.people(factor.definingSorts))}</strong>`;
    if (!columns) return html`<li>${head}: ${t.noArray}.</li>`;
    const nonEmpty = columns.filter((c) => c.statements.length > 0);
    const most = nonEmpty[nonEmpty.length - 1]?.statements ?? [];
    const least = nonEmpty[0]?.statements ?? [];
    return html`<li><a href="#factor-${f + 1}">${head}</a><dl><div><dt>${t.mostAgree}</dt><dd>${listStatements(most)}</dd></div><div><dt>${t.leastAgree}</dt><dd>${listStatements(least)}</dd></div></dl></li>`;
  });
  return section('viewpoints', t.viewpointsHeading, html`<ul class="viewpoints">${items}</ul>`);
}
