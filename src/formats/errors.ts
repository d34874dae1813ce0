import type { Lang } from '../core/types.ts';
import { DataError } from '../errors.ts';

/** Where in an input a problem is: every field optional, printed in a fixed order. */
export interface Place {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** A record key or other pointer when there are no lines (JSON). */
  readonly where?: string | undefined;
  readonly participant?: string | undefined;
  readonly statement?: string | undefined;
}

/** "file:line:column: participant "P", statement S05" — the prefix of every import error (Dutch: deelnemer, stelling). */
export function describePlace(place: Place, lang: Lang = 'en'): string {
  let head = place.file;
  if (place.line !== undefined) head += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) head += `:${place.column}`;
  const parts = [head];
  if (place.where !== undefined) parts.push(place.where);
  if (place.participant !== undefined) parts.push(`${lang === 'nl' ? 'deelnemer' : 'participant'} ${JSON.stringify(place.participant)}`);
  if (place.statement !== undefined) parts.push(`${lang === 'nl' ? 'stelling' : 'statement'} ${place.statement}`);
  return parts.join(', ');
}

/** Line breaks that came in with the data become spaces: an error is one line. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** A DataError at a place; with `problemNl`, its Dutch twin (the place framed in Dutch too). */
export function dataErrorAt(place: Place, problem: string, problemNl?: string): DataError {
  // no Dutch twin without a Dutch problem: a line is in one language, never Dutch framing around English
  return new DataError(`${describePlace(place)}: ${oneLine(problem)}`, problemNl === undefined ? {} : { nl: `${describePlace(place, 'nl')}: ${oneLine(problemNl)}` });
}

/** Shows a piece of input in a message: quoted, shortened when long. */
export function quote(text: string, max = 30): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
