import type { SortRecord, Study } from '../../core/types.ts';
import { describeSortProblems, sortProblems } from '../../core/validate-sort.ts';
import type { ServerEvent } from './events.ts';
import type { ProgressBoard, ProgressReport } from './progress.ts';
import type { SortStore } from './store.ts';

/**
 * What the workshop server does with a participant's progress and finished
 * sort, whichever way they came in (HTTP from `qsort sort --join`, or a sort
 * run over SSH): one store, one board, one set of name rules, the same events
 * for the dashboard and the log.
 */
export interface Intake {
  readonly study: Study;
  readonly store: SortStore;
  readonly board: ProgressBoard;
  readonly now: () => Date;
  readonly emit: (event: ServerEvent) => void;
}

export type ProgressOutcome = 'ok' | 'taken' | 'full';

/**
 * Records a progress report: 'taken' when someone else sorts under the name
 * (another sort id), 'full' when the board tracks too many names. A report
 * from someone whose sort is stored changes nothing.
 */
export function recordProgress(intake: Intake, r: ProgressReport): ProgressOutcome {
  const { store, board, study } = intake;
  const participant = r.participant;
  const team = r.team || undefined;
  const stored = store.sortIdOf(participant);
  if (stored !== undefined) return r.sortId !== undefined && r.sortId !== stored ? 'taken' : 'ok';
  const result = board.report({ ...r, participant, ...(team ? { team } : {}) }, intake.now());
  if (result === 'taken') return 'taken';
  if (!result) return 'full';
  const who = { participant, ...(team ? { team } : {}) };
  if (result.isNew) intake.emit({ type: 'joined', ...who });
  if (!result.isNew || r.step !== 'joined') {
    intake.emit({ type: 'progress', ...who, step: r.step, placed: Math.min(r.placed, study.statements.length), total: study.statements.length });
  }
  return 'ok';
}

export type SubmitResult =
  | { readonly kind: 'stored' | 'duplicate'; readonly record: SortRecord }
  | { readonly kind: 'conflict' | 'invalid'; readonly message: string };

/**
 * Stores a finished sort (already parsed) once: checked against the study,
 * on disk and fsync'ed before this resolves, then shown as done on the board.
 */
export async function submitSort(intake: Intake, record: SortRecord): Promise<SubmitResult> {
  const { store, board, study } = intake;
  const problem = describeSortProblems(sortProblems(record.scores, study.statements, study.distribution, study.forced !== false));
  if (problem) return { kind: 'invalid', message: `this sort does not fit the study: ${problem}` };
  const outcome = await store.submit(record);
  if (outcome.kind === 'conflict' || outcome.kind === 'invalid') return outcome;
  board.done(record.participant, record.team, intake.now());
  intake.emit({ type: 'submitted', participant: record.participant, ...(record.team ? { team: record.team } : {}), duplicate: outcome.kind === 'duplicate' });
  return outcome;
}
