import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSortRecord } from '../../src/core/schema.ts';
import type { Study } from '../../src/core/types.ts';
import { sortProblems } from '../../src/core/validate-sort.ts';
import { createServer } from '../../src/workshop/host/app.ts';
import type { ServerEvent } from '../../src/workshop/host/app.ts';
import { ProgressBoard } from '../../src/workshop/host/progress.ts';
import { startWorkshopSsh } from '../../src/workshop/host/ssh/index.ts';
import type { WorkshopSsh } from '../../src/workshop/host/ssh/index.ts';
import { SortStore } from '../../src/workshop/host/store.ts';
import { KEYS, login, shell } from '../helpers/ssh.ts';
import type { Screen } from '../helpers/ssh.ts';
import { sortFiles, studyFolder } from './helpers.ts';

/**
 * Thirty participants at once over SSH (the ssh2 client, a headless terminal
 * each), every one finishing the whole sort by keys, against the workshop
 * server as `qsort serve` wires it: one store, one board, HTTP beside SSH.
 */

const SESSIONS = 30;
let folder: Awaited<ReturnType<typeof studyFolder>>;
let study: Study;
let store: SortStore;
let http: Awaited<ReturnType<typeof createServer>>;
let ssh: WorkshopSsh;
let origin: string;
const events: ServerEvent[] = [];

beforeAll(async () => {
  folder = await studyFolder();
  study = folder.study;
  store = await SortStore.open(folder.dir, study);
  const board = new ProgressBoard(study.statements.length);
  const emit = (e: ServerEvent): void => void events.push(e);
  http = await createServer({ dir: folder.dir, study, code: 'LOAD30', facilitatorToken: 'token-for-the-load-test', store, board, onEvent: emit, rateLimit: false });
  await http.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  ssh = await startWorkshopSsh({ dir: folder.dir, study, lang: 'en', code: 'LOAD30', intake: { study, store, board, now: () => new Date(), emit }, host: '127.0.0.1', port: 0, hosts: ['127.0.0.1'] });
});
afterAll(async () => {
  await ssh?.server.close();
  await http?.close();
  await folder?.cleanup();
});

/** One participant's whole sort, waiting for each screen before the keys for it (keys sent with the Enter that ends a prompt are lost). */
async function sortAs(participant: string, s: Screen): Promise<void> {
  const n = study.statements.length;
  await s.waitFor('Your name or participant code');
  s.send(participant);
  await s.waitFor(participant);
  s.send(KEYS.enter);
  await s.waitFor('Welcome, and thank you for taking part.');
  s.send(KEYS.enter);
  await s.waitFor(`Pre-sort · 1 / ${n}`);
  s.send(Array.from({ length: n }, (_, i) => String((i % 3) + 1)).join(''));
  await s.waitFor('Every statement is on a pile');
  s.send(KEYS.enter);
  await s.waitFor(`Grid · 0 of ${n} placed`);
  s.send(KEYS.enter.repeat(n));
  await s.waitFor(`All ${n} statements are placed.`);
  s.send(KEYS.enter);
  await s.waitFor(`Review · ${n} of ${n} placed`);
  s.send(KEYS.enter);
  for (let q = 1; q <= study.questions.length; q++) {
    await s.waitFor(`Question ${q} of ${study.questions.length}`);
    s.send(`answer ${q}`);
    await s.waitFor(`answer ${q}`);
    s.send(KEYS.enter);
  }
  await s.waitFor('Thank you! Your sort has been saved.');
}

describe('30 SSH sessions at once', () => {
  it('each finishes a sort: 30 sorts stored exactly once, valid; HTTP answers throughout; colour per session', { timeout: 120_000 }, async () => {
    let httpOk = 0;
    let httpFailed = 0;
    let running = true;
    const poll = (async () => {
      while (running) {
        const r = await fetch(`${origin}/api/study`, { headers: { 'x-qsort-code': 'LOAD30' } }).catch(() => undefined);
        if (r?.status === 200) httpOk++;
        else httpFailed++;
        await r?.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const names = Array.from({ length: SESSIONS }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
    const screens = await Promise.all(
      names.map(async (participant, i) => {
        const { client } = await login(ssh.port, 'load30');
        // Every third participant's client sends NO_COLOR; the others get colour although this process' stdout is no terminal.
        const s = await shell(client, { term: 'xterm-256color', env: i % 3 === 0 ? { NO_COLOR: '1' } : {} });
        await sortAs(participant, s);
        expect(await s.exit).toBe(0);
        client.end();
        return s;
      }),
    );
    running = false;
    await poll;
    const sgr = /\x1b\[[0-9;]*m/;
    screens.forEach((s, i) => expect(sgr.test(s.raw()), `session ${i + 1}`).toBe(i % 3 !== 0));

    const files = await sortFiles(folder.dir);
    expect(files.sort()).toEqual(names.map((p) => `${p}.json`));
    const records = await Promise.all(files.map(async (f) => parseSortRecord(JSON.parse(await readFile(join(folder.dir, 'sorts', f), 'utf8')), f)));
    for (const r of records) {
      expect(sortProblems(r.scores, study.statements, study.distribution)).toEqual([]);
      expect(r.answers).toEqual({ most: 'answer 1', least: 'answer 2', missing: 'answer 3' });
    }
    expect(new Set(records.map((r) => r.sortId)).size).toBe(SESSIONS);
    expect(events.filter((e) => e.type === 'submitted')).toHaveLength(SESSIONS);
    expect(events.some((e) => e.type === 'submitted' && e.duplicate)).toBe(false);
    expect(store.count).toBe(SESSIONS);
    expect(ssh.server.sessionCount).toBe(0);
    expect(await readdir(join(folder.dir, 'drafts')).catch(() => [])).toEqual([]);
    expect(httpFailed).toBe(0);
    expect(httpOk).toBeGreaterThan(3);
    const results = await fetch(`${origin}/api/results`, { headers: { authorization: 'Bearer token-for-the-load-test' } });
    expect(((await results.json()) as { sortCount: number }).sortCount).toBe(SESSIONS);
  });
});

describe('ssh -T (no pty): the line-by-line sort for a screen reader', () => {
  it('asks one plain line at a time, without escape sequences, and keeps the draft when the client goes', async () => {
    const { client } = await login(ssh.port, 'LOAD30');
    const s = await shell(client, { pty: false });
    await s.waitFor('Name or code:');
    s.send('Zed\n');
    await s.waitFor('Press Enter to go on:');
    s.send('\n');
    await s.waitFor('1 disagree, 2 neutral, 3 agree:');
    s.send('3\n');
    await s.waitFor('Card 2 of');
    expect(s.raw()).not.toMatch(/\x1b/);
    client.end();
    await s.exit;
    const draft = JSON.parse(await readFile(join(folder.dir, 'drafts', 'Zed.json'), 'utf8')) as { step: string };
    expect(draft.step).toBe('presort');
  });
});

describe('the screen follows the participant\'s window', () => {
  it('is drawn at the pty size and drawn again at the new size after a window change', async () => {
    const { client } = await login(ssh.port, 'LOAD30');
    const s = await shell(client, { columns: 80, rows: 24 });
    await s.waitFor('Your name or participant code');
    s.send('Resi');
    await s.waitFor('Resi');
    s.send(KEYS.enter);
    const at80 = await s.waitFor('Welcome, and thank you for taking part.');
    // The step's name sits at the right edge of the first line.
    expect(at80.split('\n')[0]).toMatch(/^ Test study {2,}Welcome$/);
    expect(at80.split('\n')[0]?.length).toBe(79);
    s.resize(120, 30);
    const at120 = await s.waitFor(/^ Test study {90,}Welcome$/m);
    expect(at120.split('\n')[0]?.length).toBe(119);
    client.end();
    await s.exit;
  });
});
