/**
 * The extraction and rotation steps by name, from standardized scores
 * (statements × sorts): one place for the analysis (analyzeStudy) and each of
 * its bootstrap replicates.
 */
import { extractCentroids, standardizedOperator } from './extract-centroid.ts';
import { extractPrincipalComponents } from './extract-pca.ts';
import { applyRotationSteps, type RotationStep } from './judgmental-rotation.ts';
import { orderAndSignFactors } from './order-and-sign.ts';
import { type Matrix, type Vector } from './matrix.ts';
import { CENTROID_THRESHOLD } from './thresholds.ts';
import { noRotation, type RotationResult, varimax, type VarimaxStop } from './varimax.ts';
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

/** Varimax (to convergence, or qmethod's stopping rule), or no rotation (the identity), by name. */
export function rotate(loadings: Matrix, rotation: 'varimax' | 'none', stop: VarimaxStop = 'converged'): RotationResult {
  return rotation === 'varimax' ? varimax(loadings, { stop }) : noRotation(loadings);
}

/** A rotation as the analysis applies it: ordered and signed loadings and T with loadings = unrotated · T. */
export interface OrderedRotation {
  readonly loadings: Matrix;
  readonly rotation: Matrix;
  readonly converged: boolean;
  readonly iterations: number;
  /** The varimax criterion of the base rotation (before any judgmental steps). */
  readonly criterion: number;
}

/**
 * Varimax or none, then factor order and sign (orderAndSignFactors); or a
 * judgmental rotation: its base that way, then its steps on the loadings and
 * on T alike, with no re-ordering or sign flipping after them.
 * @example rotateOrdered(unrotated, { base: 'varimax', steps: [{ pair: ['F1', 'F2'], degrees: 10 }] }).loadings
 */
export function rotateOrdered(
  loadings: Matrix,
  rotation: 'varimax' | 'none' | { readonly base: 'varimax' | 'none'; readonly steps: readonly RotationStep[] },
  stop: VarimaxStop = 'converged',
): OrderedRotation {
  const base = typeof rotation === 'string' ? rotation : rotation.base;
  const rotated = rotate(loadings, base, stop);
  const ordered = orderAndSignFactors(rotated.loadings, rotated.rotation);
  const t = ordered.rotation ?? rotated.rotation;
  const common = { converged: rotated.converged, iterations: rotated.iterations, criterion: rotated.criterion };
  if (typeof rotation === 'string') return { loadings: ordered.loadings, rotation: t, ...common };
  return { loadings: applyRotationSteps(ordered.loadings, rotation.steps), rotation: applyRotationSteps(t, rotation.steps), ...common };
}
