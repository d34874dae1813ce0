import type { AdjustMethod, AnalysisOptions, CorrelationMethod, Extraction, JudgmentalRotation, Rotation } from '../analysis/index.ts';

/**
 * The analysis choices shared by every command that runs the Q analysis
 * (`analyze`, `report`, `rank --by factor`, the workshop's viewpoints): one
 * definition, so they can never drift apart.
 */

/** Without --factors: this many factors (fewer when the sorts do not allow it). */
export const DEFAULT_FACTOR_COUNT = 3;

/**
 * Flags by hand (`--flag`, `--flag-file`): factor id (F1, …) → the sort ids
 * that define it, and the sorts flagged nowhere (`SORT=0`).
 */
export interface ManualFlags {
  readonly byFactor: Readonly<Record<string, readonly string[]>>;
  readonly nowhere: readonly string[];
}

/** The analyst's choices for one analysis, as a command collects them (from its options, or a saved plan). */
export interface AnalysisChoices {
  factors?: number;
  extraction?: Extraction;
  rotation?: Rotation;
  /** The base and steps of a rotation by hand (with rotation `judgmental`; from the plan, `qsort rotate` makes them). */
  judgmental?: JudgmentalRotation;
  correlation?: CorrelationMethod;
  flag?: 'auto' | ManualFlags;
  /** Correction of the p-values of differences between factors (`--adjust`; default none). */
  adjust?: AdjustMethod;
  /** Factor ids whose negative pole becomes a factor of its own (`--split-bipolar`). */
  splitBipolar?: readonly string[];
  /** `qmethod`: varimax stopped by R's rule, for the R package's exact numbers (`--compat qmethod`). */
  compat?: 'qmethod';
}

/**
 * The choices an analysis plan keeps: every analysis option that decides the
 * numbers (AnalysisOptions, without what only shapes the output or has no
 * choice on the command line). docs/analysis-plan.md.
 */
export type PlanOptions = Omit<AnalysisOptions, 'correlations' | 'centroidThreshold' | 'forced'>;

/** The analysis options for choices that name the factor count (a plan's). */
export function planOptionsOf(choices: AnalysisChoices & { factors: number }): PlanOptions {
  const manual = choices.flag !== undefined && choices.flag !== 'auto' ? choices.flag : undefined;
  const flags = manual && Object.keys(manual.byFactor).length > 0 ? manual.byFactor : undefined;
  const unflagged = manual && manual.nowhere.length > 0 ? manual.nowhere : undefined;
  const rotation = choices.rotation ?? 'varimax';
  return {
    factorCount: choices.factors,
    extraction: choices.extraction ?? 'pca',
    rotation,
    ...(rotation === 'judgmental' && choices.judgmental ? { judgmental: choices.judgmental } : {}),
    correlation: choices.correlation ?? 'pearson',
    ...(flags ? { flags } : {}),
    ...(choices.adjust !== undefined && choices.adjust !== 'none' ? { adjust: choices.adjust } : {}),
    ...(choices.splitBipolar !== undefined && choices.splitBipolar.length > 0 ? { splitBipolar: choices.splitBipolar } : {}),
    ...(unflagged ? { unflagged } : {}),
    ...(choices.compat ? { compat: choices.compat } : {}),
  };
}

/** The choices of a plan's options (the inverse of planOptionsOf). */
export function choicesOf(options: PlanOptions): AnalysisChoices & { factors: number } {
  return {
    factors: options.factorCount,
    ...(options.extraction ? { extraction: options.extraction } : {}),
    ...(options.rotation ? { rotation: options.rotation } : {}),
    ...(options.judgmental ? { judgmental: options.judgmental } : {}),
    ...(options.correlation ? { correlation: options.correlation } : {}),
    flag: options.flags || options.unflagged ? { byFactor: options.flags ?? {}, nowhere: options.unflagged ?? [] } : 'auto',
    ...(options.compat ? { compat: options.compat } : {}),
    ...(options.adjust ? { adjust: options.adjust } : {}),
    ...(options.splitBipolar ? { splitBipolar: options.splitBipolar } : {}),
  };
}

/**
 * The analysis options for `sortCount` sorts. Without --factors: {@link DEFAULT_FACTOR_COUNT},
 * but at most sortCount − 1 (and at least 1).
 */
export function toAnalysisOptions(opts: AnalysisChoices, sortCount: number): AnalysisOptions {
  const factors = opts.factors ?? Math.max(1, Math.min(DEFAULT_FACTOR_COUNT, sortCount - 1));
  return planOptionsOf({ ...opts, factors });
}

/** One SORT=FACTOR request, with where it came from (the item of --flag, or a file line). */
export interface FlagRequest {
  readonly item: string;
  readonly sort: string;
  readonly factor: string;
}

/**
 * The flags of SORT=FACTOR requests. Throws an Error naming the bad item.
 * @example manualFlagsOf([{ item: 'P01=1', sort: 'P01', factor: '1' }]) // { byFactor: { F1: ['P01'] }, nowhere: [] }
 */
export function manualFlagsOf(requests: readonly FlagRequest[]): ManualFlags {
  const byFactor: Record<string, string[]> = {};
  const nowhere: string[] = [];
  const seen = new Set<string>();
  for (const { item, sort, factor } of requests) {
    const m = /^[Ff]?(0|[1-9]\d*)$/.exec(factor);
    if (sort === '' || !m) throw new Error(`"${item}" is not SORT=FACTOR (e.g. "P01=1,P07=2", 0 for no factor, or "auto")`);
    if (seen.has(sort)) throw new Error(`sort "${sort}" is flagged twice; a sort defines at most one factor`);
    seen.add(sort);
    if (m[1] === '0') nowhere.push(sort);
    else (byFactor[`F${m[1]}`] ??= []).push(sort);
  }
  if (seen.size === 0) throw new Error('no flags given (e.g. "P01=1,P07=2", or "auto")');
  return { byFactor, nowhere };
}
