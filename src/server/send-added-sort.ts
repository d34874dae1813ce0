import { sortOwner, sortRecordFromOptions } from '../commands/add.ts';
import type { AddOptions } from '../commands/add.ts';
import { pickLang, printJson, shownPath, studyDir } from '../commands/shared.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError, UsageError } from '../errors.ts';
import { commandTexts } from '../i18n/commands.ts';
import { localReason } from '../i18n/network.ts';
import { RefusedError, fetchStudy, serverOrigin } from './client.ts';
import { sendSort } from './outbox.ts';

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
  const study = await fetchStudy(url, opts.code, { onRetry: retry });
  lang = pickLang(opts.lang, study.language, deps.env);
  const record = await sortRecordFromOptions(study, opts, deps);
  const dir = studyDir(opts, deps);
  const result = await sendSort(dir, { url, code: opts.code }, record, { now: deps.now(), onRetry: retry });
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
