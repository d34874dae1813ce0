/**
 * The whole Q analysis as one call — a thin orchestrator over the steps, each of
 * which can also be called alone:
 *
 * correlation → extraction (PCA | centroid) → rotation (varimax | none) → order
 * and sign → flags (automatic, or manual per factor) → z-scores → factor arrays
 * → characteristics → distinguishing/consensus → ranking.
 *
 * Orientation: `data` is statements × sorts; loadings and flags sorts × factors
 * (in `sorts` order); zScores and factorArrays statements × factors (in
 * `statements` order). Factor ids are `F1`, `F2`, ….
 *
 * With a judgmental rotation, its steps follow the order and sign.
 *
 * The steps, each in its own file: validate (analyze-validate.ts) → extract
 * and rotate (analyze-extract.ts) → flag (analyze-flag.ts) → score
 * (analyze-score.ts) → result (analyze-result.ts). The types are in
 * analysis-types.ts.
 *
 * Varimax runs to convergence unless `compat: 'qmethod'` asks for the R
 * package's stopping rule (and so its exact numbers).
 *
 * The result holds `null` wherever a number does not exist, never NaN.
 */
import type { AnalysisInput, AnalysisOptions, AnalysisResult } from './analysis-types.ts';
import { extractAndRotate } from './analyze-extract.ts';
import { resolveFlags } from './analyze-flag.ts';
import { buildResult } from './analyze-result.ts';
import { scoreFactors } from './analyze-score.ts';
import { validateAnalysis } from './analyze-validate.ts';

export type {
  AnalysisInput,
  AnalysisOptions,
  AnalysisResult,
  AnalysisSort,
  AnalysisStatement,
  Extraction,
  FactorSummary,
  JudgmentalRotation,
  RankingRow,
  ResolvedOptions,
  Rotation,
  StatementComparison,
  StatementRow,
  VarimaxSummary,
} from './analysis-types.ts';

/**
 * Runs the full analysis.
 * @example analyzeStudy({ statements, sorts, data }, { factorCount: 3 }).factorArrays
 */
export function analyzeStudy(input: AnalysisInput, options: AnalysisOptions): AnalysisResult {
  const validated = validateAnalysis(input, options);
  const extracted = extractAndRotate(validated);
  const flags = resolveFlags(validated, extracted.loadings);
  const scores = scoreFactors(validated, extracted.loadings, flags.flags);
  return buildResult(validated, extracted, flags, scores);
}
