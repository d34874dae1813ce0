import type { Lang, Study } from '../../../core/types.ts';
import { AbortError, QError } from '../../../errors.ts';
import { errorText } from '../../../i18n/errors.ts';
import { sshTexts } from '../../../i18n/ssh.ts';
import type { SshTexts } from '../../../i18n/ssh.ts';
import { accessibleUi } from '../../../sort-flow/accessible/ui.ts';
import { makeSortStyle, runSort, terminalUi } from '../../../sort-flow/index.ts';
import type { SortUi } from '../../../sort-flow/index.ts';
import type { Intake } from '../intake.ts';
import { hostSink } from './host-sink.ts';
import type { NameHolds } from './host-sink.ts';
import type { SessionEnd, SshSessionIo } from './ssh-server.ts';

/**
 * One participant's sort over SSH: exactly the terminal sort (`qsort sort`),
 * in the study's language, coloured for the participant's terminal, at its
 * size — or, without a pty (`ssh -T`), the line-by-line sort of
 * `qsort sort --accessible`; drafts and the finished sort on the
 * facilitator's side (host-sink.ts).
 */
export interface SshSortContext {
  readonly study: Study;
  readonly dir: string;
  readonly lang: Lang;
  readonly intake: Intake;
  readonly holds: NameHolds;
  /** The idle timeout, for the message when it closes a session. */
  readonly idleMinutes: number;
  /** Something unexpected went wrong in a session (for the server's log); the other sessions go on. */
  readonly onError?: (error: unknown) => void;
  /** Progress events within one step at most this often (default 1000 ms). */
  readonly throttleMs?: number;
}

/** The colour level for the participant's terminal: NO_COLOR (when their client sends it) and TERM=dumb turn it off. */
export function colourLevelFor(term: string, env: Readonly<Record<string, string>>): 0 | 1 | 2 | 3 {
  if ((env['NO_COLOR'] ?? '') !== '' || term === '' || term === 'dumb') return 0;
  if (/^(truecolor|24bit)$/i.test(env['COLORTERM'] ?? '')) return 3;
  return /256|direct/.test(term) ? 2 : 1;
}

const SHOW_CURSOR = '\x1B[?25h';

/** Runs the sort of one session; resolves with the exit status (never rejects). */
export async function runSshSort(io: SshSessionIo, context: SshSortContext): Promise<number> {
  const texts = sshTexts(context.lang);
  const style = makeSortStyle(colourLevelFor(io.term, io.env));
  let closeUi = (): void => undefined;
  const sink = hostSink({ dir: context.dir, intake: context.intake, holds: context.holds, texts, ...(context.throttleMs !== undefined ? { throttleMs: context.throttleMs } : {}) });
  try {
    let ui: SortUi;
    if (io.lineMode) {
      const lines = accessibleUi(io.keys, io.screen, style, context.lang, io.signal);
      closeUi = () => lines.close();
      ui = lines;
    } else ui = await terminalUi(io.screen, style, io.keys, io.signal);
    await runSort({
      study: context.study,
      sink,
      ui,
      lang: context.lang,
      style,
      resumeCommand: (participant) => texts.resume(io.command, participant),
      now: context.intake.now,
    });
    io.screen.write(SHOW_CURSOR);
    return 0;
  } catch (error) {
    return ended(io, error, texts, context);
  } finally {
    closeUi();
    sink.release();
  }
}

/** The last lines of a session that did not finish: why, where the sort is, how to continue. */
function ended(io: SshSessionIo, error: unknown, texts: SshTexts, context: SshSortContext): number {
  const reason = io.signal.aborted ? (io.signal.reason as SessionEnd) : undefined;
  if (reason === 'gone') return 255;
  const lines: string[] = [];
  if (reason === 'idle') lines.push(texts.idleClosed(context.idleMinutes));
  if (reason === 'closing') lines.push(texts.serverClosing);
  let status: number;
  if (error instanceof AbortError) {
    lines.push(errorText(error, context.lang));
    status = error.exitCode;
  } else if (error instanceof QError) {
    lines.push(errorText(error, context.lang));
    status = error.exitCode;
  } else if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    // Stopped before a name was given: nothing is kept, nothing to continue.
    status = 130;
  } else {
    context.onError?.(error);
    lines.push(texts.internalError);
    status = 1;
  }
  io.screen.write(`${SHOW_CURSOR}\n${lines.map((l) => `${l}\n`).join('')}`);
  return status;
}
