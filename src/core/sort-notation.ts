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
const signed = (score: number): string => (score > 0 ? `+${score}` : String(score));

/** Parses "S01=4,S02=-3,…". `where` names the source in messages (e.g. "--scores"). */
export function parseScoresNotation(text: string, where = '--scores'): ScoreEntry[] {
  const items = text
    .replace(/\s*([=:])\s*/g, '$1')
    .split(/[,;\s]+/)
    .filter((item) => item !== '');
  if (items.length === 0) throw new DataError(`${where}: no scores given; write them like "S01=4,S02=-3,…"`, { nl: `${where}: geen scores; schrijf ze als "S01=4,S02=-3,…"` });
  return items.map((item): ScoreEntry => {
    const m = /^([^=:]+)[=:](.*)$/.exec(item);
    if (!m) throw new DataError(`${where}: ${show(item)} must look like S01=4 (a statement id, "=", a score)`, { nl: `${where}: ${show(item)} moet eruitzien als S01=4 (een stelling-id, "=", een score)` });
    const statement = m[1] ?? '';
    const score = parseWholeNumber(m[2] ?? '');
    if (score === undefined) throw new DataError(`${where}: ${show(item)}: the score ${show(m[2] ?? '')} is not a whole number`, { nl: `${where}: ${show(item)}: de score ${show(m[2] ?? '')} is geen geheel getal` });
    return { statement, score };
  });
}

/** Parses "-4:S05 / -3:S12,S07 / …" (a column may be empty: "-4:"). */
export function parseColumnsNotation(text: string, where = '--columns'): ScoreEntry[] {
  const columns = text
    .split(/[/|\n]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (columns.length === 0) throw new DataError(`${where}: no columns given; write them like "-4:S05 / -3:S12,S07 / …"`, { nl: `${where}: geen kolommen; schrijf ze als "-4:S05 / -3:S12,S07 / …"` });
  const seenScores = new Set<number>();
  const entries: ScoreEntry[] = [];
  for (const column of columns) {
    const m = /^([^:=]*)[:=](.*)$/s.exec(column);
    if (!m) throw new DataError(`${where}: the column ${show(column)} needs its score first, like "-4:S05" or "+1:S03,S08"`, { nl: `${where}: de kolom ${show(column)} begint met haar score, zoals "-4:S05" of "+1:S03,S08"` });
    const score = parseWholeNumber(m[1] ?? '');
    if (score === undefined) throw new DataError(`${where}: the column ${show(column)} starts with ${show(m[1] ?? '')}, not a whole-number score`, { nl: `${where}: de kolom ${show(column)} begint met ${show(m[1] ?? '')}, geen score als geheel getal` });
    if (seenScores.has(score)) throw new DataError(`${where}: the column for score ${signed(score)} is given twice; put all its statements in one column`, { nl: `${where}: de kolom voor score ${signed(score)} staat er twee keer; zet al haar stellingen in één kolom` });
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
      const as = earlier.typed === entry.statement ? '' : ` (as "${earlier.typed}" and "${entry.statement}")`;
      const asNl = earlier.typed === entry.statement ? '' : ` (als "${earlier.typed}" en "${entry.statement}")`;
      throw new DataError(`${where}: statement ${id} is given twice${as}, with scores ${signed(earlier.score)} and ${signed(entry.score)}`, {
        nl: `${where}: stelling ${id} staat er twee keer${asNl}, met scores ${signed(earlier.score)} en ${signed(entry.score)}`,
      });
    }
    scores.set(id, { typed: entry.statement, score: entry.score });
  }
  return Object.fromEntries([...scores].map(([id, { score }]) => [id, score]));
}
