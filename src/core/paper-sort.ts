import { DataError, UsageError } from '../errors.ts';
import { formatDistribution } from './distribution.ts';
import { parseColumnsNotation, parseScoresNotation, scoresFromEntries } from './sort-notation.ts';
import type { Lang, SortRecord, Study } from './types.ts';
import { sortProblems } from './validate-sort.ts';

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

/** Checks a participant id typed on the command line (`option`; null: "the participant id", as in an imported file): not empty, one line, not absurdly long. */
export function checkParticipantId(participant: string, option: string | null = '--participant'): string {
  const id = participant.trim();
  if (id === '') throw new UsageError('participant.empty', { option: option ?? undefined });
  if (/[\u0000-\u001f\u007f]/.test(id)) throw new UsageError('participant.control-characters', { option: option ?? undefined });
  if (id.length > 100) throw new UsageError('participant.too-long', { option: option ?? undefined, length: id.length });
  return id;
}

/**
 * Builds a complete, validated SortRecord (source "add") from a paper sort typed in.
 * Throws UsageError for a missing or doubled notation or a bad participant id, and
 * DataError, in one line, when the sort does not fit the study: unknown or missing
 * statements, a statement twice, or the wrong number of cards in a column.
 */
export function buildPaperSort(target: SortTarget, input: PaperSortInput): SortRecord {
  const participant = checkParticipantId(input.participant, '--participant');
  if ((input.scores === undefined) === (input.columns === undefined)) {
    throw new UsageError('add.scores-or-columns', {});
  }
  const where = input.scores !== undefined ? '--scores' : '--columns';
  const entries = input.scores !== undefined ? parseScoresNotation(input.scores, where) : parseColumnsNotation(input.columns ?? '', where);
  const scores = scoresFromEntries(entries, target.statements, where);
  const problems = sortProblems(scores, target.statements, target.distribution, target.forced !== false);
  if (problems.length > 0) {
    // a hint for the first kind of problem: which ids exist, or what the distribution asks for
    const kind = problems[0]?.kind;
    const hint =
      kind === 'unknown-statement' ? { statements: target.statements.map((s) => s.id) }
      : kind === 'count' || kind === 'bad-score' ? { distribution: formatDistribution(target.distribution) }
      : {};
    throw new DataError('sort.does-not-fit', { participant, problems, ...hint }, { at: { where } });
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
