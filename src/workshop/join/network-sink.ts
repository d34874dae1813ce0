import type { SortRecord, Study } from '../../core/types.ts';
import { DataError } from '../../errors.ts';
import type { JoinTexts } from '../../i18n/join.ts';
import { localReason } from '../../i18n/network.ts';
import type { SortDraft } from '../../sort-flow/draft.ts';
import type { SortSink } from '../../sort-flow/sink.ts';
import { studyFolderSink } from '../../sort-flow/sink.ts';
import { draftPath, newSortId, readDraft, readSort, sortPath, writeDraft } from '../../study/study-folder.ts';
import { RefusedError, reportProgress, serverOrigin } from './client.ts';
import type { ClientOptions, ProgressResult } from './client.ts';
import type { DeliveryResult } from './outbox.ts';
import { listOutbox, sendSort } from './outbox.ts';
import type { ProgressReport } from '../host/progress.ts';
import { toProgressReport } from '../host/progress.ts';
import { ProgressThrottle } from '../host/progress-throttle.ts';
import { sortIds } from '../../sort-flow/sort-ids.ts';

/**
 * The sort flow's sink for `qsort sort --join`: everything is kept in a local
 * folder first (drafts after every key, the finished sort in the outbox), the
 * server gets throttled, fire-and-forget progress reports and, at the end, the
 * sort. A sort the server does not acknowledge stays in the outbox for
 * `qsort sync`.
 */

/** The two things the sink asks of a workshop server; a fake in tests. */
export interface JoinClient {
  /** Best effort, never throws. */
  report(progress: ProgressReport): Promise<ProgressResult>;
  /** Saves the sort in `<dir>/outbox/` first, then sends it (with retries); never loses it. */
  deliver(record: SortRecord): Promise<DeliveryResult>;
}

/** The real client: HTTP to `url`, through the outbox of `dir`. */
export function httpJoinClient(dir: string, url: string, code: string, options: ClientOptions = {}): JoinClient {
  const origin = serverOrigin(url);
  return {
    report: (progress) => reportProgress(origin, code, progress, options),
    deliver: (record) => sendSort(dir, { url: origin, code }, record, options),
  };
}

export interface NetworkSinkOptions {
  /** The local folder of the joined session (see joined-folder.ts). */
  readonly dir: string;
  readonly study: Study;
  /** The server's address, for messages. */
  readonly url: string;
  readonly client: JoinClient;
  readonly texts: JoinTexts;
  /** The team given on the command line, for the first report. */
  readonly team?: string | undefined;
  /** Progress reports within one step go out at most this often (default 1000 ms); a new step goes at once. */
  readonly throttleMs?: number;
  /** A line for the participant while the sort is sent (and when it is retried). */
  readonly status?: (line: string) => void;
}

export interface NetworkSink extends SortSink {
  /** The sort id for the participant whose draft was saved last (runSort takes it from the sink). */
  newSortId(): string;
  /** Asks the server whether another participant uses this name (and says "joined"); true when taken. */
  nameInUse(participant: string): Promise<boolean>;
  /** What became of the finished sort, once saveFinal ran. */
  readonly delivery: DeliveryResult | undefined;
  /** Stops pending progress reports (call when the sort ends, however it ends). */
  close(): void;
}

/** Re-exported from the server side, where the SSH sessions use it too. */
export { toProgressReport, ProgressThrottle };

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function networkSink(options: NetworkSinkOptions): NetworkSink {
  const { dir, study, client, texts } = options;
  const local = studyFolderSink(dir, study);
  const total = study.statements.length;
  const { idFor, idOf, remember } = sortIds(dir);
  let current: string | undefined;
  let delivery: DeliveryResult | undefined;
  /** Names the server accepted: not asked again in this run. */
  const free = new Set<string>();
  const throttle = new ProgressThrottle((r) => client.report(r), options.throttleMs ?? 1000);


  async function nameInUse(participant: string): Promise<boolean> {
    const sortId = await idFor(participant);
    if (free.has(participant)) return false;
    const report: ProgressReport = { participant, ...(options.team ? { team: options.team } : {}), step: 'joined', placed: 0, total, sortId };
    const result = await client.report(report);
    if (result === 'name-taken') return true;
    if (result === 'ok') {
      free.add(participant);
      throttle.sentElsewhere(report);
    }
    return false;
  }

  return {
    get delivery() {
      return delivery;
    },
    nameInUse,
    newSortId: () => (current === undefined ? newSortId() : idOf(current)),
    close: () => throttle.close(),

    async existingSort(participant) {
      if (await readSort(dir, participant)) return sortPath(dir, participant);
      const waiting = (await listOutbox(dir)).find((e) => e.entry && sameName(e.entry.record.participant, participant));
      return waiting?.path;
    },
    async loadDraft(participant) {
      const draft = await readDraft(dir, participant);
      const sortId = (draft as { sortId?: unknown } | undefined)?.sortId;
      remember(participant, sortId);
      return draft;
    },
    saveDraft(draft: SortDraft) {
      current = draft.participant;
      writeDraft(dir, draft.participant, { ...draft, sortId: idOf(draft.participant) });
    },
    discardDraft: (participant) => local.discardDraft(participant),
    draftLocation: (participant) => draftPath(dir, participant),
    progress(p) {
      const report = toProgressReport(p, idOf(p.participant));
      if (report) throttle.push(report);
    },

    async saveFinal(record) {
      throttle.close();
      options.status?.(texts.sending(options.url));
      const result = await client.deliver(record);
      delivery = result;
      switch (result.kind) {
        case 'sent':
          // A copy of what the server acknowledged, so this computer knows the participant is done.
          await local.saveFinal(record).catch(() => undefined);
          return texts.onServer(options.url);
        case 'queued':
          return texts.onThisComputer(result.path);
        case 'refused':
          const reason = localReason(result.reason, texts.lang);
          if (result.status === 401) throw new RefusedError(401, texts.codeRefused(reason, result.path), { lang: texts.lang });
          throw new DataError(texts.refused(record.participant, reason, result.path, draftPath(dir, record.participant)), { lang: texts.lang });
      }
    },
  };
}
