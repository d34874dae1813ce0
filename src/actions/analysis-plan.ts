/**
 * The analysis plan in the commands that analyse (`analyze`, `report`,
 * `rotate`): which plan applies (--plan FILE, else the study's saved one, none
 * with --no-plan), the choices of this call on top of it, and the line that
 * says so.
 */
import { resolve } from 'node:path';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import type { AnalysisPlan } from '../formats/analysis-plan.ts';
import { planNote, planSummary } from '../i18n/rotate.ts';
import type { AnalysisChoices } from '../study-analysis/analysis-options.ts';
import { CHOICE_OPTIONS, noSavedRotation, withPlan } from '../study-analysis/analysis-plan.ts';
import { planPath, readPlanFile, readSavedPlan } from '../study/plan-file.ts';
import { shownPath } from './context.ts';

/** The plan options of a command: --plan FILE (a string), --no-plan (false), or neither. */
export interface PlanCliOptions {
  plan?: string | false;
}

export interface PlannedCall {
  /** The choices to analyse with (the plan's, with the command line's on top). */
  readonly choices: AnalysisChoices;
  /** The plan used, or null. */
  readonly plan: AnalysisPlan | null;
  /** The line for stderr about the plan, or null without one. */
  readonly note: string | null;
}

/** Only the analysis choices of a command's options, so a plan can tell what the command line gave. */
export function givenChoices(opts: AnalysisChoices): AnalysisChoices {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(CHOICE_OPTIONS) as (keyof AnalysisChoices)[]) if (opts[key] !== undefined) out[key] = opts[key];
  return out as AnalysisChoices;
}

/** The plan for this call and the choices with it. */
export async function plannedCall(dir: string, opts: AnalysisChoices & PlanCliOptions, deps: Pick<Deps, 'cwd'>, lang: Lang): Promise<PlannedCall> {
  const given = givenChoices(opts);
  if (opts.plan === false) {
    if (given.rotation === 'judgmental') throw noSavedRotation(null);
    return { choices: given, plan: null, note: null };
  }
  const replay = typeof opts.plan === 'string';
  const path = replay ? resolve(deps.cwd, opts.plan as string) : planPath(dir);
  const shown = shownPath(deps, path);
  const plan = replay ? await readPlanFile(path, shown) : await readSavedPlan(dir, shown);
  if (plan === null) {
    if (given.rotation === 'judgmental') throw noSavedRotation(null);
    return { choices: given, plan: null, note: null };
  }
  const planned = withPlan(plan.options, given, shown);
  const base = plan.options.judgmental?.base === 'none' ? (lang === 'nl' ? 'niet geroteerd' : 'unrotated') : 'varimax';
  const note = planNote({ shown, replay, summary: planSummary(plan.options, lang), overridden: planned.overridden, dropped: planned.droppedJudgmental ? base : null }, lang);
  return { choices: planned.choices, plan, note };
}
