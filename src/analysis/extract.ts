/**
 * The extraction and rotation steps by name, from standardized scores
 * (statements × sorts): one place for the analysis (analyzeStudy) and each of
 * its bootstrap replicates.
 */
import { extractCentroids, standardizedOperator } from './extract-centroid.ts';
import { extractPrincipalComponents } from './extract-pca.ts';
import { type Matrix, type Vector } from './matrix.ts';
import { CENTROID_THRESHOLD } from './thresholds.ts';
import { noRotation, type RotationResult, varimax } from './varimax.ts';
import { type AnalysisWarning } from './warnings.ts';

/** Unrotated loadings (sorts × factors) and, from PCA, the eigenvalues (null from the centroid method). */
export interface Extracted {
  readonly loadings: Matrix;
  readonly eigenvalues: Vector | null;
  readonly warnings: readonly AnalysisWarning[];
}

/**
 * PCA or the centroid method (qmethod's, convergence threshold
 * `centroidThreshold`, default CENTROID_THRESHOLD) on standardized scores.
 * @example extractFromScores(standardizedScores(data, 'pearson'), 'pca', 3).loadings
 */
export function extractFromScores(z: Matrix, extraction: 'pca' | 'centroid', factorCount: number, centroidThreshold = CENTROID_THRESHOLD): Extracted {
  if (extraction === 'pca') return extractPrincipalComponents(z, factorCount);
  const c = extractCentroids(standardizedOperator(z), factorCount, { threshold: centroidThreshold });
  return { loadings: c.loadings, eigenvalues: null, warnings: c.warnings };
}

/** Varimax, or no rotation (the identity), by name. */
export function rotate(loadings: Matrix, rotation: 'varimax' | 'none'): RotationResult {
  return rotation === 'varimax' ? varimax(loadings) : noRotation(loadings);
}
