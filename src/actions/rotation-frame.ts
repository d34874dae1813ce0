/**
 * The frame of a rotation by hand (pure but for the analysis it runs): the
 * factors its steps turn (count, extraction, correlation, base), where they
 * come from (the saved rotation, the options, the plan), the plan with the
 * steps in it, and the base loadings with the flags rule the screen uses.
 */
import { extractAndRotate } from '../analysis/analyze-extract.ts';
import { resolveFlags } from '../analysis/analyze-flag.ts';
import { validateAnalysis } from '../analysis/analyze-validate.ts';
import {
  type AnalysisInput,
  type BoolMatrix,
  type CorrelationMethod,
  type Extraction,
  type Matrix,
  type RotationStep,
} from '../analysis/index.ts';
import { DataError, UsageError } from '../errors.ts';
import { planOf, type AnalysisPlan } from '../formats/analysis-plan.ts';
import type { PlanOptions } from '../study-analysis/analysis-options.ts';
import { chooseFactors } from '../study-analysis/choose-factors.ts';

/** What the frame depends on of `qsort rotate`'s options. */
export interface FrameOptions {
  factors?: number;
  extraction?: Extraction;
  correlation?: CorrelationMethod;
  base?: 'varimax' | 'none';
  reset?: boolean;
}

/** The rotation being made: the frame its steps were taken in, and the steps. */
export interface RotationFrame {
  readonly factorCount: number;
  readonly extraction: Extraction;
  readonly correlation: CorrelationMethod;
  readonly base: 'varimax' | 'none';
  readonly steps: readonly RotationStep[];
  /** The plan's other choices (flags by hand, compat, adjust, …): the base and the flags follow them as in `qsort analyze`. */
  readonly rest: Partial<PlanOptions>;
  /** The plan's flags by hand (they stay; the others follow the automatic rule). */
  readonly flags: PlanOptions['flags'];
}

/** A plan's choices besides those of the frame. */
function restOf(o: PlanOptions): Partial<PlanOptions> {
  const { factorCount: _f, extraction: _e, correlation: _c, rotation: _r, judgmental: _j, ...rest } = o;
  return rest;
}

/** The frame of the saved rotation by hand, or null. */
function savedFrame(plan: AnalysisPlan | null): RotationFrame | null {
  const o = plan?.options;
  if (!o || o.rotation !== 'judgmental' || !o.judgmental) return null;
  return { factorCount: o.factorCount, extraction: o.extraction ?? 'pca', correlation: o.correlation ?? 'pearson', base: o.judgmental.base, steps: o.judgmental.steps, rest: restOf(o), flags: o.flags };
}

/**
 * The frame for this call: the saved rotation's (which --factors, --extraction,
 * --correlation and --base may not change, except with --reset), else the
 * options, else the plan's choices, else the defaults (and the recommended
 * number of factors).
 */
export function chooseFrame(plan: AnalysisPlan | null, opts: FrameOptions, input: AnalysisInput, shown: string): RotationFrame {
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
  return { factorCount, extraction, correlation, base, steps: [], rest: o ? restOf(o) : {}, flags: o?.flags };
}

/** The plan with this rotation by hand in it (the plan's other choices kept). */
export function planWithRotation(plan: AnalysisPlan | null, frame: RotationFrame, steps: readonly RotationStep[]): AnalysisPlan {
  return planOf({
    ...plan?.options,
    ...frame.rest,
    factorCount: frame.factorCount,
    extraction: frame.extraction,
    correlation: frame.correlation,
    rotation: 'judgmental',
    judgmental: { base: frame.base, steps },
  });
}

/** The plan without the rotation by hand: back to its base. */
export function planWithoutRotation(plan: AnalysisPlan, frame: RotationFrame): AnalysisPlan {
  const { judgmental: _dropped, ...rest } = plan.options;
  return planOf({ ...rest, rotation: frame.base });
}

/**
 * The base loadings of a frame and the flags rule on rotated loadings: the
 * analysis' own steps (validate → extract and rotate → flags), so the screen
 * flags exactly as `qsort analyze` will (automatic, the plan's flags by hand kept).
 */
export function frameModel(input: AnalysisInput, frame: RotationFrame): { base: Matrix; flagsOf: (loadings: Matrix) => BoolMatrix } {
  const validated = validateAnalysis(input, { ...frame.rest, factorCount: frame.factorCount, extraction: frame.extraction, correlation: frame.correlation, rotation: frame.base });
  const extracted = extractAndRotate(validated);
  const count = extracted.loadings[0]?.length ?? 0;
  if (count < frame.factorCount) {
    throw new DataError(`these sorts give only ${count} factors, not ${frame.factorCount}`, { nl: `deze sorteringen geven maar ${count} factoren, geen ${frame.factorCount}` });
  }
  return { base: extracted.loadings, flagsOf: (loadings) => resolveFlags(validated, loadings).flags };
}
