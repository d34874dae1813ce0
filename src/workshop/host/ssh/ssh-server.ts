import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server as TcpServer, Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ServerChannel, Session } from 'ssh2';
import type { SshTexts } from '../../../i18n/ssh.ts';
import type { ServerEvent } from '../events.ts';
import { printable } from '../dashboard.ts';
import { normalizeCode, sameSecret } from '../session.ts';
import { ChannelKeys, ChannelScreen, filterKeys } from './channel-terminal.ts';
import type { HostKey } from './host-key.ts';
import { FailedLogins } from './failed-logins.ts';
import { sshCommand } from './command.ts';

/**
 * The SSH side of `qsort serve`: the participant types `ssh -p 2222 CODE@host`
 * and gets the sort in their own terminal. The session code is the login name
 * (no password); the only thing a session can do is run the sort: every exec,
 * subsystem (sftp), port forwarding, agent or X11 request is refused.
 */

/** Why a session's signal was aborted (its `reason`). */
export type SessionEnd = 'gone' | 'idle' | 'stop' | 'closing';

/** One participant's session, as the sort runner gets it. */
export interface SshSessionIo {
  readonly keys: ChannelKeys;
  readonly screen: ChannelScreen;
  /** Aborted (reason: a SessionEnd) when the client goes, is idle too long, presses Ctrl-D, or the server closes. */
  readonly signal: AbortSignal;
  /** The client's TERM (from the pty request; '' without one). */
  readonly term: string;
  /**
   * No pty (`ssh -T`): the client's own terminal echoes and edits each line
   * and sends it on Enter, the way a screen reader expects; the sort runs
   * line by line (qsort sort --accessible).
   */
  readonly lineMode: boolean;
  /** Environment variables the client sent (only NO_COLOR, COLORTERM and LANG are kept). */
  readonly env: Readonly<Record<string, string>>;
  readonly ip: string;
  /** The exact command to connect again (the address this client used). */
  readonly command: string;
}

/** Runs the sort of one session; resolves with the exit status for the client. Must not reject. */
export type SessionRunner = (io: SshSessionIo) => Promise<number>;

export interface SshServerOptions {
  readonly hostKey: HostKey;
  readonly code: string;
  readonly texts: SshTexts;
  readonly run: SessionRunner;
  /** Sessions at once (default 60). */
  readonly maxSessions?: number;
  /** A session without a key press for this long is closed (default 30 minutes). */
  readonly idleMs?: number;
  /** Keepalive interval; a client that misses 3 in a row is dropped (default 15 s). */
  readonly keepaliveMs?: number;
  /** Time from connecting to a running sort (default 60 s). */
  readonly loginTimeoutMs?: number;
  /** Wrong codes from one address before it must wait (default 20 per minute). */
  readonly failedLogins?: { readonly max: number; readonly windowMs: number };
  readonly onEvent?: (event: ServerEvent) => void;
}

export interface SshServer {
  readonly port: number;
  /** Sessions running a sort now. */
  readonly sessionCount: number;
  /** Stops accepting, tells every running session, waits for them to end (briefly), closes all connections. */
  close(): Promise<void>;
}

export const SSH_DEFAULTS = { maxSessions: 60, idleMs: 30 * 60_000, keepaliveMs: 15_000, loginTimeoutMs: 60_000, failedLogins: { max: 20, windowMs: 60_000 } } as const;

const KEPT_ENV = new Set(['NO_COLOR', 'COLORTERM', 'LANG']);


/** "::ffff:192.168.1.20" → "192.168.1.20". */
const plainAddress = (address: string | undefined): string => (address ?? '127.0.0.1').replace(/^::ffff:/, '');

interface ServerState {
  readonly options: SshServerOptions;
  readonly settings: typeof SSH_DEFAULTS & Pick<SshServerOptions, 'maxSessions' | 'idleMs'>;
  readonly failures: FailedLogins;
  readonly sessions: Set<AbortController>;
  readonly running: Set<Promise<unknown>>;
  /** By the client's address and port: the address and port it connected to, and its login timer. */
  readonly local: Map<string, { readonly address: string; readonly port: number; readonly timer: NodeJS.Timeout }>;
  closing: boolean;
}

/** Starts the SSH server on `host:port` (0: any free port). Rejects with the listen error (EADDRINUSE, EACCES…). */
export async function startSshServer(options: SshServerOptions, listen: { readonly host: string; readonly port: number }): Promise<SshServer> {
  const settings = {
    ...SSH_DEFAULTS,
    ...(options.maxSessions !== undefined ? { maxSessions: options.maxSessions } : {}),
    ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
    ...(options.keepaliveMs !== undefined ? { keepaliveMs: options.keepaliveMs } : {}),
    ...(options.loginTimeoutMs !== undefined ? { loginTimeoutMs: options.loginTimeoutMs } : {}),
    ...(options.failedLogins !== undefined ? { failedLogins: options.failedLogins } : {}),
  } as ServerState['settings'];
  const state: ServerState = { options, settings, failures: new FailedLogins(settings.failedLogins), sessions: new Set(), running: new Set(), local: new Map(), closing: false };
  const ssh = new ssh2.Server(
    { hostKeys: [options.hostKey.privateKey], ident: 'qsort', keepaliveInterval: settings.keepaliveMs, keepaliveCountMax: 3 },
    (client, info) => onConnection(state, client, info.ip, info.port),
  );
  ssh.on('error', () => undefined);
  const sockets = new Set<Socket>();
  const tcp: TcpServer = createTcpServer({ noDelay: true, keepAlive: true }, (socket) => {
    // A bound on connections that never log in, so a flood cannot exhaust the server.
    if (sockets.size >= settings.maxSessions * 2 + 20) return void socket.destroy();
    sockets.add(socket);
    const key = `${plainAddress(socket.remoteAddress)}:${socket.remotePort ?? 0}`;
    // Until its sort starts, a connection has loginTimeoutMs (a client that never logs in holds nothing for long).
    const timer = setTimeout(() => socket.destroy(), settings.loginTimeoutMs);
    timer.unref();
    state.local.set(key, { address: plainAddress(socket.localAddress), port: socket.localPort ?? 0, timer });
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearTimeout(timer);
      sockets.delete(socket);
      state.local.delete(key);
    });
    ssh.injectSocket(socket);
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(listen.port, listen.host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
  tcp.on('error', () => undefined);
  return {
    port: (tcp.address() as AddressInfo).port,
    get sessionCount() {
      return state.sessions.size;
    },
    async close() {
      state.closing = true;
      const closed = new Promise<void>((resolve) => tcp.close(() => resolve()));
      for (const session of state.sessions) session.abort('closing' satisfies SessionEnd);
      await Promise.race([Promise.allSettled([...state.running]), new Promise((r) => setTimeout(r, 2000).unref())]);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function onConnection(state: ServerState, client: Connection, ip: string, port: number): void {
  const address = plainAddress(ip);
  const local = state.local.get(`${address}:${port}`);
  const command = sshCommand(state.options.code, local?.address ?? '127.0.0.1', local?.port ?? 22);
  client.on('error', () => undefined);
  // A wrong code is told with the command's shape, never with the code itself.
  client.on('authentication', authenticator(state, address, sshCommand('CODE', local?.address ?? '127.0.0.1', local?.port ?? 22)));
  client.on('request', (_accept, reject) => reject?.());
  client.on('tcpip', (_accept, reject) => refuse(state, reject, address, 'port forwarding'));
  client.on('openssh.streamlocal', (_accept, reject) => refuse(state, reject, address, 'socket forwarding'));
  let opened = false;
  client.on('session', (accept, reject) => {
    // One session per connection (a multiplexing client cannot start a second sort on one login).
    if (opened || state.closing) return reject();
    opened = true;
    onSession(state, accept(), { ip: address, command, started: () => clearTimeout(local?.timer) });
  });
}

function refuse(state: ServerState, reject: (() => void) | undefined, ip: string, what: string): void {
  state.options.onEvent?.({ type: 'refused', status: 403, reason: `ssh: ${what} refused`, ip });
  reject?.();
}

/**
 * The login: the session code as the user name, accepted with no password.
 * A wrong code is told once, in one line (a keyboard-interactive round with no
 * questions, which OpenSSH and PuTTY print), then refused. The line is plain
 * ASCII: OpenSSH shows other characters as octal escapes outside a UTF-8 locale.
 */
function authenticator(state: ServerState, ip: string, template: string): (ctx: AuthContext) => void {
  const { texts } = state.options;
  let counted = false;
  let told = false;
  return (ctx) => {
    const right = sameSecret(normalizeCode(ctx.username), normalizeCode(state.options.code));
    const wait = state.failures.waitSeconds(ip);
    if (right && wait === 0) return ctx.accept();
    if (!right && !counted) {
      counted = true;
      if (state.failures.fail(ip)) state.options.onEvent?.({ type: 'refused', status: 429, reason: 'ssh: too many wrong codes', ip });
      else state.options.onEvent?.({ type: 'refused', status: 401, reason: 'ssh: wrong session code', ip });
    }
    if (ctx.method !== 'keyboard-interactive' || told) return ctx.reject(['keyboard-interactive']);
    told = true;
    const blocked = state.failures.waitSeconds(ip);
    const line = blocked > 0 ? texts.tooManyFailures(blocked) : texts.wrongCode(ctx.username.slice(0, 40).replace(/[^\x20-\x7e]/g, '?'), template);
    ctx.prompt([], '', line, () => ctx.reject(['keyboard-interactive']));
  };
}

interface SessionSetup {
  term: string | undefined;
  columns: number;
  rows: number;
  readonly env: Record<string, string>;
  screen: ChannelScreen | undefined;
}

interface Who {
  readonly ip: string;
  readonly command: string;
  /** The sort starts: the login timer stops. */
  readonly started: () => void;
}

function onSession(state: ServerState, session: Session, who: Who): void {
  const setup: SessionSetup = { term: undefined, columns: 80, rows: 24, env: {}, screen: undefined };
  session.on('pty', (accept, _reject, info) => {
    Object.assign(setup, { term: info.term || 'xterm', columns: info.cols || 80, rows: info.rows || 24 });
    accept?.();
  });
  session.on('window-change', (accept, _reject, info) => {
    setup.columns = info.cols || setup.columns;
    setup.rows = info.rows || setup.rows;
    setup.screen?.resize({ columns: setup.columns, rows: setup.rows });
    accept?.();
  });
  session.on('env', (accept, _reject, info) => {
    if (KEPT_ENV.has(info.key) && Object.keys(setup.env).length < 8) setup.env[info.key] = String(info.val).slice(0, 100);
    accept?.();
  });
  session.on('signal', (accept) => accept?.());
  session.on('x11', (_accept, reject) => refuse(state, reject, who.ip, 'X11 forwarding'));
  session.on('auth-agent', (_accept, reject) => refuse(state, reject, who.ip, 'agent forwarding'));
  session.on('sftp', (_accept, reject) => refuse(state, reject, who.ip, 'sftp'));
  session.on('subsystem', (_accept, reject, info) => refuse(state, reject, who.ip, `subsystem ${printable(info.name)}`));
  session.on('exec', (accept, _reject, info) => {
    state.options.onEvent?.({ type: 'refused', status: 403, reason: `ssh: command refused (${printable(info.command.slice(0, 60))})`, ip: who.ip });
    endWith(accept(), state.options.texts.onlyTheSort(who.command), 126);
  });
  session.on('shell', (accept) => {
    const channel = accept();
    if (state.sessions.size >= state.settings.maxSessions) {
      state.options.onEvent?.({ type: 'refused', status: 503, reason: 'ssh: the session is full', ip: who.ip });
      return endWith(channel, state.options.texts.full(state.settings.maxSessions), 1);
    }
    who.started();
    const running = runSession(state, channel, setup, who).finally(() => state.running.delete(running));
    state.running.add(running);
  });
}

/** A one-line refusal on the client's stderr, then the exit status and the end of the channel. */
function endWith(channel: ServerChannel, line: string, status: number): void {
  channel.stderr.write(`${line}\r\n`);
  channel.exit(status);
  channel.end();
}

async function runSession(state: ServerState, channel: ServerChannel, setup: SessionSetup, who: Who): Promise<void> {
  const control = new AbortController();
  state.sessions.add(control);
  const keys = new ChannelKeys();
  const screen = new ChannelScreen(channel, { columns: setup.columns, rows: setup.rows });
  setup.screen = screen;
  const idle = setTimeout(() => control.abort('idle' satisfies SessionEnd), state.settings.idleMs);
  idle.unref();
  channel.on('data', (data: Buffer) => {
    idle.refresh();
    const { keys: safe, stop } = filterKeys(data);
    if (safe.length > 0) keys.write(safe);
    if (stop) control.abort('stop' satisfies SessionEnd);
  });
  channel.on('error', () => undefined);
  // End of input (Ctrl-D at a line-mode client's own terminal): the keys end, and the flow stops as on Ctrl-D.
  channel.once('end', () => keys.end());
  channel.once('close', () => control.abort('gone' satisfies SessionEnd));
  let status = 1;
  try {
    const lineMode = setup.term === undefined;
    const command = lineMode ? who.command.replace(/^ssh /, 'ssh -T ') : who.command;
    const io = { keys, screen, signal: control.signal, term: setup.term ?? '', lineMode, env: { ...setup.env }, ip: who.ip, command };
    status = await state.options.run(io);
  } catch {
    status = 1;
  } finally {
    clearTimeout(idle);
    state.sessions.delete(control);
    keys.end();
    screen.close();
  }
  if (control.signal.reason !== 'gone') {
    channel.exit(status);
    channel.end();
  }
}
