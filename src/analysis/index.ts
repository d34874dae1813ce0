/**
 * qsort's analysis core: a pure Q-methodology analysis equal to PQMethod and
 * the R package qmethod. See README.md in this folder for the numerical
 * conventions. Orientation everywhere: data statements × sorts; loadings and
 * flags sorts × factors; zScores and factorArrays statements × factors.
 */
export type { Matrix, Vector, NullableMatrix, BoolMatrix } from './matrix.ts';
export { standardizeColumns, transpose } from './matrix.ts';
export { thinSvd, symmetricEigen, type ThinSvd, type SymmetricEigen } from './linalg.ts';
export {
  correlationMatrix,
  standardizedScores,
  averageRanks,
  rankColumns,
  kendallTauB,
  KENDALL_MAX_SORTS,
  CORRELATION_MATRIX_MAX_SORTS,
  type CorrelationMethod,
} from './correlation.ts';
export {
  extractPrincipalComponents,
  extractPrincipalComponentsFromCorrelation,
  correlationEigenvalues,
  type ExtractionResult,
} from './extract-pca.ts';
export {
  extractCentroids,
  denseOperator,
  standardizedOperator,
  type CorrelationOperator,
  type CentroidOptions,
  type CentroidResult,
} from './extract-centroid.ts';
export { varimax, varimaxCriterion, noRotation, VARIMAX_MAX_ITERATIONS, type RotationResult, type VarimaxOptions, type VarimaxStop } from './varimax.ts';
export { orderAndSignFactors, type OrderedFactors } from './order-and-sign.ts';
export {
  rotatePair,
  applyRotationSteps,
  checkRotationSteps,
  appendRotationStep,
  angleOnto,
  cosSinDegrees,
  normalizeDegrees,
  factorIndex,
  type RotationStep,
} from './judgmental-rotation.ts';
export { rotateOrdered, type OrderedRotation } from './extract.ts';
export { flagSorts, applyManualFlags, flagWarnings } from './flag.ts';
export { factorZScores, type ZScoreResult } from './z-scores.ts';
export {
  factorScores,
  factorArrays,
  distributionValues,
  type DistributionShape,
  type FactorScores,
  type FactorArrayTie,
  type FactorArraysResult,
} from './factor-arrays.ts';
export { factorCharacteristics, type FactorCharacteristic, type CharacteristicsResult } from './characteristics.ts';
export {
  distinguishingStatements,
  significanceMark,
  pValueMark,
  qmethodLabel,
  type SignificanceMark,
  type PairComparison,
  type StatementDistinction,
} from './distinguishing.ts';
export {
  rankStatements,
  rankStatementsByGroup,
  rankByFactor,
  type RankedStatement,
  type RankingOptions,
  type GroupRanking,
  type FactorRankedStatement,
} from './ranking.ts';
export * from './thresholds.ts';
export { ADJUST_METHODS, adjustPValues, twoSidedP, type AdjustMethod } from './p-adjust.ts';
export { factorViewpoints, outerStatements, EXTREME_COLUMNS, type Viewpoint, type ViewpointInput, type Pole } from './viewpoints.ts';
export { cribSheets, type CribSheet } from './crib-sheets.ts';
export { splitBipolarFactors, type SplitFactors } from './split-bipolar.ts';
export {
  factorCountAids,
  asQuickAids,
  recommendationSummary,
  parallelAnalysis,
  randomStudyEigenvalues,
  quickIterations,
  quantileSorted,
  FACTOR_RULE_NAMES,
  type FactorRule,
  type FactorCountOptions,
  type FactorCountRow,
  type FactorCountResult,
} from './factor-count.ts';
export { seededRandom, seedFor, shuffleInPlace, type Random } from './random.ts';
export { syntheticStudy, forcedSort, randomSort, type SyntheticOptions, type SyntheticStudy } from './synthetic.ts';
export { WARNING_CODES, factorId, type WarningCode, type AnalysisWarning, type Names } from './warnings.ts';
export {
  analyzeStudy,
  type AnalysisInput,
  type AnalysisOptions,
  type AnalysisResult,
  type AnalysisStatement,
  type AnalysisSort,
  type Extraction,
  type Rotation,
  type JudgmentalRotation,
  type ResolvedOptions,
  type FactorSummary,
  type StatementRow,
  type StatementComparison,
  type RankingRow,
} from './analyze-study.ts';
