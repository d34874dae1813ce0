import { REPORT_CSS } from './css.ts';
import { html, raw } from './html.ts';
import { reportContext, type ReportInput } from './model.ts';
import { commentsSection } from './sections/comments.ts';
import { factorSection } from './sections/factors.ts';
import { methodsSection } from './sections/methods.ts';
import { contents, coverHeader, topSection, viewpointsSection } from './sections/overview.ts';
import { rankingSection } from './sections/ranking.ts';
import { screeSection } from './sections/scree.ts';
import { consensusSection, loadingsSection } from './sections/tables.ts';
import { formatDate } from './format.ts';

/**
 * The whole report as one self-contained HTML document: inline CSS and SVG,
 * no scripts, no fonts, images or anything else fetched (a Content-Security-
 * Policy forbids it), so it works offline, by e-mail and on a projector, and
 * prints to A4 with each section on its own page.
 *
 * Pure: data in, one string out.
 */
export function buildReportHtml(input: ReportInput): string {
  const ctx = reportContext(input);
  const { t, lang } = ctx;
  const factors = input.result.factors.map((_, f) => ({ id: `factor-${f + 1}`, title: ctx.factorName(f) }));
  const entries = [
    { id: 'top', title: t.topHeading(ctx.top) },
    { id: 'viewpoints', title: t.viewpointsHeading },
    { id: 'ranking', title: t.rankingHeading },
    { id: 'factors', title: t.screeHeading },
    ...factors,
    { id: 'consensus', title: t.consensusHeading },
    { id: 'loadings', title: t.loadingsHeading },
    { id: 'comments', title: t.commentsHeading },
    { id: 'methods', title: t.methodsHeading },
  ];
  const doc = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="qsort ${input.version}">
<title>${t.htmlTitle(input.study.title)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
<div class="first-page">${coverHeader(ctx)}${contents(ctx, entries)}${topSection(ctx)}${viewpointsSection(ctx)}</div>
${rankingSection(ctx)}
${screeSection(ctx)}
${input.result.factors.map((_, f) => factorSection(ctx, f))}
${consensusSection(ctx)}
${loadingsSection(ctx)}
${commentsSection(ctx)}
${methodsSection(ctx)}
<footer><p>${t.footer(input.version, formatDate(input.generatedAt, lang))}</p></footer>
</main>
</body>
</html>
`;
  return doc.value;
}
