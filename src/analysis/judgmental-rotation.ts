/**
 * Judgmental ("theoretical", by hand) rotation, as PQMethod's PQROT and KADE do
 * it: the analyst turns a pair of factors by an angle, step after step.
 *
 * For the pair (a, b) and an angle θ in degrees every sort's loadings become
 *
 *     a′ = a·cos θ + b·sin θ
 *     b′ = b·cos θ − a·sin θ
 *
 * (in a plot with factor a across and b up, the axes turn anticlockwise by θ, so
 * the sorts move clockwise). The steps are applied to the loading columns in the
 * order they were taken. The columns keep their order and sign afterwards: no
 * re-ordering by Σ loading², no sign flipping, so "F1" stays the factor the
 * analyst turned.
 *
 * Multiples of 90° are exact: the angle is reduced to a quadrant and a rest in
 * [−45°, 45°], and the quadrant turns are exact swaps and negations, so a 90°
 * step permutes and negates columns to the last bit. (KADE rounds every step to
 * five decimals; we do not round, so a step and its negative cancel to rounding
 * error and a saved rotation replays exactly.)
 *
 * Orientation: loadings sorts × factors; a rotation matrix factors × factors.
 */
import { DataError } from '../errors.ts';
import { type Matrix } from './matrix.ts';
import { factorId } from './warnings.ts';

/** One step: turn the pair of factors `pair` (ids `F1`, …; a ≠ b) by `degrees`. */
export interface RotationStep {
  readonly pair: readonly [string, string];
  readonly degrees: number;
}

/** cos θ and sin θ for θ in degrees, exact (0, ±1) at multiples of 90°. */
export function cosSinDegrees(degrees: number): readonly [cos: number, sin: number] {
  if (!Number.isFinite(degrees)) throw new DataError(`a rotation angle must be a finite number of degrees, got ${degrees}`);
  const quadrant = Math.round(degrees / 90);
  const rest = degrees - 90 * quadrant; // in [−45, 45]
  const c = rest === 0 ? 1 : Math.cos((rest * Math.PI) / 180);
  const s = rest === 0 ? 0 : Math.sin((rest * Math.PI) / 180);
  // turning by 90° maps (cos, sin) → (−sin, cos)
  switch (((quadrant % 4) + 4) % 4) {
    case 0:
      return [c, s];
    case 1:
      return [-s || 0, c];
    case 2:
      return [-c, -s || 0];
    default:
      return [s, -c];
  }
}

/** The 0-based column of a factor id (`F1` → 0), checked against the factor count. */
export function factorIndex(id: string, factorCount: number): number {
  const m = /^F([1-9]\d*)$/.exec(id);
  const f = m ? Number(m[1]) - 1 : -1;
  if (f < 0 || f >= factorCount) {
    throw new DataError(`a rotation step names factor "${id}", but the factors are F1..F${factorCount}`);
  }
  return f;
}

/**
 * Turns columns `a` and `b` (0-based) of `m` by `degrees`, as the module
 * comment says; every other column is copied. Works on loadings (sorts ×
 * factors) and on a rotation matrix (factors × factors) alike.
 * @example rotatePair([[1, 0]], 0, 1, 90) // [[0, -1]]
 */
export function rotatePair(m: Matrix, a: number, b: number, degrees: number): number[][] {
  const k = m[0]?.length ?? 0;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= k || b >= k || a === b) {
    throw new DataError(`a rotation turns two different factors of F1..F${k}, got ${factorId(a)} and ${factorId(b)}`);
  }
  const [c, s] = cosSinDegrees(degrees);
  return m.map((row) => {
    const out = [...row];
    const x = row[a]!;
    const y = row[b]!;
    // + 0 turns −0 into 0
    out[a] = x * c + y * s + 0;
    out[b] = y * c - x * s + 0;
    return out;
  });
}

/** Checks a list of steps against the factor count; returns their 0-based pairs. */
export function checkRotationSteps(steps: readonly RotationStep[], factorCount: number): (readonly [number, number])[] {
  return steps.map((step, i) => {
    const a = factorIndex(step.pair[0], factorCount);
    const b = factorIndex(step.pair[1], factorCount);
    if (a === b) throw new DataError(`rotation step ${i + 1} turns ${step.pair[0]} against itself`);
    if (!Number.isFinite(step.degrees)) throw new DataError(`rotation step ${i + 1} has no finite angle`);
    return [a, b] as const;
  });
}

/**
 * Applies the steps in order to the columns of `m` (loadings, or a rotation
 * matrix to get T·R₁·R₂·…).
 * @example applyRotationSteps(loadings, [{ pair: ['F1', 'F2'], degrees: 10 }])
 */
export function applyRotationSteps(m: Matrix, steps: readonly RotationStep[]): Matrix {
  const pairs = checkRotationSteps(steps, m[0]?.length ?? 0);
  let out: Matrix = m;
  pairs.forEach(([a, b], i) => {
    out = rotatePair(out, a, b, steps[i]!.degrees);
  });
  return out;
}

/**
 * The angle that puts a sort with loadings (x, y) on the pair's first axis
 * (positive side): after turning by it, a′ = √(x² + y²) and b′ = 0. Add −90°
 * for the second axis. 0 for a sort at the origin.
 * @example angleOnto(0.5, 0.5) // 45
 */
export function angleOnto(x: number, y: number): number {
  return x === 0 && y === 0 ? 0 : (Math.atan2(y, x) * 180) / Math.PI;
}

/** An angle in (−180°, 180°]. */
export function normalizeDegrees(degrees: number): number {
  let d = degrees % 360;
  if (d > 180) d -= 360;
  else if (d <= -180) d += 360;
  return d + 0;
}

/**
 * Adds a step to a list, merging it into the last step when that turns the same
 * pair (in either order): ten 1° presses are one 10° step. A step that comes to
 * 0° (mod 360°) goes away.
 */
export function appendRotationStep(steps: readonly RotationStep[], step: RotationStep): RotationStep[] {
  const last = steps[steps.length - 1];
  if (last) {
    const same = last.pair[0] === step.pair[0] && last.pair[1] === step.pair[1];
    const swapped = last.pair[0] === step.pair[1] && last.pair[1] === step.pair[0];
    if (same || swapped) {
      const degrees = normalizeDegrees(last.degrees + (same ? step.degrees : -step.degrees));
      const rest = steps.slice(0, -1);
      return degrees === 0 ? rest : [...rest, { pair: last.pair, degrees }];
    }
  }
  const degrees = normalizeDegrees(step.degrees);
  return degrees === 0 ? [...steps] : [...steps, { pair: step.pair, degrees }];
}
