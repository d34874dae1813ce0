/**
 * Generators and helpers shared by the analysis tests. Test-only: not exported
 * from index.ts. It imports fast-check only as a type and gets the module passed
 * in, so the built package has no runtime dependency on a dev dependency.
 */
import type * as FastCheck from 'fast-check';
import type { Arbitrary } from 'fast-check';

type Fc = Pick<typeof FastCheck, 'constantFrom' | 'shuffledSubarray' | 'array' | 'integer' | 'double'>;

/** A small forced distribution as a sorted multiset of values, e.g. [-2,-1,-1,0,0,0,1,1,2]. */
export const DISTRIBUTIONS: readonly (readonly number[])[] = [
  [-2, -1, -1, 0, 0, 0, 1, 1, 2],
  [-3, -2, -2, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3],
  [-4, -4, -3, -3, -3, -2, -2, -2, -2, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4],
];

/** Forced-sort data: statements × sorts, every column a permutation of `values`. */
export function forcedData(fc: Fc, values: readonly number[], minSorts = 3, maxSorts = 12): Arbitrary<number[][]> {
  const sortArb = fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
  return fc.array(sortArb, { minLength: minSorts, maxLength: maxSorts }).map((sorts) =>
    values.map((_, i) => sorts.map((s) => s[i]!)),
  );
}

/** Forced data on one of {@link DISTRIBUTIONS}, with its values. */
export function studyData(fc: Fc, minSorts = 3, maxSorts = 12): Arbitrary<{ values: readonly number[]; data: number[][] }> {
  return fc.constantFrom(...DISTRIBUTIONS).chain((values) => forcedData(fc, values, minSorts, maxSorts).map((data) => ({ values, data })));
}

/**
 * One loading as real data give them: within ±0.95, on a fine grid (1e-6), zero
 * included. Not fc.double's denormals (1e-300): no study yields those, and
 * normalising a row of them only amplifies rounding.
 */
function loadingArb(fc: Fc): Arbitrary<number> {
  return fc.integer({ min: -950_000, max: 950_000 }).map((n) => n / 1_000_000);
}

/** A loadings matrix (sorts × factors) with entries in (−1, 1). */
export function loadingsArb(fc: Fc, minFactors = 2, maxFactors = 5): Arbitrary<number[][]> {
  return fc.integer({ min: minFactors, max: maxFactors }).chain((k) =>
    fc.array(fc.array(loadingArb(fc), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 20 }),
  );
}

/** Max |a − b| over two equally shaped matrices. */
export function maxDiff(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let d = 0;
  a.forEach((row, i) => row.forEach((x, j) => (d = Math.max(d, Math.abs(x - b[i]![j]!)))));
  return d;
}
