import { localText } from '../../../core/text.ts';
import type { SortRecord } from '../../../core/types.ts';
import { formatScore } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { section } from '../table.ts';

const clean = (text: string | undefined): string => (text ?? '').trim();

/** What one participant wrote: each answered question, with the statements they placed at that end for most/least questions. */
function participantCard(ctx: ReportContext, j: number): SafeHtml | null {
  const { t, input } = ctx;
  const sort: SortRecord | undefined = input.sorts[j];
  if (!sort) return null;
  const { scores: columns } = input.study.distribution;
  const nonEmpty = columns.filter((_, i) => (input.study.distribution.counts[i] ?? 0) > 0);
  const highest = nonEmpty[nonEmpty.length - 1];
  const lowest = nonEmpty[0];
  const answered = input.study.questions.filter((q) => clean(sort.answers?.[q.id]) !== '');
  const comment = clean(sort.comment);
  if (answered.length === 0 && comment === '') return null;
  const placedAt = (score: number | undefined): SafeHtml => {
    if (score === undefined) return html``;
    const placed = ctx.statements.filter((s) => sort.scores[s.id] === score);
    return html`<p class="placed"><span class="placed-label">${t.placedAt(formatScore(score))}:</span> ${placed.map(
      (s, i) => html`${i > 0 ? '; ' : ''}<span class="num">${s.number}</span> ${s.label}`,
    )}</p>`;
  };
  const items = answered.map((q) => {
    const extreme = q.kind === 'most' ? placedAt(highest) : q.kind === 'least' ? placedAt(lowest) : html``;
    return html`<div class="answer answer-${q.kind}"><p class="question-text">${localText(q.text, ctx.lang)}</p>${extreme}<blockquote>${clean(sort.answers?.[q.id])}</blockquote></div>`;
  });
  const team = clean(sort.team);
  return html`<article class="participant"><h4>${ctx.sortNames[j] ?? sort.participant}${team ? html` <span class="team-name">· ${team}</span>` : ''}</h4>${items}${
    comment ? html`<div class="answer"><p class="question-text">${t.commentLabel}</p><blockquote>${comment}</blockquote></div>` : ''
  }</article>`;
}

/** Answers to the post-sort questions and free comments, grouped by the factor each participant defines. */
export function commentsSection(ctx: ReportContext): SafeHtml {
  const { t } = ctx;
  const groups = [...ctx.factorIds.map((_, f) => f), null].map((f) => {
    const cards = ctx.sortFactor.flatMap((sf, j) => (sf === f ? [participantCard(ctx, j)] : [])).filter((c): c is SafeHtml => c !== null);
    if (cards.length === 0) return null;
    const heading = f === null ? t.commentsUnflagged : ctx.factorName(f);
    return html`<h3 id="comments-${f === null ? 'none' : f + 1}">${heading}</h3><div class="participants">${cards}</div>`;
  });
  const present = groups.filter((g): g is SafeHtml => g !== null);
  return section('comments', t.commentsHeading, present.length === 0 ? html`<p>${t.commentsNone}</p>` : html`<p>${t.commentsIntro}</p>${present}`);
}
