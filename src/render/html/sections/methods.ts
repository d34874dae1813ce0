import { warningText } from '../../../i18n/errors.ts';
import { compactJson } from '../../../formats/analysis-plan.ts';
import { rotationStepsText as stepsText } from '../../../i18n/rotate.ts';
import { formatDate } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { section } from '../table.ts';

/** The methods in one citable paragraph, and the analysis' warnings. */
export function methodsSection(ctx: ReportContext): SafeHtml {
  const { t, input, lang } = ctx;
  const { options, warnings, statements, sorts, factors } = input.result;
  const manual = options.flagging === 'manual' && options.manualFlags.length > 0;
  const paragraph = t.methods({
    sorts: sorts.length,
    statements: statements.length,
    range: ctx.distributionRange,
    counts: ctx.distributionCounts,
    correlation: t.correlation[options.correlation],
    extraction: t.extraction[options.extraction],
    factors: factors.length,
    rotation: options.judgmental ? t.judgmentalRotation(options.judgmental.base, stepsText(options.judgmental.steps, lang)) : t.rotation[options.rotation],
    choice: input.factorAids === undefined ? '' : input.factorsRecommended ? t.choiceRecommended(input.factorAids.iterations, input.factorAids.seed) : t.choiceChosen,
    significance: options.adjust === 'none' ? t.significance.none : t.significance[options.adjust](statements.length),
    poles: [
      ...(input.result.viewpoints.some((v) => v.pole === -1) ? [t.polesMethod] : []),
      ...(options.splitBipolar.length > 0 ? [t.splitMethod(options.splitBipolar.join(', '))] : []),
    ].join(' '),
    flagging: manual ? t.flaggingManual(options.manualFlags.join(', ')) : t.flaggingAuto(statements.length),
    version: input.version,
    date: formatDate(input.generatedAt, lang),
  });
  const notes =
    warnings.length > 0 ? html`<h3>${t.notesHeading}</h3><ul class="notes">${warnings.map((w) => html`<li>${warningText(w, lang)}</li>`)}</ul>` : '';
  const plan = input.plan === undefined ? '' : html`<details class="plan"><summary>${t.planHeading}</summary><pre>${compactJson(input.plan)}</pre></details>`;
  return section('methods', t.methodsHeading, html`<p class="methods">${paragraph}</p>${plan}${notes}`);
}
