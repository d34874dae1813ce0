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
  const byNumber = numbers.every((n, i) => resolveStatementId(n, statements) === statements[i]?.id);
  return byNumber ? numbers : statements.map((s) => s.id);
}

/** label → statement id, for reading a typed label back (case-insensitive; ids also resolve as in --columns). */
export function labelResolver(statements: readonly Statement[]): (typed: string) => string | undefined {
  const labels = cardLabels(statements);
  const byLabel = new Map(labels.map((label, i) => [label.toLowerCase(), statements[i]!.id]));
  const ids = new Set(statements.map((s) => s.id));
  return (typed) => {
    const t = typed.trim();
    const hit = byLabel.get(t.toLowerCase());
    if (hit !== undefined) return hit;
    const resolved = resolveStatementId(t, statements);
    return ids.has(resolved) ? resolved : undefined;
  };
}
