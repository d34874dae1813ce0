import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Study } from '../../core/types.ts';
import { IoError } from '../../errors.ts';
import { sortFiles, studyFolder, validSort } from '../../../test/server/helpers.ts';
import { createServer } from '../host/app.ts';
import { RefusedError, backoffDelay, fetchStudy, reportProgress, serverOrigin, submitSort } from './client.ts';
import { listOutbox, sendSort, syncOutbox } from './outbox.ts';

const CODE = 'ABCD23';
let dir: string;
let laptop: string;
let study: Study;
let cleanups: (() => Promise<void>)[];
let app: FastifyInstance | undefined;
let url: string;

async function startServer(port = 0): Promise<void> {
  app = await createServer({ dir, study, code: CODE, facilitatorToken: 'token-for-client-tests', rateLimit: false });
  await app.listen({ host: '127.0.0.1', port });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

beforeEach(async () => {
  const server = await studyFolder();
  const participant = await studyFolder();
  ({ dir, study } = server);
  laptop = participant.dir;
  cleanups = [server.cleanup, participant.cleanup];
  await startServer();
});

afterEach(async () => {
  await app?.close();
  for (const c of cleanups) await c();
});

const noWait = { sleep: async () => undefined, baseDelayMs: 1 } as const;

/** A fetch that fails `times` times in the given way, then passes through to the real one. */
function flaky(times: number, fail: () => Promise<Response>): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    fetch: async (input, init) => {
      calls += 1;
      return calls <= times ? fail() : fetch(input, init);
    },
    calls: () => calls,
  };
}

describe('serverOrigin', () => {
  it.each([
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
    ['10.0.0.5:8080', 'http://10.0.0.5:8080'],
    ['http://10.0.0.5:8080/', 'http://10.0.0.5:8080'],
    [' http://laptop.local:9000/?code=X ', 'http://laptop.local:9000'],
  ])('%s → %s', (given, origin) => expect(serverOrigin(given)).toBe(origin));

  it('refuses what is not an http address', () => {
    expect(() => serverOrigin('ftp://x')).toThrow(/not an http/);
    expect(() => serverOrigin('http://')).toThrow(/not a server address/);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, stays within ±25 %, never exceeds the cap by more than the jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 60_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, base, cap, r) => {
        const raw = Math.min(cap, base * 2 ** (attempt - 1));
        const d = backoffDelay(attempt, base, cap, () => r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(raw * 0.75));
        expect(d).toBeLessThanOrEqual(Math.ceil(raw * 1.25));
      }),
    );
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, 500, 8000, () => 0.5))).toEqual([500, 1000, 2000, 4000]);
  });
});

describe('fetchStudy', () => {
  it('returns the study, checked', async () => {
    const got = await fetchStudy(url, CODE.toLowerCase());
    expect(got.statements).toEqual(study.statements);
    expect(got.distribution).toEqual(study.distribution);
  });

  it('throws a RefusedError (exit code 2) for a wrong code, without retrying', async () => {
    const f = flaky(0, async () => new Response());
    const error = await fetchStudy(url, 'WRONG9', { fetch: f.fetch, ...noWait }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedError);
    expect(error).toMatchObject({ status: 401, exitCode: 2 });
    expect(f.calls()).toBe(1);
  });
});

describe('submitSort', () => {
  it('retries network failures and busy answers with backoff, then succeeds', async () => {
    const failures = [
      async () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })),
      async () => new Response(JSON.stringify({ error: 'too many requests' }), { status: 429, headers: { 'retry-after': '1' } }),
      async () => new Response('{}', { status: 503 }),
    ];
    let i = 0;
    const f = flaky(3, () => failures[i++]!());
    const delays: number[] = [];
    const reasons: string[] = [];
    const result = await submitSort(url, CODE, validSort(study, 'anne'), {
      fetch: f.fetch,
      sleep: async (ms) => void delays.push(ms),
      onRetry: (r) => void reasons.push(r.reason),
      baseDelayMs: 10,
    });
    expect(result).toEqual({ status: 'stored', sortId: 'sort-anne' });
    expect(f.calls()).toBe(4);
    expect(reasons).toEqual(['connection refused (is the server running?)', 'the server is busy (too many requests)', 'the server is busy (503 Service Unavailable)']);
    expect(delays[1]).toBeGreaterThanOrEqual(1000); // retry-after honoured
    expect(await sortFiles(dir)).toEqual(['anne.json']);
  });

  it('gives up after the retries with an IoError naming the server', async () => {
    await app?.close();
    const error = await submitSort(url, CODE, validSort(study, 'anne'), { retries: 2, ...noWait }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot send the sort to ${url}: connection refused`));
    expect((error as IoError).nl).toBe(`kan de sortering niet versturen naar ${url}: verbinding geweigerd (draait de server wel?)`);
  });

  it('does not retry a refusal (invalid sort → 422)', async () => {
    const f = flaky(0, async () => new Response());
    const bad = { ...validSort(study, 'anne'), scores: { S1: 2 } };
    const error = await submitSort(url, CODE, bad, { fetch: f.fetch, ...noWait }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, exitCode: 3 });
    expect(f.calls()).toBe(1);
  });
});

describe('reportProgress', () => {
  it("says 'ok' when the server has it and 'failed', without throwing, when it cannot be reached", async () => {
    expect(await reportProgress(url, CODE, { participant: 'anne', step: 'sort', placed: 3 })).toBe('ok');
    expect(await reportProgress(url, 'WRONG9', { participant: 'anne', step: 'sort', placed: 3 })).toBe('failed');
    await app?.close();
    expect(await reportProgress(url, CODE, { participant: 'anne', step: 'sort', placed: 4 })).toBe('failed');
  });

  it("says 'name-taken' when someone else sorts under that name (another sort id), before they sort", async () => {
    expect(await reportProgress(url, CODE, { participant: 'Anne', step: 'joined', placed: 0, sortId: 'first' })).toBe('ok');
    expect(await reportProgress(url, CODE, { participant: 'anne', step: 'joined', placed: 0, sortId: 'second' })).toBe('name-taken');
    expect(await reportProgress(url, CODE, { participant: 'Anne', step: 'sort', placed: 5, sortId: 'first' })).toBe('ok');
    await submitSort(url, CODE, validSort(study, 'bob'));
    expect(await reportProgress(url, CODE, { participant: 'bob', step: 'joined', placed: 0, sortId: 'not-bobs' })).toBe('name-taken');
    expect(await reportProgress(url, CODE, { participant: 'bob', step: 'review', placed: 9, sortId: 'sort-bob' })).toBe('ok');
  });
});

describe('the outbox', () => {
  it('keeps a sort the server cannot take yet, and qsort sync delivers it later', async () => {
    const port = Number(new URL(url).port);
    await app?.close();
    const sort = validSort(study, 'anne');
    const queued = await sendSort(laptop, { url, code: CODE }, sort, { retries: 1, ...noWait });
    expect(queued).toMatchObject({ kind: 'queued', reason: expect.stringMatching(/connection refused/) });
    expect((await listOutbox(laptop)).map((e) => e.entry?.record)).toEqual([sort]);

    await startServer(port);
    const items = await syncOutbox(laptop, noWait);
    expect(items.map((i) => i.result)).toEqual([{ kind: 'sent', result: { status: 'stored', sortId: 'sort-anne' } }]);
    expect(await listOutbox(laptop)).toEqual([]);
    expect(await sortFiles(dir)).toEqual(['anne.json']);
    // A second sync has nothing to do; a resend of the same sort is "already stored".
    expect(await syncOutbox(laptop, noWait)).toEqual([]);
    expect(await sendSort(laptop, { url, code: CODE }, sort, noWait)).toEqual({ kind: 'sent', result: { status: 'already stored', sortId: 'sort-anne' } });
  });

  it('moves a refused sort to outbox/refused/ with the reason; keeps a wrong-code one for a sync with --code', async () => {
    await submitSort(url, CODE, validSort(study, 'anne'));
    const taken = await sendSort(laptop, { url, code: CODE }, validSort(study, 'anne', 1, { sortId: 'mine' }), noWait);
    expect(taken).toMatchObject({ kind: 'refused', status: 409 });
    expect(await readdir(join(laptop, 'outbox', 'refused'))).toEqual(['mine.json']);
    expect(JSON.parse(await readFile(join(laptop, 'outbox', 'refused', 'mine.json'), 'utf8'))).toMatchObject({ refused: expect.stringMatching(/already has a sort/) });

    const wrongCode = await sendSort(laptop, { url, code: 'WRONG9' }, validSort(study, 'bob'), noWait);
    expect(wrongCode).toMatchObject({ kind: 'refused', status: 401 });
    expect((await listOutbox(laptop)).map((e) => e.entry?.record.participant)).toEqual(['bob']);
    const items = await syncOutbox(laptop, { ...noWait, code: CODE });
    expect(items.map((i) => i.result.kind)).toEqual(['sent']);
    expect((await sortFiles(dir)).sort()).toEqual(['anne.json', 'bob.json']);
  });

  it('tries an unreachable server once per sync, not once per sort', async () => {
    await app?.close();
    for (const p of ['a', 'b', 'c']) await sendSort(laptop, { url, code: CODE }, validSort(study, p), { retries: 0, ...noWait });
    let calls = 0;
    const counting: typeof fetch = async (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const items = await syncOutbox(laptop, { retries: 1, fetch: counting, ...noWait });
    expect(items.map((i) => i.result.kind)).toEqual(['queued', 'queued', 'queued']);
    expect(calls).toBe(2);
  });
});
