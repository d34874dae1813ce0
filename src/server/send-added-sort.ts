import { sortOwner, sortRecordFromOptions } from '../commands/add.ts';
import type { AddOptions } from '../commands/add.ts';
import { printJson, shownPath, studyDir } from '../commands/shared.ts';
import type { Deps } from '../deps.ts';
import { DataError, IoError, UsageError } from '../errors.ts';
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
    throw new UsageError('--to and --code go together: the address of the workshop server and its session code');
  }
  if (opts.replace) throw new UsageError('--replace works on a local study only; a workshop server never replaces a sort');
  const url = serverOrigin(opts.to);
  const retry = ({ delayMs, reason }: { delayMs: number; reason: string }): void => {
    deps.stderr.write(`${reason}; trying again in ${Math.ceil(delayMs / 1000)} s\n`);
  };
  const study = await fetchStudy(url, opts.code, { onRetry: retry });
  const record = await sortRecordFromOptions(study, opts, deps);
  const dir = studyDir(opts, deps);
  const result = await sendSort(dir, { url, code: opts.code }, record, { now: deps.now(), onRetry: retry });
  const who = sortOwner(record);
  switch (result.kind) {
    case 'sent':
      if (opts.json) printJson(deps, { sent: url, status: result.result.status, sort: record });
      else deps.stdout.write(`Sent the sort of ${who} to ${url}: ${result.result.status}\n`);
      return;
    case 'queued':
      throw new IoError(`${result.reason}; the sort of ${who} is kept in ${shownPath(deps, result.path)}; send it later with "qsort sync"`);
    case 'refused':
      if (result.status === 401) throw new RefusedError(401, `${result.reason}; the sort is kept in ${shownPath(deps, result.path)}; resend it with "qsort sync --code CODE"`);
      throw new DataError(`the server refused the sort of ${who}: ${result.reason} (kept in ${shownPath(deps, result.path)})`);
  }
}
