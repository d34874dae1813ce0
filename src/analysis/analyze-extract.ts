/**
 * Step 2 of {@link analyzeStudy}: correlation → extraction (PCA | centroid) →
 * rotation (varimax | none) → factor order and sign → judgmental steps (when
 * asked for).
 *
 * Scale: with Pearson or Spearman correlations nothing here is quadratic in the
 * number of sorts: extraction and the eigenvalues work on the standardized data
 * Z. A sorts × sorts correlation matrix is built only for Kendall correlations
 * or when `options.correlations` is true.
 */
import type { ValidatedAnalysis } from './analyze-validate.ts';
import { correlationMatrix, standardizedScores } from './correlation.ts';
import { extractCentroids } from './extract-centroid.ts';
import { correlationEigenvalues, extractPrincipalComponentsFromCorrelation } from './extract-pca.ts';
import { extractFromScores, type OrderedRotation, rotateOrdered } from './extract.ts';
import type { Matrix } from './matrix.ts';
import { CENTROID_THRESHOLD } from './thresholds.ts';
import type { AnalysisWarning } from './warnings.ts';

/** The factors extracted and rotated. */
export interface ExtractedFactors {
  /** Eigenvalues of the sorts' correlation matrix, descending. */
  readonly eigenvalues: readonly number[];
  /** sorts × factors, in extraction order. */
  readonly unrotated: Matrix;
  /** The rotation: ordered and signed (then judgmental steps, when asked for), with how varimax stopped. */
  readonly rotated: OrderedRotation;
  /** Rotated loadings, ordered by Σ loading² and signed to a column sum ≥ 0 (then the judgmental steps). */
  readonly loadings: Matrix;
  /** loadings = unrotated · rotation. */
  readonly rotation: Matrix;
  /** The sorts × sorts correlations when they were built (Kendall, or asked for). */
  readonly correlation: Matrix | null;
  readonly warnings: readonly AnalysisWarning[];
}

function extractUnrotated(v: ValidatedAnalysis): Pick<ExtractedFactors, 'eigenvalues' | 'unrotated' | 'correlation' | 'warnings'> {
  const { data } = v.input;
  const { factorCount } = v.options;
  const threshold = v.options.centroidThreshold ?? CENTROID_THRESHOLD;
  if (v.method === 'kendall') {
    const correlation = correlationMatrix(data, 'kendall', v.sortIds);
    const pca = extractPrincipalComponentsFromCorrelation(correlation, factorCount);
    if (v.extraction === 'pca') return { eigenvalues: pca.eigenvalues, unrotated: pca.loadings, correlation, warnings: pca.warnings };
    const c = extractCentroids(correlation, factorCount, { threshold });
    return { eigenvalues: pca.eigenvalues, unrotated: c.loadings, correlation, warnings: c.warnings };
  }
  const z = standardizedScores(data, v.method, v.sortIds);
  const correlation = v.options.correlations ? correlationMatrix(data, v.method, v.sortIds) : null;
  const extracted = extractFromScores(z, v.extraction, factorCount, threshold);
  return { eigenvalues: extracted.eigenvalues ?? correlationEigenvalues(z), unrotated: extracted.loadings, correlation, warnings: extracted.warnings };
}

/**
 * Extracts, rotates, orders and signs the factors.
 * @example extractAndRotate(validateAnalysis(input, { factorCount: 3 })).loadings
 */
export function extractAndRotate(v: ValidatedAnalysis): ExtractedFactors {
  const base = extractUnrotated(v);
  const rotated = rotateOrdered(base.unrotated, v.judgmental ?? (v.rotation as 'varimax' | 'none'), v.varimaxStop);
  const warnings = [...base.warnings];
  if (!rotated.converged) {
    warnings.push({ code: 'VARIMAX_NOT_CONVERGED', iterations: rotated.iterations, message: `varimax stopped after ${rotated.iterations} iterations without converging` });
  }
  return { ...base, rotated, loadings: rotated.loadings, rotation: rotated.rotation, warnings };
}
