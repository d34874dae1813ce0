import { qGrid, type CellMark } from '../charts/q-grid.ts';
import { formatNumber, formatScore, MISSING } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { arrayColumns, polesOf, type ReportContext, type ReportStatement } from '../model.ts';
import { dataTable, figure, section, type Cell, type Column } from '../table.ts';

/** Score and z-score of statement `s` on factor `g`, with the significance mark of the comparison with factor `f`. */
function scoreCell(ctx: ReportContext, s: ReportStatement, g: number, f: number | null): Cell {
  const { result } = ctx.input;
  const score = result.factorArrays[s.index]?.[g] ?? null;
  const z = result.zScores[s.index]?.[g] ?? null;
  let mark = '';
  if (f !== null && f !== g) {
    const a = ctx.factorIds[f];
    const b = ctx.factorIds[g];
    const cmp = result.statementTable[s.index]?.comparisons.find((c) => (c.factors[0] === a && c.factors[1] === b) || (c.factors[0] === b && c.factors[1] === a));
    mark = cmp?.significance ?? '';
  }
  return {
    content: html`<span class="score">${score === null ? MISSING : formatScore(score)}</span> <span class="z">${formatNumber(z, 2, ctx.lang)}</span><span class="sig">${mark}</span>`,
    numeric: true,
    value: z,
    cls: f === g ? 'this-factor' : undefined,
  };
}

/** Columns "No. · Statement · Factor 1 · Factor 2 …" (each factor cell: array score, z-score). */
export function statementFactorColumns(ctx: ReportContext): Column[] {
  return [
    { label: ctx.t.th.number, numeric: true },
    { label: ctx.t.th.statement },
    ...ctx.factorIds.map((_, g) => ({ label: html`${ctx.factorName(g)}<span class="sub">${ctx.t.th.score} · ${ctx.t.th.zScore}</span>`, numeric: true })),
  ];
}

/** One row of {@link statementFactorColumns}, marks relative to factor `f` (or none). */
export function statementFactorRow(ctx: ReportContext, s: ReportStatement, f: number | null): Cell[] {
  return [{ content: s.number, numeric: true }, { content: s.text, rowHeader: true, cls: 'statement' }, ...ctx.factorIds.map((_, g) => scoreCell(ctx, s, g, f))];
}

type Columns = NonNullable<ReturnType<typeof arrayColumns>>;

/** The factor array mirrored (the reversed pole's view): every score turned round, strongest first within a column. */
function mirrored(columns: Columns): Columns {
  return [...columns].reverse().map((c) => ({ score: -c.score, statements: [...c.statements].reverse() }));
}

function gridFigure(ctx: ReportContext, f: number, columns: Columns, reversed = false): SafeHtml {
  const { t, input } = ctx;
  const fid = ctx.factorIds[f] ?? '';
  const name = reversed ? t.reversedName(ctx.factorName(f)) : ctx.factorName(f);
  const markOf = (s: ReportStatement): CellMark | undefined => {
    const row = input.result.statementTable[s.index];
    if (row?.distinguishes.includes(fid)) return 'distinguishing';
    if (row?.consensus) return 'consensus';
    return undefined;
  };
  const nonEmpty = columns.filter((c) => c.statements.length > 0);
  const names = (list: readonly ReportStatement[] | undefined): string => (list ?? []).map((s) => `${s.number} (${s.label})`).join(', ');
  const chart = qGrid({
    id: `chart-grid-${f + 1}${reversed ? '-reversed' : ''}`,
    title: t.gridChartTitle(name),
    desc: t.gridChartDesc(name, columns.length, names(nonEmpty[nonEmpty.length - 1]?.statements), names(nonEmpty[0]?.statements)),
    columns: columns.map((c) => ({ score: c.score, cells: c.statements.map((s) => ({ number: s.number, label: s.label, mark: markOf(s) })) })),
    leftCaption: t.gridLeft,
    rightCaption: t.gridRight,
  });
  const alternative = dataTable({
    caption: t.gridChartTitle(name),
    captionHidden: true,
    hidden: true,
    columns: [{ label: t.th.column, numeric: true }, { label: t.th.statement }],
    rows: [...columns].reverse().map((c) => [
      { content: formatScore(c.score), numeric: true, rowHeader: true },
      {
        content: c.statements.map((s) => {
          const mark = markOf(s);
          return `${s.number} ${s.label}${mark === 'distinguishing' ? ' ◆' : mark === 'consensus' ? ' ≈' : ''}`;
        }).join('; '),
      },
    ]),
  });
  return figure(chart, '', alternative, 'chart-figure grid-figure');
}

/** The sorts holding pole `pole` of factor `f`, strongest loading first. */
function definingSorts(ctx: ReportContext, f: number, pole: 1 | -1 = 1): SafeHtml {
  const { t, input } = ctx;
  const { loadings } = input.result;
  const members = [...(polesOf(ctx, f).find((v) => v.pole === pole)?.sorts ?? [])].sort(
    (a, b) => pole * ((loadings[b]?.[f] ?? 0) - (loadings[a]?.[f] ?? 0)) || a - b,
  );
  if (members.length === 0) return html`<p>${t.definingNone}</p>`;
  return dataTable({
    columns: [{ label: t.th.sort }, ...(ctx.hasTeams ? [{ label: t.th.team }] : []), { label: t.th.loading, numeric: true }],
    rows: members.map((j) => [
      { content: ctx.sortNames[j] ?? '', rowHeader: true },
      ...(ctx.hasTeams ? [{ content: input.sorts[j]?.team ?? '' }] : []),
      { content: formatNumber(loadings[j]?.[f], 2, ctx.lang), numeric: true, value: loadings[j]?.[f] ?? null },
    ]),
    cls: 'defining compact',
  });
}

function distinguishing(ctx: ReportContext, f: number): SafeHtml {
  const { t, input } = ctx;
  const fid = ctx.factorIds[f] ?? '';
  const z = (s: ReportStatement): number => input.result.zScores[s.index]?.[f] ?? 0;
  const list = ctx.statements.filter((s) => input.result.statementTable[s.index]?.distinguishes.includes(fid)).sort((a, b) => z(b) - z(a) || a.index - b.index);
  const intro = html`<p>${t.distinguishingIntro(ctx.factorName(f))}</p>`;
  if (list.length === 0) return html`${intro}<p>${t.distinguishingNone}</p>`;
  return html`${intro}${dataTable({ columns: statementFactorColumns(ctx), rows: list.map((s) => statementFactorRow(ctx, s, f)), cls: 'by-factor' })}`;
}

/** A crib-sheet list: array score, number, statement (with its marks), the other factors' scores. */
function cribList(ctx: ReportContext, f: number, ids: readonly string[], tied: ReadonlySet<string>): SafeHtml {
  const { t, input } = ctx;
  if (ids.length === 0) return html`<p class="note">${t.cribNone}</p>`;
  const items = ids.flatMap((id) => {
    const s = ctx.statementById.get(id);
    if (!s) return [];
    const score = input.result.factorArrays[s.index]?.[f] ?? null;
    const others = ctx.factorIds.flatMap((other, g) => {
      const v = input.result.factorArrays[s.index]?.[g] ?? null;
      return g === f || v === null ? [] : [`${other} ${formatScore(v)}`];
    });
    return [
      html`<li data-score="${score === null ? 'null' : String(score)}"><span class="score-badge">${score === null ? MISSING : formatScore(score)}</span><span class="extreme-text"><span class="num">${s.number}</span> ${s.text}${tied.has(s.id) ? html` <span class="tie" title="${t.tieMark}">†</span>` : ''}${
        others.length > 0 ? html` <span class="elsewhere">${t.elsewhere}: ${others.join(' · ')}</span>` : ''
      }</span></li>`,
    ];
  });
  return html`<ol class="extreme-list">${items}</ol>`;
}

/** The factor's crib sheet (Watts & Stenner 2012): its two highest columns, ranked higher/lower than everywhere else, its two lowest. */
function cribSheet(ctx: ReportContext, f: number): SafeHtml {
  const { t, input } = ctx;
  const sheet = input.result.cribSheets[f];
  if (!sheet) return html``;
  const tied = new Set(input.result.factorArrayTies.filter((x) => x.factor === sheet.factor && x.brokenByOrder).flatMap((x) => x.statements));
  const parts = (['highest', 'higher', 'lower', 'lowest'] as const).filter((part) => ctx.factorIds.length > 1 || part === 'highest' || part === 'lowest');
  return html`<div class="crib-sheet" data-factor="${sheet.factor}"><h3>${t.cribHeading}</h3><p>${t.cribIntro}</p><div class="crib-parts">${parts.map(
    (part) => html`<div class="crib-part" data-part="${part}"><h4>${t.cribParts[part]}</h4>${cribList(ctx, f, sheet[part], tied)}</div>`,
  )}</div>${tied.size > 0 ? html`<p class="note">${t.tieMark}</p>` : ''}</div>`;
}

/** The factor held the other way round (when some people do): who, and its array mirrored. */
function reversedPole(ctx: ReportContext, f: number, columns: Columns): SafeHtml {
  const v = polesOf(ctx, f).find((p) => p.pole === -1);
  if (!v) return html``;
  const { t } = ctx;
  const names = v.sorts.map((j) => ctx.sortNames[j] ?? '').join(', ');
  return html`<div class="reversed" id="factor-${f + 1}-reversed"><h3>${t.reversedName(ctx.factorName(f))} — ${t.people(v.sorts.length)}</h3><p>${t.reversedIntro(names)}</p>${gridFigure(ctx, f, mirrored(columns), true)}<h4>${t.definingHeading}</h4>${definingSorts(ctx, f, -1)}</div>`;
}

/** One factor: its characteristics, its array as a Q-grid, defining sorts, distinguishing and extreme statements. */
export function factorSection(ctx: ReportContext, f: number): SafeHtml {
  const { t, input, lang } = ctx;
  const factor = input.result.factors[f];
  if (!factor) return html``;
  const facts: [string, string, number | null][] = [
    [t.factorFacts.defining, String(factor.definingSorts), factor.definingSorts],
    [t.factorFacts.variance, `${formatNumber(factor.explainedVariance, 1, lang)}%`, factor.explainedVariance],
    [t.factorFacts.eigenvalue, formatNumber(factor.eigenvalue, 2, lang), factor.eigenvalue],
    [t.factorFacts.reliability, formatNumber(factor.reliability, 2, lang), factor.reliability],
    [t.factorFacts.se, formatNumber(factor.se, 2, lang), factor.se],
  ];
  const columns = arrayColumns(ctx, f);
  const poles = polesOf(ctx, f);
  const holding = poles.find((v) => v.pole === 1)?.sorts.length ?? 0;
  const reversed = poles.find((v) => v.pole === -1)?.sorts.length ?? 0;
  const variance = `${formatNumber(factor.explainedVariance, 0, lang)}%`;
  const lead = reversed > 0 ? t.factorIntroPoles(t.people(holding), t.people(reversed), variance) : t.factorIntro(t.people(factor.definingSorts), variance);
  const body = html`<p class="lead">${lead}</p><dl class="facts factor-facts">${facts.map(
    ([k, v, x]) => html`<div><dt>${k}</dt><dd data-value="${x === null ? 'null' : String(x)}">${v}</dd></div>`,
  )}</dl>${
    columns
      ? html`<h3>${t.gridHeading}</h3><p>${t.gridIntro}</p>${gridFigure(ctx, f, columns)}${cribSheet(ctx, f)}`
      : html`<p class="note">${t.noScores}</p>`
  }<h3>${t.definingHeading}</h3>${definingSorts(ctx, f)}${
    columns ? html`${reversedPole(ctx, f, columns)}<h3>${t.distinguishingHeading}</h3>${distinguishing(ctx, f)}` : ''
  }`;
  return section(`factor-${f + 1}`, ctx.factorName(f), body, 'factor');
}
