/**
 * Seeded synthetic Q studies with planted viewpoints, for tests, benchmarks and
 * demonstrations: every sort leans towards one of a few hidden viewpoints (plus
 * noise) and is then laid out on the forced distribution, exactly as a
 * participant would have to.
 *
 * Orientation: the data are statements × sorts.
 */
import { DataError } from '../errors.ts';
import { type Random, seededRandom, shuffleInPlace } from './random.ts';

/** What to generate. */
export interface SyntheticOptions {
  /** The distribution as a sorted multiset, one value per statement. */
  readonly values: readonly number[];
  readonly sortCount: number;
  /** Number of planted viewpoints (default 3). */
  readonly viewpoints?: number;
  /** Seed (default 1). */
  readonly seed?: number | string;
  /** Share (0..1) of sorts that follow no viewpoint at all (default 0.1). */
  readonly noiseShare?: number;
}

/** A generated study. */
export interface SyntheticStudy {
  /** Raw scores, statements × sorts; every column a permutation of `values`. */
  readonly data: number[][];
  /** The viewpoint each sort follows (−1 = none). */
  readonly viewpointOf: readonly number[];
}

/**
 * Puts `preference` (one number per statement) on the distribution: the
 * statement with the lowest preference gets the lowest value, and so on.
 * @param values the distribution as a sorted multiset
 */
export function forcedSort(preference: readonly number[], values: readonly number[]): number[] {
  const order = preference.map((_, i) => i).sort((a, b) => preference[a]! - preference[b]! || a - b);
  const out = new Array<number>(preference.length);
  order.forEach((s, rank) => (out[s] = values[rank]!));
  return out;
}

/**
 * A random sort on the distribution: a uniformly random permutation of `values`.
 * Writes into `out` (length = values.length) and returns it.
 */
export function randomSort(values: readonly number[], random: Random, out: number[] = [...values]): number[] {
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return shuffleInPlace(out, random);
}

/**
 * Generates a study.
 * @example syntheticStudy({ values: [-1, 0, 0, 1], sortCount: 10, seed: 7 }).data // 4 × 10
 */
export function syntheticStudy(options: SyntheticOptions): SyntheticStudy {
  const { values, sortCount } = options;
  const k = options.viewpoints ?? 3;
  const noiseShare = options.noiseShare ?? 0.1;
  const m = values.length;
  if (m < 3) throw new DataError('a synthetic study needs at least 3 statements');
  if (!Number.isInteger(sortCount) || sortCount < 1) throw new DataError(`the number of sorts must be a whole number ≥ 1, got ${sortCount}`);
  if (!Number.isInteger(k) || k < 1) throw new DataError(`the number of viewpoints must be a whole number ≥ 1, got ${k}`);
  const random = seededRandom(options.seed ?? 1);
  const viewpoints = Array.from({ length: k }, () => Array.from({ length: m }, () => random.normal()));
  const data = Array.from({ length: m }, () => new Array<number>(sortCount).fill(0));
  const viewpointOf: number[] = [];
  const preference = new Array<number>(m).fill(0);
  for (let j = 0; j < sortCount; j++) {
    const v = random.next() < noiseShare ? -1 : j % k;
    viewpointOf.push(v);
    const loading = 0.55 + 0.35 * random.next();
    const noise = Math.sqrt(1 - loading * loading);
    for (let i = 0; i < m; i++) preference[i] = (v < 0 ? 0 : loading * viewpoints[v]![i]!) + noise * random.normal();
    const sort = forcedSort(preference, values);
    for (let i = 0; i < m; i++) data[i]![j] = sort[i]!;
  }
  return { data, viewpointOf };
}
