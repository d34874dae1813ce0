import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { pickLang, studyDir } from './context.ts';
import { localText } from '../core/text.ts';
import type { Deps } from '../deps.ts';
import { IoError, QError } from '../errors.ts';
import { DASHBOARD_TEXT } from '../i18n/dashboard.ts';
import { SORTS_DIR, readStudy } from '../study/study-folder.ts';
import type { DashboardState } from '../workshop/host/dashboard.ts';
import { formatEventLine } from '../workshop/host/dashboard.ts';
import { createServer } from '../workshop/host/app.ts';
import type { ServerEvent } from '../workshop/host/app.ts';
import { runLiveDashboard } from '../workshop/host/live-dashboard.ts';
import { joinHosts, joinUrls } from '../workshop/host/network.ts';
import { startWorkshopSsh } from '../workshop/host/ssh/index.ts';
import type { WorkshopSsh, WorkshopSshOptions } from '../workshop/host/ssh/index.ts';
import { joinCommand } from '../workshop/host/page.ts';
import { ProgressBoard } from '../workshop/host/progress.ts';
import { rankSessionSorts, viewpointSummary } from '../study-analysis/session-ranking.ts';
import { loadOrCreateSession } from '../workshop/host/session.ts';
import type { Session } from '../workshop/host/session.ts';
import type { Intake } from '../workshop/host/intake.ts';
import type { FastifyInstance } from 'fastify';
import type { Study } from '../core/types.ts';
import { SortStore } from '../workshop/host/store.ts';
import type { Lang } from '../core/types.ts';

export interface ServeCommandOptions {
  study?: string;
  port: number;
  host: string;
  expect?: number;
  code?: string;
  plain?: boolean;
  lang?: Lang;
  rateLimit: number;
  /** false with --no-ssh. */
  ssh: boolean;
  sshPort: number;
  /** Minutes without a key press before an SSH session is closed. */
  sshIdle: number;
  sshMaxSessions: number;
}

function listenError(error: unknown, host: string, port: number): QError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new IoError(`port ${port} is already in use; choose another with --port, e.g. --port ${port + 1}`, { cause: error });
  if (code === 'EACCES') return new IoError(`no permission to use port ${port}; choose a port above 1023`, { cause: error });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new IoError(`${host} is not an address of this computer; leave out --host to listen on every network`, { cause: error });
  }
  return new IoError(`cannot start the server on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** Starts the SSH side on the HTTP server's address; its sessions share the intake (store, board, events). */
function startSsh(opts: ServeCommandOptions, deps: Deps, shared: Pick<WorkshopSshOptions, 'dir' | 'study' | 'lang' | 'code' | 'intake'>): Promise<WorkshopSsh> {
  return startWorkshopSsh({
    ...shared,
    host: opts.host,
    port: opts.sshPort,
    hosts: joinHosts(opts.host, networkInterfaces()),
    maxSessions: opts.sshMaxSessions,
    idleMinutes: opts.sshIdle,
    onError: (error) => deps.stderr.write(`internal error in an SSH session (please report; the other sessions go on): ${error instanceof Error ? error.message : String(error)}\n`),
  });
}

/** Resolves on SIGINT, SIGTERM or SIGHUP; `dispose` removes the handlers. */
function stopSignal(): { stopped: Promise<void>; dispose: () => void } {
  let dispose = (): void => undefined;
  const stopped = new Promise<void>((resolve) => {
    const on = (): void => resolve();
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const s of signals) process.once(s, on);
    dispose = () => {
      for (const s of signals) process.off(s, on);
    };
  });
  return { stopped, dispose };
}


/** What participants are shown to join: the HTTP addresses, and the SSH commands when SSH is on. */
interface JoinInfo {
  readonly urls: readonly string[];
  readonly code: string;
  readonly ssh?: { readonly commands: readonly string[]; readonly fingerprint: string };
}

/** The lines before the dashboard (and all of `--plain`'s head): every address, the code, the commands to type. */
function joinLines(info: JoinInfo): string {
  const first = info.urls[0] ?? '';
  const lines = [...info.urls.map((u) => `url  ${u}`), `code ${info.code}`];
  if (info.ssh) lines.push(...info.ssh.commands.slice(0, 1).map((c) => `ssh ${c}`), `fingerprint ${info.ssh.fingerprint}`);
  lines.push(`join ${joinCommand(first, info.code)}`);
  return `${lines.join('\n')}\n`;
}

/** The HTTP server and (unless --no-ssh) the SSH server beside it, sharing one intake; on a failure neither is left listening. */
async function startServers(
  opts: ServeCommandOptions,
  deps: Deps,
  ctx: { readonly dir: string; readonly study: Study; readonly session: Session; readonly intake: Intake },
): Promise<{ app: FastifyInstance; ssh: WorkshopSsh | undefined }> {
  const { dir, study, session, intake } = ctx;
  let ssh: WorkshopSsh | undefined;
  const app = await createServer({
    dir,
    study,
    code: session.code,
    facilitatorToken: session.facilitatorToken,
    store: intake.store,
    board: intake.board,
    now: deps.now,
    rateLimit: { max: opts.rateLimit, timeWindowMs: 60_000 },
    onEvent: intake.emit,
    ssh: () => (ssh ? { port: ssh.port, fingerprint: ssh.fingerprint } : undefined),
  });
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (error) {
    await app.close();
    throw listenError(error, opts.host, opts.port);
  }
  try {
    if (opts.ssh) ssh = await startSsh(opts, deps, { dir, study, lang: pickLang(undefined, study.language, deps.env), code: session.code, intake });
  } catch (error) {
    await app.close();
    throw error;
  }
  return { app, ssh };
}

/** `qsort serve`: starts the server and shows the dashboard (TTY) or the event log (--plain / no TTY) until stopped. */
export async function runServe(opts: ServeCommandOptions, deps: Deps): Promise<void> {
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const session = await loadOrCreateSession(dir, { ...(opts.code !== undefined ? { code: opts.code } : {}), now: deps.now() });
  const lang = pickLang(opts.lang, study.language, deps.env);
  const store = await SortStore.open(dir, study);
  const board = new ProgressBoard(study.statements.length);
  const listeners = new Set<(event: ServerEvent) => void>();
  const emit = (event: ServerEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const { app, ssh } = await startServers(opts, deps, { dir, study, session, intake: { study, store, board, now: deps.now, emit } });
  const { stopped, dispose } = stopSignal();
  try {
    const port = (app.server.address() as AddressInfo).port;
    const urls = joinUrls(opts.host, port, networkInterfaces());
    const first = urls[0] ?? `http://127.0.0.1:${port}`;
    const local = opts.host === '0.0.0.0' || opts.host === '::' ? `http://127.0.0.1:${port}` : first;
    const interactive = deps.isInteractive && !opts.plain;
    const qrText = await QRCode.toString(`${first}/?code=${session.code}`, { type: 'terminal', small: true });
    const qr = deps.colorLevel === 0 ? qrText.replace(/\x1b\[[0-9;]*m/g, '') : qrText;
    const info: JoinInfo = { urls, code: session.code, ...(ssh ? { ssh: { commands: ssh.commands, fingerprint: ssh.fingerprint } } : {}) };
    // Also before the dashboard: after it closes, the join commands stay in the terminal's scrollback.
    deps.stdout.write(joinLines(info));
    // --plain in a terminal: the QR code under the join lines, where a phone can scan it (never into a log file).
    if (!interactive && deps.stdout.isTTY === true) deps.stdout.write(qr);
    deps.stderr.write(
      `facilitator only — the results of this session:\n` +
        `  curl -H "authorization: Bearer ${session.facilitatorToken}" ${local}/api/results\n` +
        `  (the token is also in ${join(dir, 'session.json')})\n`,
    );
    if (!interactive) {
      listeners.add((event) => deps.stdout.write(`${formatEventLine(event, deps.now())}\n`));
      await stopped;
    } else {
      const state = (): DashboardState => ({
        lang,
        title: study.title,
        instruction: localText(study.instruction, lang),
        joinUrls: urls,
        code: session.code,
        ...(info.ssh ? { ssh: info.ssh } : {}),
        ...(opts.expect !== undefined ? { expect: opts.expect } : {}),
        participants: board.list(),
        storedCount: store.count,
      });
      await runLiveDashboard({
        stdin: deps.stdin,
        stdout: deps.stdout,
        state,
        qr,
        ranking: () => ({ ranking: rankSessionSorts(study, store.sorts(), lang), sortCount: store.count }),
        analysis: () => viewpointSummary(study, store.sorts(), lang),
        subscribe: (listener) => {
          const l = (): void => listener();
          listeners.add(l);
          return () => listeners.delete(l);
        },
        stopped,
        closeNotice: DASHBOARD_TEXT[lang].closeNotice,
      });
    }
  } finally {
    dispose();
    // SSH first: its sessions are told the session closed, and their last drafts are written.
    await ssh?.server.close();
    listeners.clear();
    await app.close();
  }
  deps.stderr.write(
    `session closed: ${store.count} ${store.count === 1 ? 'sort' : 'sorts'} in ${join(dir, SORTS_DIR)}\n` +
      `continue later with the same code: qsort serve --study ${dir}\n`,
  );
}
