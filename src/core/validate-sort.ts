import type { SortProblem } from '../errors.ts';
import type { Distribution, Statement } from './types.ts';

/** One reason a sort is not valid for a study (its text: src/i18n/errors.*.ts, code sort.problems). */
export type { SortProblem } from '../errors.ts';

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
    if (!known.has(id)) problems.push({ kind: 'unknown-statement', statement: id });
  }
  for (const s of statements) {
    if (!Object.hasOwn(scores, s.id)) problems.push({ kind: 'missing-statement', statement: s.id });
  }
  const lo = distribution.scores[0] ?? 0;
  const hi = distribution.scores[distribution.scores.length - 1] ?? 0;
  const used = new Map<number, number>();
  for (const [id, score] of Object.entries(scores)) {
    if (typeof score !== 'number' || !Number.isInteger(score) || score < lo || score > hi) {
      problems.push({ kind: 'bad-score', statement: id, value: String(score), lo, hi });
      continue;
    }
    used.set(score, (used.get(score) ?? 0) + 1);
  }
  if (problems.length === 0 && forced) {
    distribution.scores.forEach((score, i) => {
      const want = distribution.counts[i] ?? 0;
      const got = used.get(score) ?? 0;
      if (got !== want) {
        problems.push({ kind: 'count', score, got, want });
      }
    });
  }
  return problems;
}
