/**
 * Using an analysis plan (pure): the saved choices, with what the command line
 * gives for this call winning over them. The plan file itself is read and
 * written by src/formats/analysis-plan.ts; docs/analysis-plan.md describes it.
 */
import { DataError } from '../errors.ts';
import { choicesOf, type AnalysisChoices, type PlanOptions } from './analysis-options.ts';

/** The choices of one call, with the plan under them. */
export interface PlannedChoices {
  readonly choices: AnalysisChoices & { factors: number };
  /** The command-line options that differ from the plan (e.g. ["--factors"]). */
  readonly overridden: readonly string[];
  /** The plan's rotation by hand did not fit this call (other factors, extraction or correlation): its base was used. */
  readonly droppedJudgmental: boolean;
}

/** Every analysis choice and the option that gives it (a Record over AnalysisChoices' keys: a new choice must be named here). */
export const CHOICE_OPTIONS: Readonly<Record<keyof AnalysisChoices, string>> = {
  factors: '--factors',
  extraction: '--extraction',
  rotation: '--rotation',
  judgmental: '--rotation',
  correlation: '--correlation',
  flag: '--flag',
  adjust: '--adjust',
  splitBipolar: '--split-bipolar',
  compat: '--compat',
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The steps of a rotation by hand were taken on these choices' factors; other choices make other factors. */
const FRAME = ['factors', 'extraction', 'correlation'] as const;

/**
 * The plan's choices with the command line's on top (only the options given
 * there: an undefined key keeps the plan's). `--rotation judgmental` needs the
 * plan's rotation by hand and its factors; a plan rotated by hand and a call
 * that changes the factors, the extraction or the correlation falls back to
 * the rotation's base.
 * @param source the plan's file, for messages
 */
export function withPlan(plan: PlanOptions, given: AnalysisChoices, source: string): PlannedChoices {
  const base = choicesOf(plan);
  const merged: AnalysisChoices & { factors: number } = { ...base };
  const overridden = new Set<string>();
  for (const [key, value] of Object.entries(given) as [keyof AnalysisChoices, unknown][]) {
    if (value === undefined) continue;
    if (!same(value, base[key])) overridden.add(CHOICE_OPTIONS[key]);
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  const frameChanged = FRAME.some((k) => given[k] !== undefined && !same(given[k], base[k]));
  const judgmental = plan.rotation === 'judgmental' ? plan.judgmental : undefined;
  if (given.rotation === 'judgmental') {
    if (judgmental === undefined) throw noSavedRotation(source);
    if (frameChanged) {
      throw new DataError(`the rotation by hand in ${source} was made on ${plan.factorCount} factors (${plan.extraction ?? 'pca'}, ${plan.correlation ?? 'pearson'}); leave out --factors, --extraction and --correlation, or start a new one with "qsort rotate --reset"`, {
        nl: `de rotatie met de hand in ${source} is gemaakt op ${plan.factorCount} factoren (${plan.extraction ?? 'pca'}, ${plan.correlation ?? 'pearson'}); laat --factors, --extraction en --correlation weg, of begin een nieuwe met "qsort rotate --reset"`,
      });
    }
    merged.judgmental = judgmental;
    overridden.delete('--rotation');
  }
  let droppedJudgmental = false;
  if (merged.rotation === 'judgmental' && given.rotation === undefined && (frameChanged || judgmental === undefined)) {
    merged.rotation = judgmental?.base ?? 'varimax';
    delete merged.judgmental;
    droppedJudgmental = true;
  }
  if (merged.rotation !== 'judgmental') delete merged.judgmental;
  return { choices: merged, overridden: [...overridden], droppedJudgmental };
}

/** `--rotation judgmental` without a saved rotation by hand. */
export function noSavedRotation(source: string | null): DataError {
  const where = source === null ? 'the study has no analysis plan' : `${source} holds no rotation by hand`;
  const whereNl = source === null ? 'de studie heeft geen analyseplan' : `${source} bevat geen rotatie met de hand`;
  return new DataError(`--rotation judgmental uses the saved rotation by hand, but ${where}; make one with "qsort rotate"`, {
    nl: `--rotation judgmental gebruikt de bewaarde rotatie met de hand, maar ${whereNl}; maak er een met "qsort rotate"`,
  });
}
