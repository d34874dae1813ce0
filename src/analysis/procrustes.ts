/**
 * Orthogonal Procrustes rotation: the orthogonal T (k × k) that brings `a` as
 * close as possible to `target` (least squares, ‖a·T − target‖ minimal):
 * with aᵀ·target = U·S·Vᵀ, T = U·Vᵀ (Schönemann 1966).
 *
 * Orientation: a and target are sorts × factors.
 */
import { DataError } from '../errors.ts';
import { thinSvd } from './linalg.ts';
import { type Matrix, multiply, multiplyTransposed, shape, transpose } from './matrix.ts';

/**
 * The rotation T and the rotated a·T.
 * @example procrustes([[0, 1], [1, 0]], [[1, 0], [0, 1]]).rotated // [[1, 0], [0, 1]] (columns swapped)
 */
export function procrustes(a: Matrix, target: Matrix): { rotation: number[][]; rotated: number[][] } {
  const [rows, k] = shape(a);
  const [tr, tk] = shape(target);
  if (rows !== tr || k !== tk) throw new DataError(`Procrustes needs equal shapes, got ${rows}×${k} and ${tr}×${tk}`);
  const svd = thinSvd(multiplyTransposed(a, target));
  const rotation = multiply(svd.u, transpose(svd.v));
  return { rotation, rotated: multiply(a, rotation) };
}
