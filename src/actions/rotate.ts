/**
 * `qsort rotate`: the rotation by hand, kept in the study's analysis plan.
 * Interactive (a full screen: the plot of a pair of factors, ←/→ turns it), or
 * for scripts one step at a time (--pair A,B --degrees D), --reset and --show.
 * The rotation is always its base (varimax or none) and the steps from there;
 * `qsort analyze` applies the same steps to the same base, so what the screen
 * shows is what the analysis computes.
 */
import {
  analyzeStudy,
  appendRotationStep,
  applyManualFlags,
  applyRotationSteps,
  checkRotationSteps,
  flagSorts,
  type AnalysisInput,
  type BoolMatrix,
  type CorrelationMethod,
  type Extraction,
  type Matrix,
  type RotationStep,
} from '../analysis/index.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { DataError, UsageError } from '../errors.ts';
import { planOf, type AnalysisPlan } from '../formats/analysis-plan.ts';
import { formatDegrees, planSummary, rotateTexts } from '../i18n/rotate.ts';
import type { PlanOptions } from '../study-analysis/analysis-options.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { chooseFactors } from '../study-analysis/choose-factors.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { planPath, readSavedPlan, writePlan } from '../study/plan-file.ts';
import { pickLang, printJson, shownPath, studyDir } from './context.ts';

export interface RotateCliOptions {
  study?: string;
  factors?: number;
  extraction?: Extraction;
  correlation?: CorrelationMethod;
  base?: 'varimax' | 'none';
  pair?: readonly [string, string];
  degrees?: number;
  reset?: boolean;
  show?: boolean;
  json?: boolean;
  lang?: Lang;
}

/** The rotation being made: the frame its steps were taken in, and the steps. */
export interface RotationFrame {
  readonly factorCount: number;
  readonly extraction: Extraction;
  readonly correlation: CorrelationMethod;
  readonly base: 'varimax' | 'none';
  readonly steps: readonly RotationStep[];
  /** The plan's flags by hand (they stay; the others follow the automatic rule). */
  readonly flags: PlanOptions['flags'];
}

/** The frame of the saved rotation by hand, or null. */
function savedFrame(plan: AnalysisPlan | null): RotationFrame | null {
  const o = plan?.options;
  if (!o || o.rotation !== 'judgmental' || !o.judgmental) return null;
  return { factorCount: o.factorCount, extraction: o.extraction ?? 'pca', correlation: o.correlation ?? 'pearson', base: o.judgmental.base, steps: o.judgmental.steps, flags: o.flags };
}

/**
 * The frame for this call: the saved rotation's (which --factors, --extraction,
 * --correlation and --base may not change, except with --reset), else the
 * options, else the plan's choices, else the defaults (and the recommended
 * number of factors).
 */
export function chooseFrame(plan: AnalysisPlan | null, opts: RotateCliOptions, input: AnalysisInput, shown: string): RotationFrame {
  const saved = savedFrame(plan);
  const asked = { factorCount: opts.factors, extraction: opts.extraction, correlation: opts.correlation, base: opts.base };
  if (saved && !opts.reset) {
    const differs = (Object.keys(asked) as (keyof typeof asked)[]).filter((k) => asked[k] !== undefined && asked[k] !== saved[k]);
    if (differs.length > 0) {
      const what = `${saved.factorCount} factors (${saved.extraction}, ${saved.correlation}, from ${saved.base})`;
      throw new DataError(`the rotation by hand in ${shown} is on ${what}; "qsort rotate --reset" with the new options starts another`, {
        nl: `de rotatie met de hand in ${shown} is gemaakt op ${saved.factorCount} factoren (${saved.extraction}, ${saved.correlation}, vanaf ${saved.base}); "qsort rotate --reset" met de nieuwe opties begint een andere`,
      });
    }
    return saved;
  }
  const o = plan?.options;
  const extraction = opts.extraction ?? o?.extraction ?? 'pca';
  const correlation = opts.correlation ?? o?.correlation ?? 'pearson';
  const base = opts.base ?? (o?.rotation === 'none' || o?.judgmental?.base === 'none' ? 'none' : 'varimax');
  const factorCount = opts.factors ?? o?.factorCount ?? chooseFactors(input, { extraction, correlation }).options.factorCount;
  if (factorCount < 2) {
    throw new UsageError('a rotation by hand turns pairs of factors, so it needs at least 2 (--factors 2 or more)', {
      nl: 'een rotatie met de hand draait paren factoren, dus er zijn er minstens 2 nodig (--factors 2 of meer)',
    });
  }
  return { factorCount, extraction, correlation, base, steps: [], flags: o?.flags };
}

/** The plan with this rotation by hand in it (the plan's other choices kept). */
export function planWithRotation(plan: AnalysisPlan | null, frame: RotationFrame, steps: readonly RotationStep[]): AnalysisPlan {
  return planOf({
    ...plan?.options,
    factorCount: frame.factorCount,
    extraction: frame.extraction,
    correlation: frame.correlation,
    rotation: 'judgmental',
    judgmental: { base: frame.base, steps },
  });
}

/** The plan without the rotation by hand: back to its base. */
function planWithoutRotation(plan: AnalysisPlan, frame: RotationFrame): AnalysisPlan {
  const { judgmental: _dropped, ...rest } = plan.options;
  return planOf({ ...rest, rotation: frame.base });
}

/** The base loadings of a frame and the flags rule on rotated loadings (automatic, the plan's flags by hand kept). */
export function frameModel(input: AnalysisInput, frame: RotationFrame): { base: Matrix; flagsOf: (loadings: Matrix) => BoolMatrix } {
  const result = analyzeStudy(input, { factorCount: frame.factorCount, extraction: frame.extraction, correlation: frame.correlation, rotation: frame.base, ...(frame.flags ? { flags: frame.flags } : {}) });
  if (result.options.factorCount < frame.factorCount) {
    throw new DataError(`these sorts give only ${result.options.factorCount} factors, not ${frame.factorCount}`, { nl: `deze sorteringen geven maar ${result.options.factorCount} factoren, geen ${frame.factorCount}` });
  }
  const index = new Map(result.sorts.map((id, i) => [id, i]));
  const manual = new Map(Object.entries(frame.flags ?? {}).map(([fid, ids]) => [Number(fid.slice(1)) - 1, ids.map((id) => index.get(id)!)]));
  const statements = input.statements.length;
  return { base: result.loadings, flagsOf: (loadings) => (manual.size > 0 ? applyManualFlags(flagSorts(loadings, statements), manual) : flagSorts(loadings, statements)) };
}

/** The steps as `--show` prints them. */
function showSteps(frame: RotationFrame, steps: readonly RotationStep[], shown: string, lang: Lang): string {
  const t = rotateTexts(lang);
  const head = `${planSummary({ factorCount: frame.factorCount, extraction: frame.extraction, rotation: 'judgmental', judgmental: { base: frame.base, steps }, correlation: frame.correlation, ...(frame.flags ? { flags: frame.flags } : {}) }, lang)}:`;
  const lines = steps.length === 0 ? [`  ${t.noSteps.replace(/:.*$/, '.')}`] : steps.map((s, i) => `  ${String(i + 1).padStart(2)}. ${s.pair[0]} × ${s.pair[1]}  ${formatDegrees(s.degrees, lang)}  (${s.degrees})`);
  return [head, ...lines, t.savedTo(shown)].join('\n');
}

/** `qsort rotate`. */
export async function runRotate(opts: RotateCliOptions, deps: Deps): Promise<void> {
  const scripted = opts.pair !== undefined || opts.degrees !== undefined || opts.reset === true || opts.show === true;
  if ((opts.pair === undefined) !== (opts.degrees === undefined)) {
    throw new UsageError('--pair and --degrees go together: e.g. --pair F1,F2 --degrees 10', { nl: '--pair en --degrees horen bij elkaar: bijvoorbeeld --pair F1,F2 --degrees 10' });
  }
  if (!scripted && !deps.isInteractive) {
    throw new UsageError('rotating by hand needs an interactive terminal; in a script use --pair A,B --degrees D, --show or --reset', {
      nl: 'met de hand roteren vraagt een interactieve terminal; gebruik in een script --pair A,B --degrees D, --show of --reset',
    });
  }
  const dir = studyDir(opts, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, 3, 'a rotation by hand');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const shown = shownPath(deps, planPath(dir));
  const plan = await readSavedPlan(dir, shown);
  const input = analysisInput(study, sorts, lang);
  const frame = chooseFrame(plan, opts, input, shown);
  checkRotationSteps(frame.steps, frame.factorCount);
  const save = async (steps: readonly RotationStep[]) => {
    await writePlan(dir, planWithRotation(plan, frame, steps));
  };
  if (opts.reset) {
    if (plan !== null) await writePlan(dir, planWithoutRotation(plan, frame));
    deps.stderr.write(`${lang === 'nl' ? `De rotatie met de hand is gewist; ${shown} gebruikt weer ${frame.base === 'none' ? 'geen rotatie' : 'varimax'}.` : `Cleared the rotation by hand; ${shown} uses ${frame.base === 'none' ? 'no rotation' : 'varimax'} again.`}\n`);
    if (opts.pair === undefined) return;
  }
  if (opts.pair !== undefined && opts.degrees !== undefined) {
    const steps = appendRotationStep(opts.reset ? [] : frame.steps, { pair: opts.pair, degrees: opts.degrees });
    checkRotationSteps(steps, frame.factorCount);
    await save(steps);
    return report(deps, input, { ...frame, steps: opts.reset ? [] : frame.steps }, steps, shown, lang, opts.json === true);
  }
  if (opts.show) return report(deps, input, frame, frame.steps, shown, lang, opts.json === true);
  const { runRotateScreen } = await import('./rotate-screen.ts');
  await runRotateScreen({ deps, input, frame, save, title: study.title, shown, lang });
}

/** What a scripted call prints: the steps (and with --json the rotated loadings and each factor's figures). */
function report(deps: Deps, input: AnalysisInput, frame: RotationFrame, steps: readonly RotationStep[], shown: string, lang: Lang, json: boolean): void {
  if (!json) {
    deps.stdout.write(`${showSteps(frame, steps, shown, lang)}\n`);
    return;
  }
  const model = frameModel(input, frame);
  const loadings = applyRotationSteps(model.base, steps);
  const flags = model.flagsOf(loadings);
  const k = frame.factorCount;
  printJson(deps, {
    factorCount: k,
    extraction: frame.extraction,
    correlation: frame.correlation,
    base: frame.base,
    steps,
    sorts: input.sorts.map((s) => s.id),
    loadings,
    flags,
    factors: Array.from({ length: k }, (_, f) => ({
      id: `F${f + 1}`,
      explainedVariance: (100 * loadings.reduce((s, r) => s + r[f]! * r[f]!, 0)) / loadings.length,
      definingSorts: flags.reduce((s, r) => s + (r[f] ? 1 : 0), 0),
    })),
  });
}
