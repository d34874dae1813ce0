/**
 * A small seeded pseudo-random number generator (xoshiro128**, seeded through
 * splitmix32), so that everything random in the analysis — parallel analysis,
 * the bootstrap, synthetic studies — is reproducible from one seed and never
 * touches Math.random. Not for cryptography.
 */

/** A stream of pseudo-random numbers. */
export interface Random {
  /** A float in [0, 1) with 32 random bits. */
  next(): number;
  /** A whole number in [0, n) (n ≥ 1), without modulo bias. */
  int(n: number): number;
  /** A standard normal deviate (Box–Muller). */
  normal(): number;
}

/** splitmix32 step: a well-mixed 32-bit value from a 32-bit state. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Folds a seed (any whole number, or a string) and optional stream numbers into
 * one 32-bit value, e.g. `seedFor(seed, replicate)` gives every bootstrap
 * replicate its own stream, whoever computes it.
 */
export function seedFor(seed: number | string, ...streams: readonly number[]): number {
  let h = 0x2545f491;
  const text = typeof seed === 'string' ? seed : String(Math.trunc(seed));
  for (let i = 0; i < text.length; i++) h = mix32(h ^ text.charCodeAt(i));
  for (const s of streams) h = mix32(h ^ (s >>> 0)) ^ mix32(Math.floor(s / 2 ** 32));
  return h >>> 0;
}

/**
 * A seeded generator. The same seed always gives the same numbers.
 * @example seededRandom(42).int(6) // the same face every time
 */
export function seededRandom(seed: number | string): Random {
  let x = seedFor(seed);
  const next32 = (): number => (x = mix32(x));
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32() | 1;
  let spare: number | null = null;
  const u32 = (): number => {
    // xoshiro128**
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => u32() / 4294967296;
  return {
    next,
    int(n: number): number {
      if (!(n >= 1) || n > 4294967296) throw new RangeError(`int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
      const limit = 4294967296 - (4294967296 % n);
      let r = u32();
      while (r >= limit) r = u32();
      return r % n;
    },
    normal(): number {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Shuffles `items` in place (Fisher–Yates) and returns it. Positions come from
 * `floor(next() · (i + 1))`: a bias below (i + 1)/2³², negligible for the
 * short arrays shuffled here (sorts of statements) and faster than `int`.
 */
export function shuffleInPlace<T, A extends { length: number; [i: number]: T }>(items: A, random: Random): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
