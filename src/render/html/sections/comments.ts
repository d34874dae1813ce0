import { localText } from '../../../core/text.ts';
import type { Question } from '../../../core/types.ts';
import { formatScore } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { poleName } from './overview.ts';
import { section } from '../table.ts';

const clean = (text: string | undefined): string => (text ?? '').trim();

/** The highest and lowest columns of the distribution that hold statements. */
function extremeColumns(ctx: ReportContext): { highest: number | undefined; lowest: number | undefined } {
  const { scores, counts } = ctx.input.study.distribution;
  const used = scores.filter((_, i) => (counts[i] ?? 0) > 0);
  return { highest: used[used.length - 1], lowest: used[0] };
}

/** Who wrote it: name, team, and for a most/least question the statements they placed at that end. */
function attribution(ctx: ReportContext, j: number, question: Question | null): SafeHtml {
  const sort = ctx.input.sorts[j];
  const team = clean(sort?.team);
  const { highest, lowest } = extremeColumns(ctx);
  const score = question?.kind === 'most' ? highest : question?.kind === 'least' ? lowest : undefined;
  const placed = score === undefined ? [] : ctx.statements.filter((s) => sort?.scores[s.id] === score);
  return html`<p class="who"><span class="who-name">${ctx.sortNames[j] ?? ''}</span>${team ? html` · ${team}` : ''}${
    score !== undefined && placed.length > 0
      ? html`<span class="placed"> · ${ctx.t.placedAt(formatScore(score))}: ${placed.map((s, i) => html`${i > 0 ? '; ' : ''}<span class="num">${s.number}</span> ${s.label}`)}</span>`
      : ''
  }</p>`;
}

/** One group (a factor's defining sorts, or the rest): per question the answers, then the free comments. */
function group(ctx: ReportContext, members: readonly number[], heading: string, id: string): SafeHtml | null {
  const { t, input } = ctx;
  const blocks = input.study.questions.flatMap((q) => {
    const answers = members.filter((j) => clean(input.sorts[j]?.answers?.[q.id]) !== '');
    if (answers.length === 0) return [];
    return [
      html`<div class="question-block"><h4>${localText(q.text, ctx.lang)}</h4><ul class="answers">${answers.map(
        (j) => html`<li><blockquote>${clean(input.sorts[j]?.answers?.[q.id])}</blockquote>${attribution(ctx, j, q)}</li>`,
      )}</ul></div>`,
    ];
  });
  const commented = members.filter((j) => clean(input.sorts[j]?.comment) !== '');
  if (commented.length > 0) {
    blocks.push(
      html`<div class="question-block"><h4>${t.commentLabel}</h4><ul class="answers">${commented.map(
        (j) => html`<li><blockquote>${clean(input.sorts[j]?.comment)}</blockquote>${attribution(ctx, j, null)}</li>`,
      )}</ul></div>`,
    );
  }
  if (blocks.length === 0) return null;
  return html`<h3 id="${id}">${heading}</h3>${blocks}`;
}

/** Answers to the post-sort questions and free comments, grouped by the factor each participant defines. */
export function commentsSection(ctx: ReportContext): SafeHtml {
  const { t } = ctx;
  const unflagged = ctx.sortFactor.flatMap((sf, j) => (sf === null ? [j] : []));
  // one group per viewpoint: a comment goes with the pole its author holds (a reversed pole has its own group)
  const groups = [
    ...ctx.viewpoints.map((v) => group(ctx, v.sorts, poleName(ctx, v), `comments-${v.factor + 1}${v.pole === -1 ? '-reversed' : ''}`)),
    group(ctx, unflagged, t.commentsUnflagged, 'comments-none'),
  ].filter((g): g is SafeHtml => g !== null);
  return section('comments', t.commentsHeading, groups.length === 0 ? html`<p>${t.commentsNone}</p>` : html`<p>${t.commentsIntro}</p>${groups}`);
}
