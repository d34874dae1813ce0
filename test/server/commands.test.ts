import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Study } from '../../src/core/types.ts';
import { createServer } from '../../src/workshop/host/app.ts';
import { listOutbox } from '../../src/workshop/join/outbox.ts';
import { runInProcess } from '../helpers/cli.ts';
import { sortFiles, studyFolder, validSort } from './helpers.ts';

const CODE = 'PAPER7';
let server: { dir: string; study: Study; cleanup: () => Promise<void> };
let laptop: { dir: string; cleanup: () => Promise<void> };
let app: FastifyInstance | undefined;
let url: string;

async function start(port = 0): Promise<void> {
  app = await createServer({ dir: server.dir, study: server.study, code: CODE, facilitatorToken: 'token-for-command-tests' });
  await app.listen({ host: '127.0.0.1', port });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

beforeEach(async () => {
  server = await studyFolder();
  laptop = await studyFolder();
  await start();
});

afterEach(async () => {
  await app?.close();
  await server.cleanup();
  await laptop.cleanup();
});

const scoresOption = (participant: string, seed = 0): string =>
  Object.entries(validSort(server.study, participant, seed).scores)
    .map(([id, score]) => `${id}=${score}`)
    .join(',');

const qsort = (...argv: string[]) => runInProcess(argv, { cwd: laptop.dir });

describe('qsort add --to URL --code CODE', () => {
  it('sends a paper sort to the workshop server', async () => {
    const r = await qsort('add', '-p', 'anne', '-t', 'Sales', '--scores', scoresOption('anne'), '--to', url, '--code', CODE.toLowerCase());
    expect(r).toMatchObject({ code: 0, stdout: `Sent the sort of "anne" (team Sales) to ${url}: stored\n`, stderr: '' });
    expect(await sortFiles(server.dir)).toEqual(['anne.json']);
    expect(await sortFiles(laptop.dir)).toEqual([]);
    expect(await listOutbox(laptop.dir)).toEqual([]);
  });

  it('needs both --to and --code, and no --replace', async () => {
    expect(await qsort('add', '-p', 'anne', '--scores', scoresOption('anne'), '--to', url)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--to and --code go together/) });
    expect(await qsort('add', '-p', 'anne', '--scores', scoresOption('anne'), '--to', url, '--code', CODE, '--replace')).toMatchObject({ code: 2 });
    expect(await sortFiles(server.dir)).toEqual([]);
  });

  it('reports a sort the server refuses, with the reason (exit code 3)', async () => {
    await qsort('add', '-p', 'anne', '--scores', scoresOption('anne'), '--to', url, '--code', CODE);
    const again = await qsort('add', '-p', 'anne', '--scores', scoresOption('anne', 2), '--to', url, '--code', CODE);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/^error: the server refused the sort of "anne": participant "anne" already has a sort in this study; choose another name \(kept in outbox[/\\]refused[/\\].+\.json\)\n$/);
  });
});

describe('qsort sync', () => {
  it('says when there is nothing to send', async () => {
    expect(await qsort('sync')).toEqual({ code: 0, stdout: '', stderr: 'the outbox is empty: every sort was delivered\n' });
  });

  it('keeps what cannot be delivered (exit code 4) and sends it once the server is back', async () => {
    // The study is fetched first, so the server goes away between fetching and sending: simulate with a sort queued by hand.
    const { sendSort } = await import('../../src/workshop/join/outbox.ts');
    const port = Number(new URL(url).port);
    await app?.close();
    app = undefined;
    await sendSort(laptop.dir, { url, code: CODE }, validSort(server.study, 'bob'), { retries: 0, sleep: async () => undefined });

    const down = await qsort('sync');
    expect(down.code).toBe(4);
    expect(down.stdout).toBe(`waiting   bob → ${url}: cannot send the sort to ${url}: connection refused (is the server running?)\n`);
    expect(down.stderr).toMatch(/1 sort is still waiting in the outbox; run "qsort sync" again when the server is reachable\n$/);

    await start(port);
    const up = await qsort('sync', '--json');
    expect(up.code).toBe(0);
    expect(JSON.parse(up.stdout)).toEqual([expect.objectContaining({ participant: 'bob', result: { kind: 'sent', result: { status: 'stored', sortId: 'sort-bob' } } })]);
    expect(await sortFiles(server.dir)).toEqual(['bob.json']);
    expect(await qsort('sync')).toMatchObject({ code: 0, stdout: '' });
  });
});
