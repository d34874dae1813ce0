import { dataErrorAt, quote } from './errors.ts';
import type { Place } from './errors.ts';

const INTEGER = /^[+\-−–]?\d{1,6}$/;

/** Parses one score: a whole number, with an optional sign ("+3", "-2", "−2"). */
export function parseScore(text: string, place: Place): number {
  const t = text.trim();
  if (t === '') throw dataErrorAt(place, 'no score', 'geen score');
  if (!INTEGER.test(t)) throw dataErrorAt(place, `score ${quote(t)} is not a whole number`, `score ${quote(t)} is geen geheel getal`);
  return Number(t.replace(/^[−–]/, '-').replace(/^\+/, ''));
}

/** The ids of statements 1..n: the given ones, else "1".."n". */
export function positionalIds(count: number, given: readonly string[] | undefined): readonly string[] {
  return given ?? Array.from({ length: count }, (_, i) => String(i + 1));
}

/**
 * Maps values given in statement order onto statement ids. Throws when the number
 * of values does not match the number of statements.
 */
export function scoresFromValues(
  values: readonly string[],
  ids: readonly string[],
  place: Place & { columnOf?: (index: number) => number },
): Record<string, number> {
  if (values.length !== ids.length) {
    throw dataErrorAt(
      place,
      `has ${values.length} score${values.length === 1 ? '' : 's'}, expected one for each of the ${ids.length} statements`,
      `heeft ${values.length} score${values.length === 1 ? '' : 's'}, verwacht één voor elk van de ${ids.length} stellingen`,
    );
  }
  const scores: Record<string, number> = {};
  values.forEach((v, i) => {
    const id = ids[i] ?? String(i + 1);
    scores[id] = parseScore(v, { ...place, column: place.columnOf?.(i), statement: id });
  });
  return scores;
}
