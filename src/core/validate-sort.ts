import type { Distribution, Lang, Statement } from './types.ts';

/** One reason a sort is not valid for a study. */
export interface SortProblem {
  readonly kind: 'unknown-statement' | 'missing-statement' | 'bad-score' | 'count';
  readonly statement?: string;
  readonly score?: number;
  readonly message: string;
  /** The message in Dutch. */
  readonly nl: string;
}

/**
 * Checks a sort against the study: every statement exactly once, only known ids,
 * whole scores inside the range, and (unless `forced` is false: a free study)
 * each score used exactly as often as the distribution says. Returns all
 * problems (empty = valid).
 */
export function sortProblems(
  scores: Readonly<Record<string, number>>,
  statements: readonly Statement[],
  distribution: Distribution,
  forced = true,
): SortProblem[] {
  const problems: SortProblem[] = [];
  const known = new Set(statements.map((s) => s.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) problems.push({ kind: 'unknown-statement', statement: id, message: `unknown statement id "${id}"`, nl: `onbekende stelling-id "${id}"` });
  }
  for (const s of statements) {
    if (!Object.hasOwn(scores, s.id)) problems.push({ kind: 'missing-statement', statement: s.id, message: `statement ${s.id} has no score`, nl: `stelling ${s.id} heeft geen score` });
  }
  const lo = distribution.scores[0] ?? 0;
  const hi = distribution.scores[distribution.scores.length - 1] ?? 0;
  const used = new Map<number, number>();
  for (const [id, score] of Object.entries(scores)) {
    if (typeof score !== 'number' || !Number.isInteger(score) || score < lo || score > hi) {
      problems.push({ kind: 'bad-score', statement: id, message: `statement ${id} has score ${String(score)}, outside ${lo}..${hi}`, nl: `stelling ${id} heeft score ${String(score)}, buiten ${lo}..${hi}` });
      continue;
    }
    used.set(score, (used.get(score) ?? 0) + 1);
  }
  if (problems.length === 0 && forced) {
    distribution.scores.forEach((score, i) => {
      const want = distribution.counts[i] ?? 0;
      const got = used.get(score) ?? 0;
      if (got !== want) {
        problems.push({
          kind: 'count',
          score,
          message: `score ${score > 0 ? '+' : ''}${score} is used ${got} time${got === 1 ? '' : 's'}, the distribution asks for ${want}`,
          nl: `score ${score > 0 ? '+' : ''}${score} is ${got} keer gebruikt, de verdeling vraagt ${want} keer`,
        });
      }
    });
  }
  return problems;
}

const idList = (ids: readonly string[], max = 8, lang: Lang = 'en'): string =>
  ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} … (${ids.length} ${lang === 'nl' ? 'in totaal' : 'in all'})`;

/**
 * A one-line summary of the problems, or undefined when the sort is valid. Missing
 * and unknown statements are each gathered into one phrase ("statements S03, S04
 * have no score"); of the rest the first three are named.
 */
export function describeSortProblems(problems: readonly SortProblem[], lang: Lang = 'en'): string | undefined {
  if (problems.length === 0) return undefined;
  const nl = lang === 'nl';
  const ids = (kind: SortProblem['kind']) => problems.filter((p) => p.kind === kind).map((p) => p.statement ?? '');
  const phrases: string[] = [];
  const unknown = ids('unknown-statement');
  if (unknown.length === 1) phrases.push(nl ? `onbekende stelling-id "${unknown[0]}"` : `unknown statement id "${unknown[0]}"`);
  else if (unknown.length > 1) phrases.push(`${nl ? 'onbekende stelling-ids' : 'unknown statement ids'} ${idList(unknown.map((id) => `"${id}"`), 8, lang)}`);
  const missing = ids('missing-statement');
  if (missing.length === 1) phrases.push(nl ? `stelling ${missing[0]} heeft geen score` : `statement ${missing[0]} has no score`);
  else if (missing.length > 1) phrases.push(nl ? `stellingen ${idList(missing, 8, lang)} hebben geen score` : `statements ${idList(missing)} have no score`);
  const rest = problems.filter((p) => p.kind !== 'unknown-statement' && p.kind !== 'missing-statement').map((p) => (nl ? p.nl : p.message));
  phrases.push(...rest.slice(0, 3));
  if (rest.length > 3) phrases.push(nl ? `en nog ${rest.length - 3}` : `and ${rest.length - 3} more`);
  return phrases.join('; ');
}

/** The problems in both languages (English, Dutch), for a QError and its Dutch twin; undefined when the sort is valid. */
export function describeSortProblemsBoth(problems: readonly SortProblem[]): { readonly en: string; readonly nl: string } | undefined {
  const en = describeSortProblems(problems, 'en');
  const nl = describeSortProblems(problems, 'nl');
  return en === undefined || nl === undefined ? undefined : { en, nl };
}
