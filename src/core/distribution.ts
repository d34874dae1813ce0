import { DataError } from '../errors.ts';
import type { Distribution } from './types.ts';

/** Number of statements a distribution holds. */
export function distributionSize(d: Distribution): number {
  return d.counts.reduce((a, b) => a + b, 0);
}

/** The distribution as a sorted list of values, one per statement (e.g. [-4,-3,-3,…,4]). */
export function distributionValues(d: Distribution): number[] {
  const values: number[] = [];
  d.scores.forEach((score, i) => {
    for (let k = 0; k < (d.counts[i] ?? 0); k++) values.push(score);
  });
  return values;
}

/** "−4 … +4: 1,2,3,4,4,4,3,2,1" style summary. */
export function formatDistribution(d: Distribution): string {
  const lo = d.scores[0] ?? 0;
  const hi = d.scores[d.scores.length - 1] ?? 0;
  return `${lo}..${hi}:${d.counts.join(',')}`;
}

/** Throws DataError unless scores are consecutive ascending integers and counts are non-negative integers. */
export function checkDistribution(d: Distribution, where = 'distribution'): Distribution {
  if (d.scores.length === 0 || d.scores.length !== d.counts.length) {
    throw new DataError(`${where}: needs as many counts as scores (got ${d.scores.length} scores, ${d.counts.length} counts)`);
  }
  d.scores.forEach((s, i) => {
    if (!Number.isInteger(s)) throw new DataError(`${where}: score ${s} is not a whole number`);
    if (i > 0 && s !== (d.scores[i - 1] ?? 0) + 1) throw new DataError(`${where}: scores must be consecutive (${d.scores[i - 1]} is followed by ${s})`);
  });
  d.counts.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0) throw new DataError(`${where}: count ${c} for score ${d.scores[i]} is not a whole number ≥ 0`);
  });
  if (distributionSize(d) === 0) throw new DataError(`${where}: holds no statements`);
  return d;
}

/** Throws a DataError that says by how much the counts differ from the statement count. */
export function checkDistributionFits(d: Distribution, statementCount: number, where = 'distribution'): void {
  const size = distributionSize(d);
  if (size !== statementCount) {
    const diff = size - statementCount;
    const fix = diff > 0 ? `${diff} too many (take ${diff} from the counts)` : `${-diff} too few (add ${-diff} to the counts)`;
    const fixNl = diff > 0 ? `${diff} te veel (haal er ${diff} af)` : `${-diff} te weinig (tel er ${-diff} bij op)`;
    throw new DataError(`${where}: the counts ${d.counts.join(',')} add up to ${size}, but there are ${statementCount} statements: ${fix}`, {
      nl: `${where.replace(/\bdistribution\b/, 'verdeling')}: de aantallen ${d.counts.join(',')} tellen op tot ${size}, maar er zijn ${statementCount} stellingen: ${fixNl}`,
    });
  }
}

/** Half the width of the default score range for `statementCount` statements: the largest r ≤ 6 whose triangle 1,2,…,r+1,…,2,1 holds at most one statement more. */
function defaultHalfWidth(statementCount: number): number {
  let r = 1;
  while (r < 6 && (r + 2) ** 2 - 1 <= statementCount) r++;
  return r;
}

/**
 * Adds `extra` statements to `targets` (column indices, nearest the centre first), keeping
 * the shape symmetric: the centre column takes one when `extra` is odd (two, on a flat
 * top, when it is even), then pairs of columns at the same distance from the centre
 * take one each, from the middle outwards.
 * Only an even number of columns with an odd `extra` must break the symmetry: the
 * middle column on the agree side takes the last one.
 */
function addFromCentre(counts: number[], targets: readonly number[], centre: number, extra: number, flatTop: boolean): void {
  let left = extra;
  const give = (i: number) => {
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  };
  if (targets.includes(centre)) {
    if (left % 2 === 1) give(centre);
    // On a flat top, pairs alone would leave the centre lower than its neighbours.
    else if (flatTop && left >= 2 && (counts[centre] ?? 0) > 0) {
      give(centre);
      give(centre);
    }
  }
  for (const i of targets) {
    const mirror = 2 * centre - i;
    if (i > centre && left >= 2 && targets.includes(mirror)) {
      give(i);
      give(mirror);
    }
  }
  const nearest = targets.find((i) => i >= centre);
  if (left > 0 && nearest !== undefined) give(nearest);
}

/**
 * A symmetric, quasi-normal forced distribution for `statementCount` statements,
 * optionally on a given score range: a triangle (1 at the ends, rising by one towards
 * the middle), raised by whole layers, or with its top cut flat, until it holds
 * exactly `statementCount`; what is left over goes to the middle columns first.
 * The counts never fall towards the middle. 24 → −4..+4: 1,2,3,4,4,4,3,2,1;
 * 33 → −4..+4: 2,3,4,5,5,5,4,3,2; 2 → −1..+1: 1,0,1.
 */
export function quasiNormalDistribution(statementCount: number, range?: { lo: number; hi: number }): Distribution {
  if (!Number.isInteger(statementCount) || statementCount < 1) throw new DataError(`cannot build a distribution for ${statementCount} statements`);
  const r = defaultHalfWidth(statementCount);
  const lo = range?.lo ?? -r;
  const hi = range?.hi ?? r;
  const width = hi - lo + 1;
  if (width < 1) throw new DataError(`score range ${lo}..${hi} is empty`);
  if (range && width > statementCount) throw new DataError(`score range ${lo}..${hi} has ${width} columns, more than the ${statementCount} statements`);
  const centre = (width - 1) / 2;
  const columns = Array.from({ length: width }, (_, i) => i);
  const triangle = columns.map((i) => Math.floor(centre + 1 - Math.abs(i - centre)));
  const fromCentre = [...columns].sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre) || b - a);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  let counts: number[];
  let targets: number[];
  if (statementCount >= sum(triangle)) {
    const layers = Math.floor((statementCount - sum(triangle)) / width);
    counts = triangle.map((t) => t + layers);
    targets = fromCentre;
  } else {
    // Cut the top flat at the highest level that still leaves room, then fill from the middle.
    let cap = 0;
    while (sum(triangle.map((t) => Math.min(t, cap + 1))) < statementCount) cap++;
    counts = triangle.map((t) => Math.min(t, cap));
    targets = fromCentre.filter((i) => (triangle[i] ?? 0) > cap);
  }
  addFromCentre(counts, targets, centre, statementCount - sum(counts), targets.length < width);
  return { scores: columns.map((i) => lo + i), counts };
}

/**
 * A whole number as people type it: "4", "+4", "-4", "−4" (Unicode minus) or "–4" (en dash).
 * Returns undefined for anything else (also for numbers too large to be a score or a count).
 */
export function parseWholeNumber(text: string): number | undefined {
  const m = /^([+\-−–]?)(\d{1,9})$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] === '' || m[1] === '+' || n === 0 ? n : -n;
}

function parseIntStrict(text: string, what: string, spec: string): number {
  const n = parseWholeNumber(text);
  if (n === undefined) throw new DataError(`distribution "${spec}": ${what} "${text.trim()}" is not a whole number`);
  return n;
}

/**
 * Parses a distribution spec:
 * - counts centred on 0: "1,2,3,4,4,4,3,2,1" (an odd number of counts);
 * - a range and counts: "-3..3:2,3,4,6,4,3,2" (or "0..8:…");
 * - a range alone: "-3..3" (a quasi-normal shape on that range, needs statementCount).
 */
export function parseDistributionSpec(spec: string, statementCount?: number): Distribution {
  const text = spec.trim().replace(/\s+/g, '');
  if (text === '') throw new DataError('distribution: empty');
  const [rangePart, countsPart] = text.includes(':') ? (text.split(':', 2) as [string, string]) : text.includes('..') ? [text, undefined] : [undefined, text];
  let lo: number | undefined;
  let hi: number | undefined;
  if (rangePart !== undefined) {
    const m = /^([+\-−–]?\d+)\.\.([+\-−–]?\d+)$/.exec(rangePart);
    if (!m) throw new DataError(`distribution "${spec}": range "${rangePart}" must look like -4..4`);
    lo = parseIntStrict(m[1] ?? '', 'score', spec);
    hi = parseIntStrict(m[2] ?? '', 'score', spec);
    if (hi < lo) throw new DataError(`distribution "${spec}": the range ${lo}..${hi} runs backwards`);
  }
  if (countsPart === undefined || countsPart === '') {
    if (lo === undefined || hi === undefined) throw new DataError(`distribution "${spec}": no counts given`);
    if (statementCount === undefined) throw new DataError(`distribution "${spec}": a range alone needs the number of statements`);
    return quasiNormalDistribution(statementCount, { lo, hi });
  }
  const counts = countsPart.split(',').map((c) => parseIntStrict(c, 'count', spec));
  if (lo === undefined || hi === undefined) {
    if (counts.length % 2 === 0) {
      throw new DataError(`distribution "${spec}": ${counts.length} counts cannot be centred on 0; give a range, e.g. "-3..${counts.length - 4}:${countsPart}"`);
    }
    hi = (counts.length - 1) / 2;
    lo = -hi;
  }
  if (hi - lo + 1 !== counts.length) {
    throw new DataError(`distribution "${spec}": the range ${lo}..${hi} has ${hi - lo + 1} scores but ${counts.length} counts are given`);
  }
  const d = checkDistribution({ scores: Array.from({ length: counts.length }, (_, i) => (lo ?? 0) + i), counts }, `distribution "${spec}"`);
  if (statementCount !== undefined) checkDistributionFits(d, statementCount, `distribution "${spec}"`);
  return d;
}

/** The distribution a set of value lists share, or a DataError naming the first sort that differs. */
export function distributionFromSorts(sorts: readonly { readonly name: string; readonly values: readonly number[] }[]): Distribution {
  const first = sorts[0];
  if (!first) throw new DataError('no sorts to take the distribution from');
  const key = (values: readonly number[]) => [...values].sort((a, b) => a - b).join(',');
  const ref = key(first.values);
  for (const s of sorts) {
    if (key(s.values) !== ref) {
      throw new DataError(`sort "${s.name}" does not share the distribution of sort "${first.name}"; give --distribution to say which one is meant`);
    }
  }
  const values = [...first.values].sort((a, b) => a - b);
  const lo = values[0] ?? 0;
  const hi = values[values.length - 1] ?? 0;
  const scores = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return checkDistribution({ scores, counts: scores.map((s) => values.filter((v) => v === s).length) });
}
