import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sshTexts } from '../../../i18n/ssh.ts';
import { KEYS, login, shell } from '../../../../test/helpers/ssh.ts';
import type { ServerEvent } from '../app.ts';
import { loadOrCreateHostKey } from './host-key.ts';
import type { HostKey } from './host-key.ts';
import { startSshServer } from './ssh-server.ts';
import type { SessionRunner, SshServer, SshSessionIo } from './ssh-server.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The server's policy with a stand-in for the sort (the runner): who gets in,
 * what a session may do, and that sessions end cleanly. The real sort over
 * SSH is in test/server/ssh-load.test.ts and test/e2e/ssh-tmux.e2e.test.ts.
 */

let dir: string;
let hostKey: HostKey;
let server: SshServer;
let events: ServerEvent[] = [];
let runner: SessionRunner;
const started: SshSessionIo[] = [];

/** A runner that greets, reports its size on each resize, and ends with the key's code when a key arrives. */
const echo: SessionRunner = (io) =>
  new Promise((resolve) => {
    io.screen.write(`hello ${io.term} ${io.screen.columns}x${io.screen.rows}\n`);
    io.screen.on('resize', () => io.screen.write(`size ${io.screen.columns}x${io.screen.rows}\n`));
    io.keys.once('data', (d: Buffer) => resolve(d[0] ?? 0));
    io.signal.addEventListener('abort', () => resolve(99));
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsort-ssh-server-'));
  hostKey = await loadOrCreateHostKey(dir);
  server = await startSshServer(
    {
      hostKey,
      code: 'KLANT24',
      texts: sshTexts('en'),
      run: (io) => {
        started.push(io);
        return runner(io);
      },
      maxSessions: 2,
      idleMs: 400,
      failedLogins: { max: 2, windowMs: 60_000 },
      onEvent: (e) => events.push(e),
    },
    { host: '127.0.0.1', port: 0 },
  );
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  events = [];
  runner = echo;
  started.length = 0;
});

describe('the SSH server', () => {
  it('lets the session code in as the user name (any case), with a pty of the client size and TERM, and follows resizes', async () => {
    const { client } = await login(server.port, 'klant24');
    const s = await shell(client, { term: 'xterm-256color', columns: 100, rows: 30, env: { NO_COLOR: '1', SECRET: 'x' } });
    await s.waitFor('hello xterm-256color 100x30');
    expect(started[0]?.env).toEqual({ NO_COLOR: '1' });
    s.resize(60, 20);
    await s.waitFor('size 60x20');
    expect(s.raw()).toContain('hello xterm-256color 100x30\r\n'); // \n became \r\n
    s.send('A');
    expect(await s.exit).toBe(65);
    client.end();
  });

  // The one-line reason itself is what OpenSSH prints: test/e2e/ssh-tmux.e2e.test.ts (ssh2's client answers it silently).
  it('refuses a wrong code and logs it', async () => {
    const error = (await login(server.port, 'KLANT25').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/authentication methods failed/);
    expect(events).toEqual([{ type: 'refused', status: 401, reason: 'ssh: wrong session code', ip: '127.0.0.1' }]);
    expect(started).toEqual([]);
  });

  it('refuses commands, sftp and port forwarding, and runs nothing', async () => {
    const { client } = await login(server.port, 'KLANT24');
    const exec = await new Promise<{ code: number; stderr: string; stdout: string }>((resolve, reject) =>
      client.exec('touch /tmp/qsort-should-not-exist', (error, channel) => {
        if (error) return reject(error);
        let stderr = '';
        let stdout = '';
        let code = -1;
        channel.on('data', (d: Buffer) => (stdout += d.toString()));
        channel.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        channel.on('exit', (c: number) => (code = c));
        channel.on('close', () => resolve({ code, stderr, stdout }));
      }),
    );
    expect(exec).toEqual({ code: 126, stdout: '', stderr: `qsort: only the Q-sort runs here, no commands. Connect without a command: ssh -p ${server.port} KLANT24@127.0.0.1\r\n` });
    client.end();
    const second = await login(server.port, 'KLANT24');
    const sftp = await new Promise<unknown>((resolve) => second.client.sftp((error) => resolve(error)));
    expect(sftp).toBeInstanceOf(Error);
    second.client.end();
    const third = await login(server.port, 'KLANT24');
    const forward = await new Promise<unknown>((resolve) => third.client.forwardOut('127.0.0.1', 1, '127.0.0.1', 22, (error) => resolve(error)));
    expect(forward).toBeInstanceOf(Error);
    third.client.end();
    expect(started).toEqual([]);
    expect(events.map((e) => (e.type === 'refused' ? e.reason : e.type))).toEqual(['ssh: command refused (touch /tmp/qsort-should-not-exist)', 'ssh: sftp refused', 'ssh: port forwarding refused']);
  });

  it('without a pty (ssh -T) the session runs in line mode, and says so in the command to continue', async () => {
    const { client } = await login(server.port, 'KLANT24');
    const s = await shell(client, { pty: false });
    await s.waitFor('hello  80x24');
    expect(started[0]).toMatchObject({ lineMode: true, term: '', command: `ssh -T -p ${server.port} KLANT24@127.0.0.1` });
    s.send('x');
    expect(await s.exit).toBe(120);
    client.end();
  });

  it('closes a session without keys after the idle time, one that is full, and tells running sessions when it closes', async () => {
    const { client } = await login(server.port, 'KLANT24');
    const s = await shell(client);
    await s.waitFor('hello');
    expect(await s.exit).toBe(99);
    expect(started[0]?.signal.reason).toBe('idle');
    client.end();
  });

  it('keeps at most maxSessions, and one session that fails leaves the others running', async () => {
    runner = (io) => (io.term === 'vt100' ? Promise.reject(new Error('boom')) : echo(io));
    const a = await login(server.port, 'KLANT24');
    const b = await login(server.port, 'KLANT24');
    const c = await login(server.port, 'KLANT24');
    const [sa, sb] = await Promise.all([shell(a.client), shell(b.client)]);
    await Promise.all([sa.waitFor('hello'), sb.waitFor('hello')]);
    const sc = await shell(c.client);
    expect(await sc.exit).toBe(1);
    expect(sc.stderr()).toContain('qsort: the session is full (2 participants at once).');
    sa.send('B');
    expect(await sa.exit).toBe(66);
    const failing = await shell(c.client).catch(() => undefined);
    if (failing) await failing.exit;
    const d = await login(server.port, 'KLANT24');
    const sd = await shell(d.client, { term: 'vt100' });
    expect(await sd.exit).toBe(1);
    sb.send('C');
    expect(await sb.exit).toBe(67);
    for (const l of [a, b, c, d]) l.client.end();
  });

  it('rate-limits wrong codes per address: after the limit also the right code must wait', async () => {
    const own = await startSshServer({ hostKey, code: 'KLANT24', texts: sshTexts('en'), run: echo, failedLogins: { max: 2, windowMs: 60_000 }, onEvent: (e) => events.push(e) }, { host: '127.0.0.1', port: 0 });
    for (const code of ['WRONG1', 'WRONG2', 'WRONG3']) await login(own.port, code).catch(() => undefined);
    const error = (await login(own.port, 'KLANT24').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/authentication methods failed/);
    expect(events.map((e) => (e.type === 'refused' ? e.status : 0))).toEqual([401, 401, 429]);
    await own.close();
  });
});

describe('closing the server', () => {
  it('tells every running session (reason "closing") and ends it', async () => {
    const key = await loadOrCreateHostKey(dir);
    const own = await startSshServer({ hostKey: key, code: 'ABCD', texts: sshTexts('en'), run: (io) => echo(io).then(() => (io.signal.reason === 'closing' ? 42 : 0)) }, { host: '127.0.0.1', port: 0 });
    const { client } = await login(own.port, 'ABCD');
    const s = await shell(client);
    await s.waitFor('hello');
    expect(own.sessionCount).toBe(1);
    await own.close();
    expect(await s.exit).toBe(42);
    client.end();
    void KEYS;
  });
});
