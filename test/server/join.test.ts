import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Study } from '../../src/core/types.ts';
import { createServer } from '../../src/workshop/host/app.ts';
import { joinedFolder, joinedFolderName, joinedFolders, outboxFolders, qsortHome } from '../../src/workshop/join/joined-folder.ts';
import { listOutbox, sendSort } from '../../src/workshop/join/outbox.ts';
import { runInProcess } from '../helpers/cli.ts';
import { sortFiles, studyFolder, validSort } from './helpers.ts';

/** `qsort sort --join` up to the sort itself, and `qsort sync` for joined sessions (the sort in a terminal: test/e2e/join-tmux). */

const CODE = 'JOIN42';
let server: { dir: string; study: Study; cleanup: () => Promise<void> };
let app: FastifyInstance | undefined;
let url: string;
let home: string;
let elsewhere: string;

async function start(port = 0): Promise<void> {
  app = await createServer({ dir: server.dir, study: server.study, code: CODE, facilitatorToken: 'token-for-join-tests' });
  await app.listen({ host: '127.0.0.1', port });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** A port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeEach(async () => {
  server = await studyFolder();
  home = await mkdtemp(join(tmpdir(), 'qsort-home-'));
  elsewhere = await mkdtemp(join(tmpdir(), 'qsort-cwd-'));
  await start();
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await server.cleanup();
});

const qsort = (argv: string[], interactive = false) => runInProcess(argv, { cwd: elsewhere, env: { QSORT_HOME: home }, interactive });

describe('the joined sessions folder', () => {
  it('is $QSORT_HOME (relative to the working folder), else ~/.qsort; none without a home', () => {
    expect(qsortHome({ QSORT_HOME: '/q', HOME: '/h' }, '/cwd')).toBe('/q');
    expect(qsortHome({ QSORT_HOME: 'q' }, '/cwd')).toBe(join('/cwd', 'q'));
    expect(qsortHome({ HOME: '/h' }, '/cwd')).toBe(join('/h', '.qsort'));
    expect(qsortHome({ USERPROFILE: 'C:\\Users\\an' }, '/cwd')).toBe(join('C:\\Users\\an', '.qsort'));
    expect(qsortHome({}, '/cwd')).toBeUndefined();
  });

  it('has one folder per server and code, named safely; the code in capitals as the server compares it', () => {
    expect(joinedFolderName('http://192.168.1.20:8080', ' k7pm3q ')).toBe('192.168.1.20-8080-K7PM3Q');
    expect(joinedFolderName('http://laptop.local', 'AB-CD')).toBe('laptop.local-80-AB-CD');
    expect(joinedFolderName('http://[fe80::1]:9000', 'ABCD')).toBe('fe80-1-9000-ABCD');
    expect(joinedFolder('/q', 'http://10.0.0.5:8080', 'abcd')).toBe(join('/q', 'joined', '10.0.0.5-8080-ABCD'));
  });

  it('sync looks in the study folder first, then in every joined session', async () => {
    expect(await joinedFolders(home)).toEqual([]);
    await sendSort(joinedFolder(home, 'http://10.0.0.9:1', 'BBBB'), { url: 'http://10.0.0.9:1', code: 'BBBB' }, validSort(server.study, 'x'), { retries: 0, fetch: async () => new Response(null, { status: 503 }) });
    await sendSort(joinedFolder(home, 'http://10.0.0.8:1', 'AAAA'), { url: 'http://10.0.0.8:1', code: 'AAAA' }, validSort(server.study, 'y'), { retries: 0, fetch: async () => new Response(null, { status: 503 }) });
    expect(await outboxFolders('/study', { QSORT_HOME: home }, '/')).toEqual(['/study', joinedFolder(home, 'http://10.0.0.8:1', 'AAAA'), joinedFolder(home, 'http://10.0.0.9:1', 'BBBB')]);
    expect(await outboxFolders('/study', {}, '/')).toEqual(['/study']);
  });
});

describe('qsort sort --join: before the sort starts', () => {
  it('a server that cannot be reached: one line naming the address, exit code 4, nothing kept', async () => {
    const port = await closedPort();
    const result = await qsort(['sort', '--join', `127.0.0.1:${port}`, '--code', CODE, '--participant', 'Ann'], true);
    expect(result).toEqual({
      code: 4,
      stdout: '',
      stderr: `error: cannot fetch the study from http://127.0.0.1:${port}: connection refused (is the server running?)\n`,
    });
    expect(existsSync(join(home, 'joined'))).toBe(false);
  });

  it('a wrong code: exit code 2, saying to check the code', async () => {
    const result = await qsort(['sort', '--join', url, '--code', 'WRONG9', '--participant', 'Ann'], true);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: the server at ${url} did not accept the session code (wrong session code); check the code on the facilitator's screen\n`);
  });

  it('a name someone else already sent a sort under: exit code 3, before the sort starts', async () => {
    const other = await mkdtemp(join(tmpdir(), 'qsort-other-'));
    await sendSort(other, { url, code: CODE }, validSort(server.study, 'Ann'));
    const result = await qsort(['sort', '--join', url, '--code', CODE, '--participant', 'ann'], true);
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: `error: the name "ann" is already used in the session at ${url}; choose another name with --participant (add an initial, for example)\n`,
    });
    expect(await readdir(join(joinedFolder(home, url, CODE)))).toEqual(['study.json']);
  });

  it('refuses --code without --join, --study with --join, and runs only in a terminal', async () => {
    expect(await qsort(['sort', '--code', CODE], true)).toMatchObject({ code: 2, stderr: 'error: --code goes with --join: the address of the workshop server\n' });
    expect(await qsort(['sort', '--join', url, '--code', CODE, '--study', '.'], true)).toMatchObject({ code: 2, stderr: expect.stringContaining('--study and --join exclude each other') });
    expect(await qsort(['sort', '--join', url], true)).toMatchObject({ code: 2, stderr: expect.stringContaining('--join needs --code') });
    // usage errors first, also without a terminal
    expect(await qsort(['sort', '--join', url])).toMatchObject({ code: 2, stderr: "error: --join needs --code: the session code on the facilitator's screen\n" });
    expect(await qsort(['sort', '--code', CODE])).toMatchObject({ code: 2, stderr: 'error: --code goes with --join: the address of the workshop server\n' });
    expect(await qsort(['sort', '--join', url, '--code', CODE])).toMatchObject({ code: 2, stderr: expect.stringContaining('needs an interactive terminal') });
  });
});

describe('qsort sync and joined sessions', () => {
  it('resends a sort waiting in a joined session, once, from any folder', async () => {
    const port = Number(new URL(url).port);
    const folder = joinedFolder(home, url, CODE);
    await app?.close();
    app = undefined;
    const queued = await sendSort(folder, { url, code: CODE }, validSort(server.study, 'Ann'), { retries: 0 });
    expect(queued.kind).toBe('queued');

    const down = await qsort(['sync']);
    expect(down.code).toBe(4);
    expect(down.stdout).toBe(`waiting   Ann → ${url}: cannot send the sort to ${url}: connection refused (is the server running?)\n`);

    await start(port);
    const up = await qsort(['sync']);
    expect(up).toEqual({ code: 0, stdout: `sent      Ann → ${url}: stored\n`, stderr: '' });
    expect(await sortFiles(server.dir)).toEqual(['Ann.json']);
    expect(await listOutbox(folder)).toEqual([]);
    expect(await qsort(['sync'])).toEqual({ code: 0, stdout: '', stderr: 'the outbox is empty: every sort was delivered\n' });
  });
});
