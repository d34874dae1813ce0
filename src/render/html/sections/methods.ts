import type { AnalysisWarning } from '../../../analysis/index.ts';
import type { Lang } from '../../../core/types.ts';
import { rotationStepsText as stepsText } from '../../../i18n/rotate.ts';
import { formatDate } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ReportContext } from '../model.ts';
import { section } from '../table.ts';

/** A warning in the report's language (Dutch texts for the codes a facilitator meets; the analysis' own message otherwise). */
export function warningText(w: AnalysisWarning, lang: Lang): string {
  if (lang !== 'nl') return w.message;
  switch (w.code) {
    case 'FACTOR_WITHOUT_FLAGS':
      return `${w.factor ?? ''} heeft geen gemarkeerde sorteringen, dus geen z-scores en geen factorsortering.`;
    case 'NEGATIVE_FLAG':
      return `Sortering ${w.sort ?? ''} is gemarkeerd op ${w.factor ?? ''} met een negatieve lading; controleer deze markering met de hand.`;
    case 'FACTOR_ARRAY_TIE':
      return `${w.factor ?? ''}: de stellingen ${(w.statements ?? []).join(', ')} hebben dezelfde z-score; ze werden in stellingvolgorde gelegd.`;
    case 'FACTOR_COUNT_REDUCED':
      return 'Er konden minder factoren worden berekend dan gevraagd: de gegevens laten er niet meer toe.';
    default:
      return w.message;
  }
}

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
    flagging: manual ? t.flaggingManual(options.manualFlags.join(', ')) : t.flaggingAuto(statements.length),
    version: input.version,
    date: formatDate(input.generatedAt, lang),
  });
  const notes =
    warnings.length > 0 ? html`<h3>${t.notesHeading}</h3><ul class="notes">${warnings.map((w) => html`<li>${warningText(w, lang)}</li>`)}</ul>` : '';
  return section('methods', t.methodsHeading, html`<p class="methods">${paragraph}</p>${notes}`);
}
