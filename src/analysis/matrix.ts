/**
 * Plain, immutable dense matrices and the few helpers the analysis needs.
 *
 * A {@link Matrix} is row-major: `m[i][j]` is row `i`, column `j`. The analysis
 * uses these orientations throughout (as qmethod does):
 * - data: statements × sorts
 * - loadings, flags: sorts × factors
 * - zScores, factorArrays: statements × factors
 *
 * Nothing here mutates its arguments.
 */
import { DataError } from '../errors.ts';

/** Dense row-major matrix; rows = first index. Never mutated after construction. */
export type Matrix = readonly (readonly number[])[];
/** A vector of numbers. */
export type Vector = readonly number[];
/** A matrix that may hold `null` where a number does not exist (never `NaN`). */
export type NullableMatrix = readonly (readonly (number | null)[])[];
/** Boolean matrix (e.g. flags: sorts × factors). */
export type BoolMatrix = readonly (readonly boolean[])[];

/** Row count and column count of a rectangular matrix (`[0, 0]` for an empty one). */
export function shape(m: Matrix | NullableMatrix | BoolMatrix): [rows: number, columns: number] {
  return [m.length, m[0]?.length ?? 0];
}

/**
 * Throws a DataError unless `m` is rectangular, has at least one row and column, and
 * holds only finite numbers.
 * @example assertFiniteMatrix([[1, 2], [3, 4]], 'data') // ok
 */
export function assertFiniteMatrix(m: Matrix, what: string): void {
  if (m.length === 0 || (m[0]?.length ?? 0) === 0) throw new DataError(`${what} is empty`);
  const cols = m[0]?.length ?? 0;
  m.forEach((row, i) => {
    if (row.length !== cols) throw new DataError(`${what}: row ${i + 1} has ${row.length} values, expected ${cols}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new DataError(`${what}: value at row ${i + 1}, column ${j + 1} is not a finite number`);
    });
  });
}

/** An r × c matrix filled with `value`. */
export function filled(rows: number, columns: number, value = 0): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(value));
}

/** The n × n identity matrix. */
export function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** Transpose. @example transpose([[1, 2, 3]]) // [[1], [2], [3]] */
export function transpose(m: Matrix): number[][] {
  const [rows, cols] = shape(m);
  const out = filled(cols, rows);
  for (let i = 0; i < rows; i++) {
    const r = m[i]!;
    for (let j = 0; j < cols; j++) out[j]![i] = r[j]!;
  }
  return out;
}

/** Matrix product `a · b`. Throws on a shape mismatch. */
export function multiply(a: Matrix, b: Matrix): number[][] {
  const [n, k] = shape(a);
  const [k2, p] = shape(b);
  if (k !== k2) throw new DataError(`cannot multiply ${n}×${k} by ${k2}×${p}`);
  const out = filled(n, p);
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    const oi = out[i]!;
    for (let t = 0; t < k; t++) {
      const x = ai[t]!;
      if (x === 0) continue;
      const bt = b[t]!;
      for (let j = 0; j < p; j++) oi[j]! += x * bt[j]!;
    }
  }
  return out;
}

/** `aᵀ · b` without materialising the transpose (a: r × n, b: r × p → n × p). */
export function multiplyTransposed(a: Matrix, b: Matrix): number[][] {
  const [r, n] = shape(a);
  const [r2, p] = shape(b);
  if (r !== r2) throw new DataError(`cannot multiply (${r}×${n})ᵀ by ${r2}×${p}`);
  const out = filled(n, p);
  for (let t = 0; t < r; t++) {
    const at = a[t]!;
    const bt = b[t]!;
    for (let i = 0; i < n; i++) {
      const x = at[i]!;
      if (x === 0) continue;
      const oi = out[i]!;
      for (let j = 0; j < p; j++) oi[j]! += x * bt[j]!;
    }
  }
  return out;
}

/** `m · v` (m: r × c, v: length c → length r). */
export function multiplyVector(m: Matrix, v: Vector): number[] {
  return m.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j]! * v[j]!;
    return s;
  });
}

/** `mᵀ · v` (m: r × c, v: length r → length c). */
export function transposeMultiplyVector(m: Matrix, v: Vector): number[] {
  const cols = m[0]?.length ?? 0;
  const out = new Array<number>(cols).fill(0);
  for (let i = 0; i < m.length; i++) {
    const x = v[i]!;
    if (x === 0) continue;
    const row = m[i]!;
    for (let j = 0; j < cols; j++) out[j]! += x * row[j]!;
  }
  return out;
}

/** Column `j` as a new array. */
export function column<T>(m: readonly (readonly T[])[], j: number): T[] {
  return m.map((row) => row[j]!);
}

/** Sum of each column. */
export function columnSums(m: Matrix): number[] {
  return transposeMultiplyVector(m, new Array<number>(m.length).fill(1));
}

/** Sum of squares of each row (the communalities h² of a loadings matrix). */
export function rowSumsOfSquares(m: Matrix): number[] {
  return m.map((row) => row.reduce((s, x) => s + x * x, 0));
}

/** Dot product. */
export function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Arithmetic mean of a non-empty vector. */
export function mean(v: Vector): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

/** Sample standard deviation (n − 1), as R's `sd`. `NaN` for fewer than two values. */
export function sampleSd(v: Vector): number {
  if (v.length < 2) return Number.NaN;
  const mu = mean(v);
  let ss = 0;
  for (const x of v) ss += (x - mu) * (x - mu);
  return Math.sqrt(ss / (v.length - 1));
}

/**
 * Pearson correlation of two equally long vectors; `null` when either has zero variance.
 */
export function pearson(a: Vector, b: Vector): number | null {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return null;
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

/**
 * Standardises each column: centred on its mean and divided by its sample SD
 * (n − 1), as R's `scale()`. A column with zero variance throws a DataError
 * (its correlation with anything is undefined).
 * @param what used in the error message, e.g. `"sort"`.
 * @param names optional column names for the error message.
 */
export function standardizeColumns(m: Matrix, what = 'column', names?: readonly string[]): number[][] {
  const [rows, cols] = shape(m);
  const out = filled(rows, cols);
  for (let j = 0; j < cols; j++) {
    let mu = 0;
    for (let i = 0; i < rows; i++) mu += m[i]![j]!;
    mu /= rows;
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += (m[i]![j]! - mu) ** 2;
    const sd = Math.sqrt(ss / (rows - 1));
    if (!(sd > 0)) {
      throw new DataError(`${what} ${names?.[j] ?? j + 1} has the same score everywhere, so it cannot be correlated`);
    }
    for (let i = 0; i < rows; i++) out[i]![j] = (m[i]![j]! - mu) / sd;
  }
  return out;
}

/**
 * The Gram matrix of the rows, `m · mᵀ` (r × r), symmetric. For the standardized
 * data Z (statements × sorts) this costs O(statementCount² · sortCount): linear in
 * the number of sorts.
 */
export function rowGram(m: Matrix): number[][] {
  const r = m.length;
  const out = filled(r, r);
  for (let i = 0; i < r; i++) {
    const a = m[i]!;
    for (let j = i; j < r; j++) {
      const b = m[j]!;
      let s = 0;
      for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
      out[i]![j] = s;
      out[j]![i] = s;
    }
  }
  return out;
}
