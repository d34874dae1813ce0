/**
 * Step 1 of {@link analyzeStudy}: check the input against the options and
 * resolve the defaults. Throws a DataError for a violated precondition.
 */
import { DataError } from '../errors.ts';
import type { AnalysisInput, AnalysisOptions, Extraction, JudgmentalRotation, Rotation } from './analysis-types.ts';
import type { CorrelationMethod } from './correlation.ts';
import { assertFactorCount } from './extract-pca.ts';
import { distributionValues } from './factor-arrays.ts';
import { assertFiniteMatrix } from './matrix.ts';
import { ADJUST_METHODS, type AdjustMethod } from './p-adjust.ts';
import type { VarimaxStop } from './varimax.ts';
import type { Names } from './warnings.ts';

/** The checked input with every option resolved. */
export interface ValidatedAnalysis {
  readonly input: AnalysisInput;
  readonly options: AnalysisOptions;
  readonly extraction: Extraction;
  readonly rotation: Rotation;
  /** The judgmental rotation (with rotation `judgmental`), else undefined. */
  readonly judgmental: JudgmentalRotation | undefined;
  readonly method: CorrelationMethod;
  readonly forced: boolean;
  readonly varimaxStop: VarimaxStop;
  readonly adjust: AdjustMethod;
  readonly statementIds: readonly string[];
  readonly sortIds: readonly string[];
  readonly names: Names;
  /** The distribution as a sorted multiset (qmethod's `qscores`): the values of the factor arrays. */
  readonly values: readonly number[];
}

function assertUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DataError(`${what} id "${id}" appears twice`);
    seen.add(id);
  }
}

/**
 * The first sort (column of `data`) whose scores are not a permutation of
 * `values`, or −1. Counts instead of sorting: O(statementCount) per sort.
 */
function firstUnforcedSort(data: AnalysisInput['data'], values: readonly number[]): number {
  const distinct = [...new Set(values)];
  const slot = new Map(distinct.map((v, i) => [v, i]));
  const expected = new Int32Array(distinct.length);
  for (const v of values) expected[slot.get(v)!]!++;
  const counts = new Int32Array(distinct.length);
  const n = data[0]?.length ?? 0;
  for (let j = 0; j < n; j++) {
    counts.set(expected);
    for (const row of data) {
      const k = slot.get(row[j]!);
      if (k === undefined || --counts[k]! < 0) return j;
    }
  }
  return -1;
}

function assertKnownOptions(extraction: string, rotation: string, method: string, compat: string | undefined): void {
  if (!['pca', 'centroid'].includes(extraction)) throw new DataError(`unknown extraction "${extraction}"`);
  if (!['varimax', 'none', 'judgmental'].includes(rotation)) throw new DataError(`unknown rotation "${rotation}"`);
  if (!['pearson', 'spearman', 'kendall'].includes(method)) throw new DataError(`unknown correlation "${method}"`);
  if (compat !== undefined && compat !== 'qmethod') throw new DataError(`unknown compatibility mode "${compat}" (only "qmethod")`);
}

function assertShape(input: AnalysisInput): void {
  const { statements, sorts, data } = input;
  assertFiniteMatrix(data, 'data');
  if (data.length !== statements.length) throw new DataError(`data has ${data.length} rows but there are ${statements.length} statements`);
  if (data[0]!.length !== sorts.length) throw new DataError(`data has ${data[0]!.length} columns but there are ${sorts.length} sorts`);
  if (sorts.length < 2) throw new DataError('an analysis needs at least 2 sorts');
}

/**
 * Checks `input` against `options` and resolves every default.
 * @example validateAnalysis(input, { factorCount: 3 }).values // the factor arrays' values
 */
export function validateAnalysis(input: AnalysisInput, options: AnalysisOptions): ValidatedAnalysis {
  const extraction = options.extraction ?? 'pca';
  const rotation = options.rotation ?? 'varimax';
  const method = options.correlation ?? 'pearson';
  const forced = options.forced ?? input.forced ?? true;
  assertFactorCount(options.factorCount);
  assertKnownOptions(extraction, rotation, method, options.compat);
  const judgmental = rotation === 'judgmental' ? options.judgmental : undefined;
  if (rotation === 'judgmental' && judgmental === undefined) throw new DataError('a judgmental rotation needs its base and steps');
  const adjust = options.adjust ?? 'none';
  if (!ADJUST_METHODS.includes(adjust)) throw new DataError(`unknown p-value adjustment "${String(adjust)}"`);
  assertShape(input);
  const statementIds = input.statements.map((s) => s.id);
  const sortIds = input.sorts.map((s) => s.id);
  assertUnique(statementIds, 'statement');
  assertUnique(sortIds, 'sort');
  const firstSort = input.data.map((row) => row[0]!);
  const values = input.distribution ? distributionValues(input.distribution) : [...firstSort].sort((a, b) => a - b);
  if (values.length !== statementIds.length) {
    throw new DataError(`the distribution has ${values.length} places but there are ${statementIds.length} statements`);
  }
  if (forced) {
    const bad = firstUnforcedSort(input.data, values);
    if (bad >= 0) throw new DataError(`sort ${sortIds[bad]} does not follow the forced distribution`);
  }
  return {
    input,
    options,
    extraction,
    rotation,
    judgmental,
    method,
    forced,
    adjust,
    varimaxStop: options.compat === 'qmethod' ? 'qmethod' : 'converged',
    statementIds,
    sortIds,
    names: { sorts: sortIds, statements: statementIds },
    values,
  };
}
