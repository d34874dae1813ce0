import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSortRecord } from '../../core/schema.ts';
import type { Study } from '../../core/types.ts';
import { sortFiles, studyFolder, validSort } from '../../../test/server/helpers.ts';
import { createServer } from './app.ts';
import type { ServerEvent, ServerOptions } from './app.ts';

const CODE = 'K7PM3Q';
const TOKEN = 'facilitator-token-0123456789';

let dir: string;
let study: Study;
let cleanup: () => Promise<void>;
let events: ServerEvent[];
let app: FastifyInstance;

async function start(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  events = [];
  app = await createServer({ dir, study, code: CODE, facilitatorToken: TOKEN, onEvent: (e) => events.push(e), ...options });
  return app;
}

const post = (url: string, payload: unknown, headers: Record<string, string> = { 'x-qsort-code': CODE }) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers });

beforeEach(async () => {
  ({ dir, study, cleanup } = await studyFolder());
  await start();
});

afterEach(async () => {
  await app.close();
  await cleanup();
});

describe('GET /api/study', () => {
  it('gives a participant what the sort needs, with the code in a header or the query, in any case', async () => {
    for (const request of [{ url: '/api/study', headers: { 'x-qsort-code': CODE } }, { url: `/api/study?code=${CODE.toLowerCase()}` }]) {
      const r = await app.inject({ method: 'GET', ...request });
      expect(r.statusCode).toBe(200);
      const body = r.json<Study>();
      expect(body).toMatchObject({ title: 'Test study', language: 'en', distribution: study.distribution, questions: study.questions });
      expect(body.statements.map((s) => s.id)).toEqual(study.statements.map((s) => s.id));
    }
  });

  it('refuses a missing or wrong code with 401', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/study' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/study', headers: { 'x-qsort-code': 'WRONG1' } })).statusCode).toBe(401);
    expect(events.map((e) => e.type)).toEqual(['refused', 'refused']);
  });
});

describe('POST /api/sorts', () => {
  it('stores a valid sort (201), then acknowledges a resubmission without a duplicate (200)', async () => {
    const sort = validSort(study, 'anne', 0, { team: 'A' });
    const first = await post('/api/sorts', sort);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ status: 'stored', sortId: sort.sortId });
    const again = await post('/api/sorts', sort);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: 'already stored', sortId: sort.sortId });
    expect(await sortFiles(dir)).toEqual(['anne.json']);
    const onDisk = parseSortRecord(JSON.parse(await readFile(join(dir, 'sorts', 'anne.json'), 'utf8')), 'anne.json');
    // the study stamps when the sort arrived: its place in the study's order
    expect(onDisk).toEqual({ ...sort, savedAt: expect.any(String) });
    expect(events).toEqual([
      { type: 'submitted', participant: 'anne', team: 'A', duplicate: false },
      { type: 'submitted', participant: 'anne', team: 'A', duplicate: true },
    ]);
  });

  it('refuses a second, different sort of the same participant with 409', async () => {
    expect((await post('/api/sorts', validSort(study, 'anne', 0))).statusCode).toBe(201);
    const other = await post('/api/sorts', validSort(study, 'anne', 3, { sortId: 'another-id' }));
    expect(other.statusCode).toBe(409);
    expect(other.json<{ error: string }>().error).toMatch(/already has a sort/);
    const onDisk = JSON.parse(await readFile(join(dir, 'sorts', 'anne.json'), 'utf8')) as { sortId: string };
    expect(onDisk.sortId).toBe('sort-anne');
  });

  it('refuses the same participant name in another case (one file on macOS and Windows)', async () => {
    expect((await post('/api/sorts', validSort(study, 'anne'))).statusCode).toBe(201);
    expect((await post('/api/sorts', validSort(study, 'Anne'))).statusCode).toBe(409);
  });

  it.each([
    ['no code', {}],
    ['a wrong code', { 'x-qsort-code': 'WRONG1' }],
    ['an empty code', { 'x-qsort-code': '' }],
  ])('refuses %s with 401 and stores nothing', async (_what, headers) => {
    const r = await post('/api/sorts', validSort(study, 'anne'), headers as Record<string, string>);
    expect(r.statusCode).toBe(401);
    expect(await sortFiles(dir)).toEqual([]);
  });

  it('refuses a body over the limit with 413 and stores nothing', async () => {
    const big = validSort(study, 'anne', 0, { comment: 'x'.repeat(70 * 1024) });
    const r = await post('/api/sorts', big);
    expect(r.statusCode).toBe(413);
    expect(await sortFiles(dir)).toEqual([]);
  });

  it('refuses malformed JSON with 400 and stores nothing', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/sorts', payload: '{"participant": "anne", ', headers: { 'x-qsort-code': CODE, 'content-type': 'application/json' } });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ error: string }>().error).toBe('the body is not valid JSON');
    expect(await sortFiles(dir)).toEqual([]);
  });

  it.each([
    ['a statement the study does not have', (s: Record<string, number>) => ({ ...s, S99: 0 }), /unknown statement/],
    ['a statement missing', ({ S1: _gone, ...rest }: Record<string, number>) => rest, /no score|missing/],
    ['a broken distribution', (s: Record<string, number>) => ({ ...s, S1: 2, S2: 2 }), /distribution asks for|used/],
    ['a score outside the grid', (s: Record<string, number>) => ({ ...s, S1: 7 }), /outside/],
  ])('refuses a sort with %s with 422, naming the problem, and stores nothing', async (_what, change, message) => {
    const sort = validSort(study, 'anne');
    const r = await post('/api/sorts', { ...sort, scores: change({ ...sort.scores }) });
    expect(r.statusCode).toBe(422);
    expect(r.json<{ error: string }>().error).toMatch(message);
    expect(await sortFiles(dir)).toEqual([]);
    // The log never carries the sort's content.
    expect(JSON.stringify(events)).not.toMatch(/S99|outside|score/);
  });

  it.each([
    ['without a sort id', { sortId: undefined }],
    ['with a score that is text', { scores: { S1: '2' } }],
    ['with another schema version', { schemaVersion: 2 }],
    ['with an empty participant', { participant: '' }],
    ['with a participant name that carries a terminal escape', { participant: 'anne\u001b[2J' }],
    ['with spaces around the participant name', { participant: ' anne' }],
    ['with a control character in the team', { team: 'A\u0007' }],
  ])('refuses a body %s with 422', async (_what, change) => {
    const r = await post('/api/sorts', { ...validSort(study, 'anne'), ...change });
    expect(r.statusCode).toBe(422);
    expect(await sortFiles(dir)).toEqual([]);
  });

  it('refuses a sort made for another study (none of its statements exist here) with 422', async () => {
    const foreign = Object.fromEntries(Object.values(validSort(study, 'anne').scores).map((score, i) => [`X${i}`, score]));
    const r = await post('/api/sorts', { ...validSort(study, 'anne'), scores: foreign });
    expect(r.statusCode).toBe(422);
    expect(await sortFiles(dir)).toEqual([]);
  });

  it('refuses, with 409, a name whose sort file is on disk but unreadable (it is never overwritten)', async () => {
    await writeFile(join(dir, 'sorts', 'anne.json'), '{ broken');
    await app.close();
    await start();
    const r = await post('/api/sorts', validSort(study, 'anne'));
    expect(r.statusCode).toBe(409);
    expect(r.json<{ error: string }>().error).toMatch(/cannot be read/);
    expect(await readFile(join(dir, 'sorts', 'anne.json'), 'utf8')).toBe('{ broken');
  });

  it('keeps deduplicating after a restart (indexes the stored sorts)', async () => {
    const sort = validSort(study, 'anne');
    expect((await post('/api/sorts', sort)).statusCode).toBe(201);
    await app.close();
    await start();
    expect((await post('/api/sorts', sort)).statusCode).toBe(200);
    expect((await post('/api/sorts', { ...sort, sortId: 'new-id' })).statusCode).toBe(409);
    expect(await sortFiles(dir)).toEqual(['anne.json']);
  });
});

describe('POST /api/progress', () => {
  it('tracks participants for the dashboard: joined once, then progress', async () => {
    expect((await post('/api/progress', { participant: 'anne', team: 'A', step: 'joined', placed: 0 })).statusCode).toBe(200);
    expect((await post('/api/progress', { participant: 'anne', team: 'A', step: 'sort', placed: 4 })).statusCode).toBe(200);
    expect(events.map((e) => e.type)).toEqual(['joined', 'progress']);
    const results = await app.inject({ method: 'GET', url: '/api/results', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(results.json<{ participants: unknown[] }>().participants).toEqual([
      expect.objectContaining({ participant: 'anne', team: 'A', step: 'sort', placed: 4, total: 9, done: false }),
    ]);
  });

  it('ignores a late report from someone whose sort is stored', async () => {
    await post('/api/sorts', validSort(study, 'anne'));
    events.length = 0;
    expect((await post('/api/progress', { participant: 'anne', step: 'sort', placed: 2 })).statusCode).toBe(200);
    expect(events).toEqual([]);
  });

  it('refuses a name someone else is sorting under (another sort id) with 409, and lets it go after 15 quiet minutes', async () => {
    let clock = new Date('2026-11-22T09:00:00Z');
    await app.close();
    await start({ now: () => clock });
    expect((await post('/api/progress', { participant: 'anne', step: 'sort', placed: 3, sortId: 'a1' })).statusCode).toBe(200);
    const other = await post('/api/progress', { participant: 'Anne', step: 'joined', placed: 0, sortId: 'a2' });
    expect(other.statusCode).toBe(409);
    expect(other.json<{ error: string }>().error).toMatch(/the name "Anne" is already used in this session; choose another/);
    clock = new Date('2026-11-22T09:16:00Z');
    expect((await post('/api/progress', { participant: 'Anne', step: 'joined', placed: 0, sortId: 'a2' })).statusCode).toBe(200);
  });

  it('says in words what is wrong with a name', async () => {
    const r = await post('/api/progress', { participant: 'anne\n', step: 'sort', placed: 2 });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toEqual({ error: 'invalid request: participant must be one line of text without spaces around it' });
  });

  it('refuses an unknown step or a negative count with 422', async () => {
    expect((await post('/api/progress', { participant: 'anne', step: 'dancing', placed: 0 })).statusCode).toBe(422);
    expect((await post('/api/progress', { participant: 'anne', step: 'sort', placed: -1 })).statusCode).toBe(422);
  });
});

describe('GET /api/results', () => {
  it('needs the facilitator token: 401 without it, with the session code, or with a wrong one', async () => {
    for (const headers of [{}, { 'x-qsort-code': CODE }, { authorization: 'Bearer wrong' }, { authorization: TOKEN }]) {
      expect((await app.inject({ method: 'GET', url: '/api/results', headers })).statusCode).toBe(401);
    }
  });

  it('gives the ranking of the sorts so far and who is done', async () => {
    await post('/api/sorts', validSort(study, 'anne', 0));
    await post('/api/sorts', validSort(study, 'bob', 0));
    const r = await app.inject({ method: 'GET', url: '/api/results', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ sortCount: number; ranking: { id: string; rank: number; mean: number }[]; participants: { participant: string; done: boolean }[] }>();
    expect(body.sortCount).toBe(2);
    expect(body.ranking).toHaveLength(9);
    // validSort with seed 0 gives S9 the highest value (+2) and S1 the lowest (−2).
    expect(body.ranking[0]).toMatchObject({ id: 'S9', rank: 1, mean: 2 });
    expect(body.participants.map((p) => [p.participant, p.done])).toEqual([['anne', true], ['bob', true]]);
  });
});

describe('what the server never serves', () => {
  it.each(['/study.json', '/sorts/anne.json', '/session.json', '/api/sorts', '/api/sorts/anne', '/../study.json', '/api/nothing'])('%s → 404', async (url) => {
    await post('/api/sorts', validSort(study, 'anne'));
    const r = await app.inject({ method: 'GET', url, headers: { 'x-qsort-code': CODE } });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('"scores"');
    expect(r.body).not.toContain(TOKEN);
  });

  it('the join page shows the code only to someone who already has it', async () => {
    const without = await app.inject({ method: 'GET', url: '/', headers: { host: '10.0.0.5:8080' } });
    expect(without.statusCode).toBe(200);
    expect(without.headers['content-type']).toMatch(/text\/html/);
    expect(without.body).toContain('qsort sort --join http://10.0.0.5:8080 --code CODE');
    expect(without.body).not.toContain(CODE);
    const withCode = await app.inject({ method: 'GET', url: `/?code=${CODE}`, headers: { host: '10.0.0.5:8080' } });
    expect(withCode.body).toContain(`--code ${CODE}`);
    expect(withCode.body).not.toContain(TOKEN);
  });

  it('with SSH on, the join page leads with the ssh command for the address the browser used, and the key to check', async () => {
    await app.close();
    await start({ ssh: () => ({ port: 2222, fingerprint: 'SHA256:abc' }) });
    const page = (await app.inject({ method: 'GET', url: '/', headers: { host: '10.0.0.5:8080' } })).body;
    expect(page).toContain('<pre>ssh -p 2222 CODE@10.0.0.5</pre>');
    expect(page).toContain('Does it say SHA256:abc? Then type yes.');
    expect(page.indexOf('ssh -p 2222')).toBeLessThan(page.indexOf('qsort sort --join'));
    expect(page).not.toContain('No qsort yet?');
    expect((await app.inject({ method: 'GET', url: `/?code=${CODE}`, headers: { host: '10.0.0.5:8080' } })).body).toContain(`ssh -p 2222 ${CODE}@10.0.0.5`);
  });

  it('escapes a hostile Host header on the join page', async () => {
    const r = await app.inject({ method: 'GET', url: '/', headers: { host: '<script>x</script>' } });
    expect(r.body).not.toContain('<script>');
  });
});

describe('rate limiting', () => {
  it('refuses a flood from one address with 429, logged once', async () => {
    await app.close();
    await start({ rateLimit: { max: 5, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await app.inject({ method: 'GET', url: '/api/study', headers: { 'x-qsort-code': CODE } })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    // Also for wrong codes and unknown pages: guessing the code is throttled too.
    expect((await app.inject({ method: 'GET', url: '/api/study', headers: { 'x-qsort-code': 'GUESS1' } })).statusCode).toBe(429);
    expect((await app.inject({ method: 'GET', url: '/nothing' })).statusCode).toBe(429);
    expect(events.filter((e) => e.type === 'refused' && e.status === 429)).toHaveLength(1);
  });

  it('counts each address separately', async () => {
    await app.close();
    await start({ rateLimit: { max: 2, timeWindowMs: 60_000 } });
    const from = (ip: string) => app.inject({ method: 'GET', url: '/api/study', headers: { 'x-qsort-code': CODE }, remoteAddress: ip });
    expect([(await from('10.0.0.1')).statusCode, (await from('10.0.0.1')).statusCode, (await from('10.0.0.1')).statusCode]).toEqual([200, 200, 429]);
    expect((await from('10.0.0.2')).statusCode).toBe(200);
  });
});
