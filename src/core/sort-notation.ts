import { DataError } from '../errors.ts';
import { parseWholeNumber } from './distribution.ts';
import type { Statement } from './types.ts';

/**
 * The two ways to type in a sort done on paper cards (pure):
 * - scores per statement: "S01=4, S02=-3, S03=0, …" (`=` or `:`; `,` `;` or spaces between);
 * - the grid read column by column: "-4: S05 / -3: S12, S07 / -2: … / +4: S01"
 *   (columns separated by `/`, `|` or line breaks; ids by `,` or spaces).
 * Both give a list of entries; `scoresFromEntries` resolves the typed ids against
 * the study's statements and refuses a statement given twice.
 */

/** One statement as typed, with its score. */
export interface ScoreEntry {
  readonly statement: string;
  readonly score: number;
}

const show = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').trim());

/** Parses "S01=4,S02=-3,…". `where` names the source in messages (e.g. "--scores"). */
export function parseScoresNotation(text: string, where = '--scores'): ScoreEntry[] {
  const at = { where };
  const items = text
    .replace(/\s*([=:])\s*/g, '$1')
    .split(/[,;\s]+/)
    .filter((item) => item !== '');
  if (items.length === 0) throw new DataError('notation.no-scores', {}, { at });
  return items.map((item): ScoreEntry => {
    const m = /^([^=:]+)[=:](.*)$/.exec(item);
    if (!m) throw new DataError('notation.bad-item', { item: show(item) }, { at });
    const statement = m[1] ?? '';
    const score = parseWholeNumber(m[2] ?? '');
    if (score === undefined) throw new DataError('notation.bad-score', { item: show(item), score: show(m[2] ?? '') }, { at });
    return { statement, score };
  });
}

/** Parses "-4:S05 / -3:S12,S07 / …" (a column may be empty: "-4:"). */
export function parseColumnsNotation(text: string, where = '--columns'): ScoreEntry[] {
  const at = { where };
  const columns = text
    .split(/[/|\n]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (columns.length === 0) throw new DataError('notation.no-columns', {}, { at });
  const seenScores = new Set<number>();
  const entries: ScoreEntry[] = [];
  for (const column of columns) {
    const m = /^([^:=]*)[:=](.*)$/s.exec(column);
    if (!m) throw new DataError('notation.column-without-score', { column: show(column) }, { at });
    const score = parseWholeNumber(m[1] ?? '');
    if (score === undefined) throw new DataError('notation.column-bad-score', { column: show(column), start: show(m[1] ?? '') }, { at });
    if (seenScores.has(score)) throw new DataError('notation.column-twice', { score }, { at });
    seenScores.add(score);
    for (const statement of (m[2] ?? '').split(/[,;\s]+/).filter((id) => id !== '')) entries.push({ statement, score });
  }
  return entries;
}

const numbered = (id: string): { prefix: string; number: number } | undefined => {
  const m = /^([A-Za-z]*)0*(\d+)$/.exec(id);
  return m ? { prefix: (m[1] ?? '').toLowerCase(), number: Number(m[2]) } : undefined;
};

/**
 * The study's id for a typed id: the exact id; else the one id that differs only in
 * case; else, for numbered ids, the one with the same number ("5", "s5", "S005" → "S05";
 * "S5" → "5").
 * An id that matches nothing comes back unchanged (validation then names it).
 */
export function resolveStatementId(typed: string, statements: readonly Statement[]): string {
  if (statements.some((s) => s.id === typed)) return typed;
  const unique = (matches: readonly Statement[]): string | undefined => (matches.length === 1 ? matches[0]?.id : undefined);
  const byCase = unique(statements.filter((s) => s.id.toLowerCase() === typed.toLowerCase()));
  if (byCase !== undefined) return byCase;
  const t = numbered(typed);
  if (!t) return typed;
  const byNumber = statements.filter((s) => {
    const n = numbered(s.id);
    return n !== undefined && n.number === t.number && (t.prefix === '' || n.prefix === '' || t.prefix === n.prefix);
  });
  return unique(byNumber) ?? typed;
}

/** Entries → statement id → score, with ids resolved; a statement given twice is refused. */
export function scoresFromEntries(entries: readonly ScoreEntry[], statements: readonly Statement[], where: string): Record<string, number> {
  // A Map, then Object.fromEntries: an id such as "__proto__" stays an ordinary key.
  const scores = new Map<string, { typed: string; score: number }>();
  for (const entry of entries) {
    const id = resolveStatementId(entry.statement, statements);
    const earlier = scores.get(id);
    if (earlier !== undefined) {
      const typed = earlier.typed === entry.statement ? {} : { typed: entry.statement, earlierTyped: earlier.typed };
      throw new DataError('notation.statement-twice', { statement: id, score: entry.score, earlierScore: earlier.score, ...typed }, { at: { where } });
    }
    scores.set(id, { typed: entry.statement, score: entry.score });
  }
  return Object.fromEntries([...scores].map(([id, { score }]) => [id, score]));
}
