import type { AnalysisOptions, CorrelationMethod, Extraction, Rotation } from '../analysis/index.ts';

/**
 * The analysis choices shared by every command that runs the Q analysis
 * (`analyze`, `report`, `rank --by factor`, the workshop's viewpoints): one
 * definition, so they can never drift apart.
 */

/** Without --factors: this many factors (fewer when the sorts do not allow it). */
export const DEFAULT_FACTOR_COUNT = 3;

/** Manual flags: factor id (F1, …) → the sort ids that define it. */
export type ManualFlags = Readonly<Record<string, readonly string[]>>;

/** The analyst's choices for one analysis, as a command collects them (from its options, or a saved plan). */
export interface AnalysisChoices {
  factors?: number;
  extraction?: Extraction;
  rotation?: Rotation;
  correlation?: CorrelationMethod;
  flag?: 'auto' | ManualFlags;
}

/**
 * The analysis options for `sortCount` sorts. Without --factors: {@link DEFAULT_FACTOR_COUNT},
 * but at most sortCount − 1 (and at least 1).
 */
export function toAnalysisOptions(opts: AnalysisChoices, sortCount: number): AnalysisOptions {
  const factorCount = opts.factors ?? Math.max(1, Math.min(DEFAULT_FACTOR_COUNT, sortCount - 1));
  const flags = opts.flag !== undefined && opts.flag !== 'auto' ? opts.flag : undefined;
  return {
    factorCount,
    extraction: opts.extraction ?? 'pca',
    rotation: opts.rotation ?? 'varimax',
    correlation: opts.correlation ?? 'pearson',
    ...(flags ? { flags } : {}),
  };
}
