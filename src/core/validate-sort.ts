import type { Distribution, Statement } from './types.ts';

/** One reason a sort is not valid for a study. */
export interface SortProblem {
  readonly kind: 'unknown-statement' | 'missing-statement' | 'bad-score' | 'count';
  readonly statement?: string;
  readonly score?: number;
  readonly message: string;
}

/**
 * Checks a sort against the study: every statement exactly once, only known ids,
 * whole scores inside the range, and each score used exactly as often as the
 * distribution says. Returns all problems (empty = valid).
 */
export function sortProblems(
  scores: Readonly<Record<string, number>>,
  statements: readonly Statement[],
  distribution: Distribution,
): SortProblem[] {
  const problems: SortProblem[] = [];
  const known = new Set(statements.map((s) => s.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) problems.push({ kind: 'unknown-statement', statement: id, message: `unknown statement id "${id}"` });
  }
  for (const s of statements) {
    if (!Object.hasOwn(scores, s.id)) problems.push({ kind: 'missing-statement', statement: s.id, message: `statement ${s.id} has no score` });
  }
  const lo = distribution.scores[0] ?? 0;
  const hi = distribution.scores[distribution.scores.length - 1] ?? 0;
  const used = new Map<number, number>();
  for (const [id, score] of Object.entries(scores)) {
    if (typeof score !== 'number' || !Number.isInteger(score) || score < lo || score > hi) {
      problems.push({ kind: 'bad-score', statement: id, message: `statement ${id} has score ${String(score)}, outside ${lo}..${hi}` });
      continue;
    }
    used.set(score, (used.get(score) ?? 0) + 1);
  }
  if (problems.length === 0) {
    distribution.scores.forEach((score, i) => {
      const want = distribution.counts[i] ?? 0;
      const got = used.get(score) ?? 0;
      if (got !== want) {
        problems.push({
          kind: 'count',
          score,
          message: `score ${score > 0 ? '+' : ''}${score} is used ${got} time${got === 1 ? '' : 's'}, the distribution asks for ${want}`,
        });
      }
    });
  }
  return problems;
}

/** A one-line summary of the problems (first three), or undefined when the sort is valid. */
export function describeSortProblems(problems: readonly SortProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  const head = problems.slice(0, 3).map((p) => p.message).join('; ');
  return problems.length > 3 ? `${head}; and ${problems.length - 3} more` : head;
}
