/**
 * The label printed large on each paper card, and typed back in from the score
 * sheet (pure). Cards show the statement's number (1, 2, …, its place in the
 * study) when typing that number finds the very statement — as it does for ids
 * like S01…S24 or 1…33; otherwise they show the id itself, so that what is on
 * the card is always what `qsort add` understands.
 */
import { resolveStatementId } from './sort-notation.ts';
import type { Statement } from './types.ts';

export function cardLabels(statements: readonly Statement[]): string[] {
  const numbers = statements.map((_, i) => String(i + 1));
  const byNumber = numbers.every((n, i) => byIdOrPlace(n, statements) === statements[i]?.id);
  return byNumber ? numbers : statements.map((s) => s.id);
}

/** A typed id as `--columns` reads it; else, for a number k, the k-th statement (ids like "sta_5" have no number of their own). */
function byIdOrPlace(typed: string, statements: readonly Statement[]): string | undefined {
  const resolved = resolveStatementId(typed, statements);
  if (statements.some((s) => s.id === resolved)) return resolved;
  const k = /^\d+$/.test(typed) ? Number(typed) : 0;
  return k >= 1 && k <= statements.length ? statements[k - 1]!.id : undefined;
}

/** label → statement id, for reading a typed label back (case-insensitive; ids also resolve as in --columns). */
export function labelResolver(statements: readonly Statement[]): (typed: string) => string | undefined {
  const labels = cardLabels(statements);
  const byLabel = new Map(labels.map((label, i) => [label.toLowerCase(), statements[i]!.id]));
  const numbered = labels[0] === '1';
  return (typed) => {
    const t = typed.trim();
    const hit = byLabel.get(t.toLowerCase());
    if (hit !== undefined) return hit;
    const resolved = resolveStatementId(t, statements);
    if (statements.some((s) => s.id === resolved)) return resolved;
    return numbered ? undefined : byIdOrPlace(t, statements);
  };
}
