/**
 * `qsort rotate`: the rotation by hand, kept in the study's analysis plan.
 * Interactive (a full screen: the plot of a pair of factors, ←/→ turns it), or
 * for scripts one step at a time (--pair A,B --degrees D), --reset and --show.
 * The rotation is always its base (varimax or none) and the steps from there;
 * `qsort analyze` applies the same steps to the same base, so what the screen
 * shows is what the analysis computes.
 */
import { appendRotationStep, applyRotationSteps, checkRotationSteps, type AnalysisInput, type CorrelationMethod, type Extraction, type RotationStep } from '../analysis/index.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { formatDegrees, planSummary, rotateTexts } from '../i18n/rotate.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { planPath, readSavedPlan, writePlan } from '../study/plan-file.ts';
import { pickLang, printJson, shownPath, studyDir } from './context.ts';
import { chooseFrame, frameModel, planWithoutRotation, planWithRotation, type RotationFrame } from './rotation-frame.ts';

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
