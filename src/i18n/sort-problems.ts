import type { SortProblem } from '../errors.ts';

/** The words a language needs to say why a sort does not fit (each table gives its own). */
export interface SortProblemWords {
  readonly unknownOne: (id: string) => string;
  readonly unknownMany: (list: string) => string;
  readonly missingOne: (id: string) => string;
  readonly missingMany: (list: string) => string;
  readonly badScore: (statement: string, value: string, lo: number, hi: number) => string;
  readonly count: (score: string, got: number, want: number) => string;
  /** "and 2 more" */
  readonly more: (n: number) => string;
  /** "(30 in all)" after a shortened list */
  readonly inAll: (n: number) => string;
}

export const signed = (score: number): string => (score > 0 ? `+${score}` : String(score));

const idList = (ids: readonly string[], w: SortProblemWords, max = 8): string =>
  ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} … (${w.inAll(ids.length)})`;

/**
 * A one-line summary of the problems. Missing and unknown statements are each
 * gathered into one phrase ("statements S03, S04 have no score"); of the rest
 * the first three are named.
 */
export function sortProblemsText(problems: readonly SortProblem[], w: SortProblemWords): string {
  const ids = (kind: SortProblem['kind']) => problems.filter((p) => p.kind === kind).map((p) => p.statement ?? '');
  const phrases: string[] = [];
  const unknown = ids('unknown-statement');
  if (unknown.length === 1) phrases.push(w.unknownOne(unknown[0] ?? ''));
  else if (unknown.length > 1) phrases.push(w.unknownMany(idList(unknown.map((id) => `"${id}"`), w)));
  const missing = ids('missing-statement');
  if (missing.length === 1) phrases.push(w.missingOne(missing[0] ?? ''));
  else if (missing.length > 1) phrases.push(w.missingMany(idList(missing, w)));
  const rest = problems
    .filter((p) => p.kind === 'bad-score' || p.kind === 'count')
    .map((p) => (p.kind === 'bad-score' ? w.badScore(p.statement ?? '', p.value ?? '', p.lo ?? 0, p.hi ?? 0) : w.count(signed(p.score ?? 0), p.got ?? 0, p.want ?? 0)));
  phrases.push(...rest.slice(0, 3));
  if (rest.length > 3) phrases.push(w.more(rest.length - 3));
  return phrases.join('; ');
}

/** The study's statement ids as a hint names them: all of up to six, else the first three and the last two. */
export function shortIdList(ids: readonly string[]): string {
  return ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} … ${ids.slice(-2).join(', ')}`;
}
