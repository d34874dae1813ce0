import type { Lang, Study } from '../../../core/types.ts';
import { IoError } from '../../../errors.ts';
import { sshTexts } from '../../../i18n/ssh.ts';
import type { Intake } from '../intake.ts';
import { loadOrCreateHostKey } from './host-key.ts';
import type { NameHolds } from './host-sink.ts';
import { runSshSort } from './ssh-sort.ts';
import { sshCommand } from './command.ts';
import { SSH_DEFAULTS, startSshServer } from './ssh-server.ts';
import type { SshServer } from './ssh-server.ts';

export { sshCommand } from './command.ts';
export { SSH_DEFAULTS } from './ssh-server.ts';
export type { SshServer } from './ssh-server.ts';

/** The SSH side of a running workshop: the server, and what the facilitator shows. */
export interface WorkshopSsh {
  readonly server: SshServer;
  readonly port: number;
  /** The host key's fingerprint, as the participants' ssh asks them to check it. */
  readonly fingerprint: string;
  /** The command to type, per address participants can use (`hosts`). */
  readonly commands: readonly string[];
}

export interface WorkshopSshOptions {
  readonly dir: string;
  readonly study: Study;
  /** The participants' language (the study's). */
  readonly lang: Lang;
  readonly code: string;
  readonly intake: Intake;
  /** Where to listen (the same address as the HTTP server). */
  readonly host: string;
  readonly port: number;
  /** The addresses participants can use (network.ts joinHosts). */
  readonly hosts: readonly string[];
  readonly maxSessions?: number;
  readonly idleMinutes?: number;
  readonly onError?: (error: unknown) => void;
}

function listenError(error: unknown, port: number): IoError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new IoError('ssh.port-in-use', { port }, { cause: error });
  if (code === 'EACCES') return new IoError('ssh.port-denied', { port }, { cause: error });
  return new IoError('ssh.listen-failed', { port, detail: error instanceof Error ? error.message : String(error) }, { cause: error });
}

/**
 * Starts the SSH side of `qsort serve`: the study's host key (made on the
 * first run), and every session running the sort against the same intake
 * (store, board, events) as the HTTP server.
 */
export async function startWorkshopSsh(options: WorkshopSshOptions): Promise<WorkshopSsh> {
  const hostKey = await loadOrCreateHostKey(options.dir);
  const holds: NameHolds = new Map();
  const idleMinutes = options.idleMinutes ?? SSH_DEFAULTS.idleMs / 60_000;
  const context = { study: options.study, dir: options.dir, lang: options.lang, intake: options.intake, holds, idleMinutes, ...(options.onError ? { onError: options.onError } : {}) };
  let server: SshServer;
  try {
    server = await startSshServer(
      {
        hostKey,
        code: options.code,
        texts: sshTexts(options.lang),
        run: (io) => runSshSort(io, context),
        idleMs: idleMinutes * 60_000,
        ...(options.maxSessions !== undefined ? { maxSessions: options.maxSessions } : {}),
        onEvent: options.intake.emit,
      },
      { host: options.host, port: options.port },
    );
  } catch (error) {
    throw listenError(error, options.port);
  }
  return { server, port: server.port, fingerprint: hostKey.fingerprint, commands: options.hosts.map((h) => sshCommand(options.code, h, server.port)) };
}
