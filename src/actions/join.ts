import type { Lang } from '../core/types.ts';
import { pickLang, retryTiming, shownPath } from './context.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError, UsageError } from '../errors.ts';
import { joinTexts } from '../i18n/join.ts';
import { localReason } from '../i18n/network.ts';
import { makeSortStyle, runSort } from '../sort-flow/index.ts';
import { sortUi } from './sort-ui.ts';
import { guardTerminal } from './terminal-guard.ts';
import { writeStudy } from '../study/study-folder.ts';
import { wrapText } from '../text/wrap.ts';
import { fetchStudy, serverOrigin } from '../workshop/join/client.ts';
import { joinedFolder, qsortHome } from '../workshop/join/joined-folder.ts';
import { httpJoinClient, networkSink } from '../workshop/join/network-sink.ts';

export interface JoinOptions {
  readonly join: string;
  readonly code?: string | undefined;
  readonly participant?: string | undefined;
  readonly team?: string | undefined;
  readonly lang?: Lang | undefined;
  /** The accessible, line-by-line screens (--accessible, TERM=dumb). */
  readonly accessible?: boolean | undefined;
}

/**
 * The join's command line checked (usage errors, exit 2; nothing is read or
 * fetched): the session code, the server's address, the folder to keep the sort
 * in. `qsort sort` calls it before it asks for a terminal, so usage errors come first.
 */
export function joinSettings(opts: JoinOptions, deps: Pick<Deps, 'env' | 'cwd'>): { url: string; code: string; home: string } {
  if (opts.code === undefined || opts.code.trim() === '') throw new UsageError('--join needs --code: the session code on the facilitator\'s screen', { nl: '--join heeft --code nodig: de sessiecode op het scherm van de begeleider' });
  const url = serverOrigin(opts.join);
  const home = qsortHome(deps.env, deps.cwd);
  if (home === undefined) throw new UsageError('no folder to keep the sort in: set QSORT_HOME (or HOME) to a folder', { nl: 'geen map om de sortering in te bewaren: zet QSORT_HOME (of HOME) op een map' });
  return { url, code: opts.code.trim(), home };
}

/**
 * `qsort sort --join URL --code CODE`: fetches the study from the workshop
 * server and runs the same sort as offline, kept in the joined session's local
 * folder (drafts after every key, the finished sort in its outbox until the
 * server acknowledges it). Exit codes: 2 for a wrong code, 4 when the server
 * cannot be reached (at the start, or when the sort waits in the outbox), 3
 * when the server refuses the name or the sort.
 */
export async function runJoin(opts: JoinOptions, deps: Deps, resumeCommand: (participant: string) => string): Promise<void> {
  const { url, code, home } = joinSettings(opts, deps);
  const study = await fetchStudy(url, code, retryTiming(deps.env));
  const dir = joinedFolder(home, url, code);
  await writeStudy(dir, study);
  const lang = pickLang(opts.lang, study.language, deps.env);
  const texts = joinTexts(lang);
  const style = makeSortStyle(deps.colorLevel);
  const accessible = opts.accessible === true;
  const guard = guardTerminal(deps, { lineMode: accessible });
  const ui = await sortUi(deps, style, lang, accessible, guard.signal);
  /** A line for the participant while the sort is sent, wrapped to the terminal. */
  const status = (line: string): void => ui.show(wrapText(line, Math.max(20, deps.width() - 2)).map((l) => ` ${l}`).join('\n'));
  const client = httpJoinClient(dir, url, code, {
    ...retryTiming(deps.env),
    onRetry: ({ delayMs, reason }) => status(texts.retrying(localReason(reason, lang), Math.ceil(delayMs / 1000))),
  });
  const sink = networkSink({ dir, study, url, client, texts, team: opts.team, status });
  try {
    const participant = opts.participant?.trim();
    // A name someone else uses in the session is refused before anything starts (a draft of this computer stays as it is).
    if (participant && !(await sink.existingSort(participant)) && (await sink.nameInUse(participant))) throw new DataError(texts.nameTaken(participant, url), { lang });
    const { record } = await runSort({
      study,
      sink,
      ui,
      lang,
      participant: opts.participant,
      team: opts.team,
      style,
      resumeCommand,
      now: deps.now,
    });
    const delivery = sink.delivery;
    if (delivery?.kind === 'queued') throw new IoError(texts.notSent(record.participant, shownPath(deps, delivery.path), localReason(delivery.reason, lang)), { lang });
  } finally {
    sink.close();
    ui.close?.();
    guard.release();
  }
}
