import {
  analyzeStudy,
  asQuickAids,
  distributionValues,
  factorCountAids,
  quickIterations,
  recommendationSummary,
  type AnalysisInput,
  type AnalysisOptions,
  type AnalysisResult,
  type FactorCountResult,
} from '../analysis/index.ts';
import { toAnalysisOptions, type AnalysisChoices } from './analysis-options.ts';
import type { Lang } from '../core/types.ts';
import { terminalText } from '../i18n/terminal.ts';

/** From this many sorts on, the number-of-factors aids run (below, the default number applies). */
export const MIN_SORTS_FOR_AIDS = 3;

/** The number of factors an analysis uses, and where it came from. */
export interface FactorChoice {
  /** The analysis options, with the chosen number of factors. */
  readonly options: AnalysisOptions;
  /** The aids (undefined below {@link MIN_SORTS_FOR_AIDS} sorts, and with --factors unless `allAids`). */
  readonly aids: FactorCountResult | undefined;
  /** Where the number came from: --factors, the aids' recommendation, or the default (too few sorts for the aids). */
  readonly source: 'given' | 'recommended' | 'default';
}

/** Random studies the aids of {@link chooseFactors} run for `sortCount` sorts (0: no aids), for a progress bar. */
export function aidsIterations(sortCount: number): number {
  return sortCount >= MIN_SORTS_FOR_AIDS ? quickIterations(sortCount) : 0;
}

/**
 * Chooses the number of factors (pure): --factors when given, else the aids'
 * recommendation (quick, seeded parallel analysis, so the same study always
 * gets the same number), else, below {@link MIN_SORTS_FOR_AIDS} sorts, the
 * default of toAnalysisOptions. One place for `qsort analyze`, `qsort report`,
 * `qsort rank --by factor` and the live viewpoints of `qsort serve`. Kendall has
 * no aids; the aids then use Pearson correlations.
 * @param how.allAids every row of the aids (the report shows them), also with --factors
 * @example chooseFactors(input, { factors: undefined }).options.factorCount
 */
export function chooseFactors(
  input: AnalysisInput,
  opts: AnalysisChoices,
  how: { readonly allAids?: boolean; readonly onProgress?: (done: number, total: number) => void } = {},
): FactorChoice {
  const sortCount = input.sorts.length;
  const wanted = opts.factors === undefined || how.allAids === true;
  const aids =
    wanted && sortCount >= MIN_SORTS_FOR_AIDS
      ? factorCountAids(input.data, {
          iterations: quickIterations(sortCount),
          quick: how.allAids !== true,
          ...(input.distribution ? { values: distributionValues(input.distribution) } : {}),
          correlation: opts.correlation === 'spearman' ? 'spearman' : 'pearson',
          ...(how.onProgress ? { onProgress: how.onProgress } : {}),
        })
      : undefined;
  if (opts.factors !== undefined) return { options: toAnalysisOptions(opts, sortCount), aids, source: 'given' };
  if (aids === undefined) return { options: toAnalysisOptions(opts, sortCount), aids, source: 'default' };
  return { options: toAnalysisOptions({ ...opts, factors: aids.recommended }, sortCount), aids, source: 'recommended' };
}

/**
 * The analysis with the number of factors of {@link chooseFactors} (quick aids,
 * as `qsort analyze`): for `qsort rank --by factor` and serve's live viewpoints.
 * @example analyzeWithChosenFactors(input).result.factors.length
 */
export function analyzeWithChosenFactors(input: AnalysisInput, opts: AnalysisChoices = {}): { result: AnalysisResult; choice: FactorChoice } {
  const choice = chooseFactors(input, opts);
  return { result: analyzeStudy(input, choice.options), choice };
}

/**
 * The line for stderr about the number of factors: the recommendation and
 * which rules agree, or the default; null when --factors chose it. One text for
 * every command: the full aids (the report's) are summed up as the quick ones
 * (asQuickAids), so `qsort analyze` and `qsort report` print the same note.
 */
export function factorChoiceNote(choice: FactorChoice, lang: Lang): string | null {
  if (choice.source === 'recommended' && choice.aids) return `note: ${recommendationSummary(asQuickAids(choice.aids))}; "qsort factors" shows the aids, --factors N sets the number.`;
  return choice.source === 'default' ? terminalText(lang).defaultFactors(choice.options.factorCount) : null;
}
