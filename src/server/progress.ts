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

export class ProgressBoard {
  readonly #total: number;
  readonly #byName = new Map<string, ParticipantStatus>();

  constructor(statementCount: number) {
    this.#total = statementCount;
  }

  /** Records a report; returns whether this participant is new, or undefined when the board is full. */
  report(r: ProgressReport, now: Date): { isNew: boolean } | undefined {
    const old = this.#byName.get(r.participant);
    if (!old && this.#byName.size >= MAX_TRACKED) return undefined;
    if (old?.done) return { isNew: false };
    const team = r.team || old?.team;
    this.#byName.set(r.participant, {
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

  /** Marks a participant done (their sort is stored). */
  done(participant: string, team: string | undefined, now: Date): void {
    const old = this.#byName.get(participant);
    const t = team || old?.team;
    this.#byName.set(participant, {
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
