import { DataError, UsageError } from '../errors.ts';
import { formatDistribution } from './distribution.ts';
import { parseColumnsNotation, parseScoresNotation, scoresFromEntries } from './sort-notation.ts';
import type { Lang, SortRecord, Study } from './types.ts';
import { describeSortProblemsBoth, sortProblems } from './validate-sort.ts';

/** What `qsort add` (or any other front end) knows about a sort done on paper cards. */
export interface PaperSortInput {
  readonly participant: string;
  readonly team?: string | undefined;
  /** The language the participant sorted in (default: the study's). */
  readonly language?: Lang | undefined;
  /** "S01=4,S02=-3,…" — give this or `columns`. */
  readonly scores?: string | undefined;
  /** "-4:S05 / -3:S12,S07 / …" — give this or `scores`. */
  readonly columns?: string | undefined;
  readonly comment?: string | undefined;
  /** A fresh random id (study-folder's newSortId()). */
  readonly sortId: string;
  /** When the sort was typed in (ISO 8601), stored as `finishedAt`. */
  readonly enteredAt: string;
}

/** The parts of a study a paper sort is checked against (a local study.json or one fetched from a server). */
export type SortTarget = Pick<Study, 'statements' | 'distribution' | 'language' | 'forced'>;

/** Checks a participant id typed on the command line: not empty, one line, not absurdly long. */
export function checkParticipantId(participant: string, option = '--participant'): string {
  const id = participant.trim();
  const nl = option === 'the participant id' ? 'de deelnemer-id' : option;
  if (id === '') throw new UsageError(`${option} must not be empty`, { nl: `${nl} mag niet leeg zijn` });
  if (/[\u0000-\u001f\u007f]/.test(id)) {
    throw new UsageError(`${option} must be one line of text without control characters`, { nl: `${nl} moet één regel tekst zijn, zonder stuurtekens` });
  }
  if (id.length > 100) throw new UsageError(`${option} is ${id.length} characters long; use at most 100`, { nl: `${nl} is ${id.length} tekens lang; gebruik er hooguit 100` });
  return id;
}

/** A hint for the first kind of problem: which ids exist, or what the distribution asks for. */
function problemHint(kind: string | undefined, target: SortTarget, lang: Lang = 'en'): string {
  if (kind === 'unknown-statement') {
    const ids = target.statements.map((s) => s.id);
    const list = ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} … ${ids.slice(-2).join(', ')}`;
    return lang === 'nl' ? ` (de stellingen van de studie zijn ${list})` : ` (the study's statements are ${list})`;
  }
  if (kind === 'count' || kind === 'bad-score') return ` (${lang === 'nl' ? 'de verdeling is' : 'the distribution is'} ${formatDistribution(target.distribution)})`;
  return '';
}

/**
 * Builds a complete, validated SortRecord (source "add") from a paper sort typed in.
 * Throws UsageError for a missing or doubled notation or a bad participant id, and
 * DataError, in one line, when the sort does not fit the study: unknown or missing
 * statements, a statement twice, or the wrong number of cards in a column.
 */
export function buildPaperSort(target: SortTarget, input: PaperSortInput): SortRecord {
  const participant = checkParticipantId(input.participant);
  if ((input.scores === undefined) === (input.columns === undefined)) {
    throw new UsageError('give the sort either as --scores "S01=4,S02=-3,…" or as --columns "-4:S05 / -3:S12,S07 / …" (one of the two)');
  }
  const where = input.scores !== undefined ? '--scores' : '--columns';
  const entries = input.scores !== undefined ? parseScoresNotation(input.scores, where) : parseColumnsNotation(input.columns ?? '', where);
  const scores = scoresFromEntries(entries, target.statements, where);
  const problems = sortProblems(scores, target.statements, target.distribution, target.forced !== false);
  const problem = describeSortProblemsBoth(problems);
  if (problem) {
    const kind = problems[0]?.kind;
    throw new DataError(`${where}: the sort of "${participant}" does not fit the study: ${problem.en}${problemHint(kind, target)}`, {
      nl: `${where}: de sortering van "${participant}" past niet bij de studie: ${problem.nl}${problemHint(kind, target, 'nl')}`,
    });
  }
  const team = input.team?.trim();
  const comment = input.comment?.trim();
  return {
    schemaVersion: 1,
    sortId: input.sortId,
    participant,
    ...(team ? { team } : {}),
    language: input.language ?? target.language,
    source: 'add',
    finishedAt: input.enteredAt,
    scores: Object.fromEntries(target.statements.map((s) => [s.id, scores[s.id] ?? 0])),
    ...(comment ? { comment } : {}),
  };
}
