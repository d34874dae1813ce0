/**
 * Step 4 of {@link analyzeStudy}: split bipolar factors (when asked for) →
 * z-scores → factor arrays → factor characteristics → distinguishing and
 * consensus statements.
 */
import { DataError } from '../errors.ts';
import type { ValidatedAnalysis } from './analyze-validate.ts';
import { type CharacteristicsResult, factorCharacteristics } from './characteristics.ts';
import { distinguishingStatements, type StatementDistinction } from './distinguishing.ts';
import { type FactorArrayTie, factorArrays } from './factor-arrays.ts';
import type { BoolMatrix, Matrix, NullableMatrix } from './matrix.ts';
import { splitBipolarFactors } from './split-bipolar.ts';
import { type AnalysisWarning, factorId, type Names } from './warnings.ts';
import { factorZScores } from './z-scores.ts';

/** The scores of every factor. */
export interface FactorScores {
  /** The factors scored: after a split, `F1a`, `F1b`, …; else `F1`, `F2`, …. */
  readonly factorIds: readonly string[];
  /** The loadings and flags of those factors (sorts × factors). */
  readonly loadings: Matrix;
  readonly flags: BoolMatrix;
  /** statements × factors; null for a factor without flagged sorts. */
  readonly zScores: NullableMatrix;
  readonly arrays: NullableMatrix;
  readonly ties: readonly FactorArrayTie[];
  readonly characteristics: CharacteristicsResult;
  readonly distinctions: readonly StatementDistinction[];
  readonly warnings: readonly AnalysisWarning[];
}

/**
 * Splits the factors named in `splitBipolar` (ids `F1`, …) into their two poles
 * (split-bipolar.ts); without any, the loadings and flags as they are.
 */
function splitStep(loadings: Matrix, flags: BoolMatrix, splitBipolar: readonly string[]): { loadings: Matrix; flags: BoolMatrix; factorIds: readonly string[] } {
  const factorCount = loadings[0]?.length ?? 0;
  const ids = Array.from({ length: factorCount }, (_, f) => factorId(f));
  if (splitBipolar.length === 0) return { loadings, flags, factorIds: ids };
  const indices = splitBipolar.map((fid) => {
    const f = ids.indexOf(fid);
    if (f < 0) throw new DataError(`--split-bipolar names factor "${fid}", but the factors are F1..F${factorCount}`);
    return f;
  });
  return splitBipolarFactors(loadings, flags, indices, ids);
}

/**
 * Scores the factors defined by `flags` (sorts × factors) on `loadings`.
 * @example scoreFactors(validated, loadings, flags).arrays
 */
export function scoreFactors(v: ValidatedAnalysis, loadings: Matrix, flags: BoolMatrix): FactorScores {
  const split = splitStep(loadings, flags, v.options.splitBipolar ?? []);
  const names: Names = { ...v.names, factors: split.factorIds };
  const z = factorZScores(v.input.data, split.loadings, split.flags, names);
  const arrays = factorArrays(z.zScores, v.values, names);
  const characteristics = factorCharacteristics(split.loadings, split.flags, z.zScores);
  const distinctions = distinguishingStatements(z.zScores, characteristics.sed, v.adjust);
  return {
    factorIds: split.factorIds,
    loadings: split.loadings,
    flags: split.flags,
    zScores: z.zScores,
    arrays: arrays.arrays,
    ties: arrays.ties,
    characteristics,
    distinctions,
    warnings: [...z.warnings, ...arrays.warnings],
  };
}
