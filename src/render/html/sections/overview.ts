import { formatDate, formatScore, formatSigned } from '../format.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { instructionText, rankLabels, type ReportContext, type ReportStatement, type ReportViewpoint } from '../model.ts';
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

/** A pole's statements with their column in this pole's (possibly mirrored) array; † for a tie broken by statement order. */
function listStatements(ctx: ReportContext, v: ReportViewpoint, statements: readonly ReportStatement[]): SafeHtml {
  return html`<ul class="statement-list">${statements.map((s) => {
    const score = ctx.input.result.factorArrays[s.index]?.[v.factor] ?? null;
    const shown = score === null ? null : v.pole * score;
    return html`<li data-score="${shown === null ? 'null' : String(shown)}"><span class="score-badge">${shown === null ? '' : formatScore(shown)}</span> <span class="num">${s.number}</span> ${s.label}${v.tiedByOrder.has(s.id) ? html` <span class="tie" title="${ctx.t.tieMark}">†</span>` : ''}</li>`;
  })}</ul>`;
}

/** The name of a pole: "Factor 1", or "Factor 1, reversed". */
export function poleName(ctx: ReportContext, v: ReportViewpoint): string {
  const name = ctx.factorName(v.factor);
  return v.pole === 1 ? name : ctx.t.reversedName(name);
}

/**
 * One entry per viewpoint: a factor's pole with the people who hold it, and
 * what they agree with most and least (the analysis' `viewpoints`). A factor
 * some people hold the other way round gets a second entry, "reversed".
 */
export function viewpointsSection(ctx: ReportContext): SafeHtml {
  const { t } = ctx;
  const items = ctx.viewpoints.map((v) => {
    const head = html`<strong>${t.viewpointLine(poleName(ctx, v), t.people(v.sorts.length))}</strong>`;
    const attrs = `data-factor="${ctx.factorIds[v.factor] ?? ''}" data-pole="${v.pole}" data-people="${v.sorts.length}"`;
    if (v.mostAgree.length === 0) return html`<li ${raw(attrs)}>${head}: ${t.noArray}.</li>`;
    const anchor = `#factor-${v.factor + 1}${v.pole === -1 ? '-reversed' : ''}`;
    return html`<li ${raw(attrs)}><a href="${anchor}">${head}</a><dl><div><dt>${t.mostAgree}</dt><dd class="most">${listStatements(ctx, v, v.mostAgree)}</dd></div><div><dt>${t.leastAgree}</dt><dd class="least">${listStatements(ctx, v, v.leastAgree)}</dd></div></dl></li>`;
  });
  const tied = ctx.viewpoints.some((v) => v.tiedByOrder.size > 0);
  return section('viewpoints', t.viewpointsHeading, html`<p>${t.viewpointsIntro}</p><ul class="viewpoints">${items}</ul>${tied ? html`<p class="note">${t.tieMark}</p>` : ''}`);
}
