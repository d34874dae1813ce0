import type { PaperSortInput, SortTarget } from '../core/paper-sort.ts';
import type { Lang, SortRecord } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError, UsageError } from '../errors.ts';
import { commandTexts } from '../i18n/commands.ts';
import { localReason } from '../i18n/network.ts';
import { RefusedError, fetchStudy, serverOrigin } from '../workshop/join/client.ts';
import { sendSort } from '../workshop/join/outbox.ts';
import { pickLang, printJson, retryTiming, shownPath, studyDir } from './context.ts';

export interface AddOptions {
  participant: string;
  team?: string;
  scores?: string;
  columns?: string;
  lang?: Lang;
  comment?: string;
  replace?: boolean;
  study?: string;
  json?: boolean;
  /** Send to a workshop server (`qsort serve`) instead of saving locally. */
  to?: string;
  code?: string;
}

/**
 * The sort described by `qsort add`'s options, built and validated against `target`
 * (a local study, or one fetched from a server). This is the one place that turns
 * the options into a SortRecord; a front end that delivers the sort elsewhere
 * (e.g. `--to URL --code CODE`) calls it and then sends the record instead of
 * saving it.
 */
export async function sortRecordFromOptions(target: SortTarget, opts: AddOptions, deps: Deps): Promise<SortRecord> {
  const { buildPaperSort } = await import('../core/paper-sort.ts');
  const { newSortId } = await import('../study/study-folder.ts');
  const input: PaperSortInput = {
    participant: opts.participant,
    team: opts.team,
    language: opts.lang,
    scores: opts.scores,
    columns: opts.columns,
    comment: opts.comment,
    sortId: newSortId(),
    enteredAt: deps.now().toISOString(),
  };
  return buildPaperSort(target, input);
}

/** Whose sort, for messages: "anne" (team sales) — the same words in Dutch. */
export const sortOwner = (record: Pick<SortRecord, 'participant' | 'team'>): string => `"${record.participant}"${record.team ? ` (team ${record.team})` : ''}`;

/** Saves the sort into the local study folder and reports where it went. */
async function saveAddedSort(opts: AddOptions, deps: Deps): Promise<void> {
  const { readStudy, saveSort } = await import('../study/study-folder.ts');
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const record = await sortRecordFromOptions(study, opts, deps);
  let backup: string | undefined;
  const path = await saveSort(dir, study, record, { replace: opts.replace === true, now: deps.now(), onReplaced: (p) => (backup = p) });
  if (opts.json) {
    printJson(deps, { saved: path, replaced: backup !== undefined, ...(backup !== undefined ? { backup } : {}), sort: record });
    return;
  }
  const who = sortOwner(record);
  const { commandTexts } = await import('../i18n/commands.ts');
  const t = commandTexts(pickLang(opts.lang, study.language, deps.env));
  deps.stdout.write(`${backup !== undefined ? t.replaced(who, shownPath(deps, path), shownPath(deps, backup)) : t.saved(who, shownPath(deps, path))}\n`);
}



export async function runAdd(opts: Omit<AddOptions, 'participant'> & { participant?: string }, deps: Deps): Promise<void> {
      if (opts.scores === undefined && opts.columns === undefined && opts.to === undefined && opts.code === undefined) {
        // no notation: type paper sheets in, column by column, in the terminal
        const { typeInSheets } = await import('./add-sheets.ts');
        await typeInSheets(opts, deps);
        return;
      }
      if (opts.participant === undefined) {
        const { paperErrors } = await import('../i18n/paper.ts');
        throw paperErrors.participantNeeded(opts.scores !== undefined ? '--scores' : opts.columns !== undefined ? '--columns' : '--to');
      }
      const withId = { ...opts, participant: opts.participant };
      if (opts.to !== undefined || opts.code !== undefined) {
        await sendAddedSort(withId, deps);
        return;
      }
      await saveAddedSort(withId, deps);
    }

/**
 * `qsort add … --to URL --code CODE`: builds the paper sort against the study
 * the server sends, then delivers it through the outbox of the local folder
 * (--study, $QSORT_STUDY or the current folder), so an unreachable server
 * loses nothing: `qsort sync` sends it later.
 */
export async function sendAddedSort(opts: AddOptions, deps: Deps): Promise<void> {
  if (opts.to === undefined || opts.code === undefined) {
    throw new UsageError('--to and --code go together: the address of the workshop server and its session code', {
      nl: '--to en --code horen bij elkaar: het adres van de workshopserver en de sessiecode',
    });
  }
  if (opts.replace) throw new UsageError('--replace works on a local study only; a workshop server never replaces a sort', {
      nl: '--replace werkt alleen op een studie op deze computer; een workshopserver vervangt nooit een sortering',
    });
  const url = serverOrigin(opts.to);
  let lang = pickLang(opts.lang, undefined, deps.env);
  const retry = ({ delayMs, reason }: { delayMs: number; reason: string }): void => {
    deps.stderr.write(`${commandTexts(lang).retrying(localReason(reason, lang), Math.ceil(delayMs / 1000))}\n`);
  };
  const study = await fetchStudy(url, opts.code, { ...retryTiming(deps.env), onRetry: retry });
  lang = pickLang(opts.lang, study.language, deps.env);
  const record = await sortRecordFromOptions(study, opts, deps);
  const dir = studyDir(opts, deps);
  const result = await sendSort(dir, { url, code: opts.code }, record, { ...retryTiming(deps.env), now: deps.now(), onRetry: retry });
  const who = sortOwner(record);
  const t = commandTexts(lang);
  const [en, nl] = [commandTexts('en'), commandTexts('nl')];
  const kept = result.kind === 'sent' ? '' : shownPath(deps, result.path);
  switch (result.kind) {
    case 'sent':
      if (opts.json) printJson(deps, { sent: url, status: result.result.status, sort: record });
      else deps.stdout.write(`${t.sent(who, url, t.sentStatus[result.result.status] ?? result.result.status)}\n`);
      return;
    case 'queued':
      throw new IoError(en.addQueued(result.reason, who, kept), { nl: nl.addQueued(localReason(result.reason, 'nl'), who, kept) });
    case 'refused':
      if (result.status === 401) throw new RefusedError(401, en.addCodeRefused(result.reason, kept), { nl: nl.addCodeRefused(localReason(result.reason, 'nl'), kept) });
      throw new DataError(en.addRefused(who, result.reason, kept), { nl: nl.addRefused(who, localReason(result.reason, 'nl'), kept) });
  }
}
