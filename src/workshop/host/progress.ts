import type { SortProgress } from '../../sort-flow/sink.ts';
import { participantKey } from './store.ts';

/**
 * Where each participant of a workshop session is, as the dashboard shows it.
 * Kept in memory only: progress reports are hints, the stored sorts are the truth.
 */

/** The steps a participant's client reports, in order. */
export const PROGRESS_STEPS = ['joined', 'presort', 'sort', 'questions', 'review'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/** What a participant's client sends to POST /api/progress. */
export interface ProgressReport {
  readonly participant: string;
  readonly team?: string;
  readonly step: ProgressStep;
  /** Cards placed on the grid so far. */
  readonly placed: number;
  /** Cards in the study (optional; the server knows it). */
  readonly total?: number;
  /**
   * The id the sort will be submitted with. With it the server can tell two
   * people who chose the same name apart, and say so before they sort.
   */
  readonly sortId?: string;
}

export interface ParticipantStatus {
  readonly participant: string;
  readonly team?: string;
  /** The last reported step, or 'done' once the sort is stored. */
  readonly step: ProgressStep | 'done';
  readonly placed: number;
  readonly total: number;
  readonly done: boolean;
  readonly updatedAt: string;
}

/** At most this many participants are tracked: a flood of made-up names cannot exhaust memory. */
export const MAX_TRACKED = 5000;
/** A name reported with another sort id within this time belongs to someone else (15 minutes). */
export const ACTIVE_MS = 15 * 60_000;

export class ProgressBoard {
  readonly #total: number;
  /** By participantKey: names that differ only in case are one participant, as in the sort store. */
  readonly #byName = new Map<string, ParticipantStatus>();
  readonly #sortIds = new Map<string, string>();

  constructor(statementCount: number) {
    this.#total = statementCount;
  }

  /**
   * Records a report. Returns whether this participant is new; 'taken' when
   * someone else is sorting under this name right now (another sort id, active
   * within ACTIVE_MS); undefined when the board is full.
   */
  report(r: ProgressReport, now: Date): { isNew: boolean } | 'taken' | undefined {
    const key = participantKey(r.participant);
    const old = this.#byName.get(key);
    if (!old && this.#byName.size >= MAX_TRACKED) return undefined;
    if (old?.done) return { isNew: false };
    const known = this.#sortIds.get(key);
    if (old && known !== undefined && r.sortId !== undefined && known !== r.sortId && now.getTime() - Date.parse(old.updatedAt) < ACTIVE_MS) {
      return 'taken';
    }
    if (r.sortId !== undefined) this.#sortIds.set(key, r.sortId);
    const team = r.team || old?.team;
    this.#byName.set(key, {
      participant: r.participant,
      ...(team ? { team } : {}),
      step: r.step,
      placed: Math.min(r.placed, this.#total),
      total: this.#total,
      done: false,
      updatedAt: now.toISOString(),
    });
    return { isNew: !old };
  }

  /**
   * Whether someone with another sort id is sorting under this name right now
   * (the test `report` refuses with 'taken'), without recording anything.
   */
  heldByOther(participant: string, sortId: string, now: Date): boolean {
    const key = participantKey(participant);
    const old = this.#byName.get(key);
    const known = this.#sortIds.get(key);
    return old !== undefined && !old.done && known !== undefined && known !== sortId && now.getTime() - Date.parse(old.updatedAt) < ACTIVE_MS;
  }

  /** Marks a participant done (their sort is stored). */
  done(participant: string, team: string | undefined, now: Date): void {
    const key = participantKey(participant);
    const old = this.#byName.get(key);
    const t = team || old?.team;
    this.#byName.set(key, {
      participant,
      ...(t ? { team: t } : {}),
      step: 'done',
      placed: this.#total,
      total: this.#total,
      done: true,
      updatedAt: old?.done ? old.updatedAt : now.toISOString(),
    });
  }

  /** Everyone, by team (no team last) and then by name. */
  list(): ParticipantStatus[] {
    return [...this.#byName.values()].sort(
      (a, b) =>
        (a.team === undefined ? 1 : 0) - (b.team === undefined ? 1 : 0) ||
        (a.team ?? '').localeCompare(b.team ?? '') ||
        a.participant.localeCompare(b.participant),
    );
  }
}

type ReportedStep = ProgressReport['step'];

/** The server's name for a step of the flow, and the cards placed so far; undefined for 'saved' (the sort itself says so). */
export function toProgressReport(p: SortProgress, sortId: string): ProgressReport | undefined {
  const steps: Record<Exclude<SortProgress['step'], 'saved'>, ReportedStep> = {
    welcome: 'joined',
    presort: 'presort',
    grid: 'sort',
    review: 'review',
    questions: 'questions',
  };
  if (p.step === 'saved') return undefined;
  const step = steps[p.step];
  const placed = step === 'sort' ? p.done : step === 'review' || step === 'questions' ? p.total : 0;
  return { participant: p.participant, ...(p.team ? { team: p.team } : {}), step, placed, total: p.total, sortId };
}
