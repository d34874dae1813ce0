import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { distributionValues } from '../../core/distribution.ts';
import { DEFAULT_DISTRIBUTION, newStudy } from '../../core/study-defaults.ts';
import type { SortRecord, Study } from '../../core/types.ts';
import { DataError, ExitCode, QError } from '../../errors.ts';
import { joinTexts } from '../../i18n/join.ts';
import { newDraft } from '../../sort-flow/draft.ts';
import { draftPath, sortPath } from '../../study/study-folder.ts';
import type { DeliveryResult } from './outbox.ts';
import { listOutbox, queueSubmission } from './outbox.ts';
import type { JoinClient } from './network-sink.ts';
import { ProgressThrottle, httpJoinClient, networkSink, toProgressReport } from './network-sink.ts';
import type { ProgressReport } from '../host/progress.ts';

const URL = 'http://192.0.2.7:8080';
const texts = joinTexts('en');

function makeStudy(): Study {
  const statements = Array.from({ length: 24 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `Statement ${i + 1}` } }));
  return newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'en', createdAt: '2026-01-01T00:00:00Z' });
}

function record(study: Study, participant: string, sortId: string): SortRecord {
  const values = distributionValues(study.distribution);
  return {
    schemaVersion: 1,
    sortId,
    participant,
    source: 'interactive',
    scores: Object.fromEntries(study.statements.map((s, i) => [s.id, values[i] ?? 0])),
  };
}

/** A client that records what it is asked and answers from the test's script. */
function fakeClient(answers: { report?: (r: ProgressReport) => 'ok' | 'name-taken' | 'failed'; deliver?: (r: SortRecord) => DeliveryResult } = {}) {
  const reports: ProgressReport[] = [];
  const delivered: SortRecord[] = [];
  const client: JoinClient = {
    report: async (r) => {
      reports.push(r);
      return answers.report?.(r) ?? 'ok';
    },
    deliver: async (r) => {
      delivered.push(r);
      return answers.deliver?.(r) ?? { kind: 'sent', result: { status: 'stored', sortId: r.sortId } };
    },
  };
  return { client, reports, delivered };
}

let dir: string;
const study = makeStudy();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsort-join-'));
});

const draftOf = (participant: string) => newDraft({ study, participant, language: 'en', seed: 7, now: new Date('2026-01-01T10:00:00Z') });

describe('toProgressReport', () => {
  it("names the flow's steps as the server does, with the cards placed", () => {
    const p = { participant: 'Ann', team: 'red', done: 5, total: 24 };
    expect(toProgressReport({ ...p, step: 'welcome' }, 'id')).toEqual({ participant: 'Ann', team: 'red', step: 'joined', placed: 0, total: 24, sortId: 'id' });
    expect(toProgressReport({ ...p, step: 'presort' }, 'id')).toMatchObject({ step: 'presort', placed: 0 });
    expect(toProgressReport({ ...p, step: 'grid' }, 'id')).toMatchObject({ step: 'sort', placed: 5 });
    expect(toProgressReport({ ...p, step: 'review' }, 'id')).toMatchObject({ step: 'review', placed: 24 });
    expect(toProgressReport({ ...p, step: 'questions' }, 'id')).toMatchObject({ step: 'questions', placed: 24 });
    expect(toProgressReport({ ...p, step: 'saved' }, 'id')).toBeUndefined();
  });
});

describe('ProgressThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const report = (step: ProgressReport['step'], placed: number): ProgressReport => ({ participant: 'Ann', step, placed, total: 24, sortId: 'id' });

  it('sends a new step at once, drops repeats, and sends changes within a step at most once per interval, the newest', async () => {
    const sent: ProgressReport[] = [];
    const throttle = new ProgressThrottle(async (r) => {
      sent.push(r);
    }, 1000);
    throttle.push(report('sort', 0));
    throttle.push(report('sort', 0)); // a cursor move: the same report
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => r.placed)).toEqual([0]);
    for (let placed = 1; placed <= 9; placed++) throttle.push(report('sort', placed));
    await vi.advanceTimersByTimeAsync(999);
    expect(sent.map((r) => r.placed)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((r) => r.placed)).toEqual([0, 9]);
    throttle.push(report('review', 24));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => r.step)).toEqual(['sort', 'sort', 'review']);
  });

  it('never has two reports in flight, never throws for a failed one, and sends nothing after close', async () => {
    const pending: (() => void)[] = [];
    const sent: ProgressReport[] = [];
    const throttle = new ProgressThrottle(
      (r) =>
        new Promise<void>((resolve, reject) => {
          sent.push(r);
          pending.push(r.step === 'presort' ? () => reject(new Error('network down')) : resolve);
        }),
      1000,
    );
    throttle.push(report('presort', 0));
    throttle.push(report('sort', 0));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => r.step)).toEqual(['presort']);
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => r.step)).toEqual(['presort', 'sort']);
    throttle.push(report('sort', 3));
    throttle.close();
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
  });
});

describe('networkSink', () => {
  it('keeps drafts in the local folder with the sort id, which a resumed sort keeps and reports', async () => {
    const first = fakeClient();
    const sink = networkSink({ dir, study, url: URL, client: first.client, texts, team: 'red' });
    expect(await sink.existingSort('Ann')).toBeUndefined();
    expect(await sink.nameInUse('Ann')).toBe(false);
    const [joined] = first.reports;
    expect(joined).toMatchObject({ participant: 'Ann', team: 'red', step: 'joined', placed: 0, total: 24 });
    await sink.saveDraft(draftOf('Ann'));
    const stored = JSON.parse(await readFile(draftPath(dir, 'Ann'), 'utf8')) as { sortId: string; participant: string };
    expect(stored).toMatchObject({ participant: 'Ann', sortId: joined?.sortId });
    expect(sink.draftLocation('Ann')).toBe(draftPath(dir, 'Ann'));
    expect(sink.newSortId()).toBe(joined?.sortId);

    // Another run (after Ctrl-C or a crash): the same sort id, so the server knows it is the same person.
    const second = fakeClient();
    const again = networkSink({ dir, study, url: URL, client: second.client, texts });
    expect(await again.nameInUse('Ann')).toBe(false);
    expect(second.reports[0]?.sortId).toBe(joined?.sortId);
    expect(await again.loadDraft('Ann')).toMatchObject({ participant: 'Ann', step: 'welcome' });
    await again.saveDraft(draftOf('Ann'));
    expect(again.newSortId()).toBe(joined?.sortId);
  });

  it('a name the server says is taken is in use, not a saved sort; a free name is asked only once', async () => {
    const { client, reports } = fakeClient({ report: (r) => (r.participant === 'Bob' ? 'name-taken' : 'ok') });
    const sink = networkSink({ dir, study, url: URL, client, texts });
    expect(await sink.existingSort('Bob')).toBeUndefined();
    expect(await sink.nameInUse('Bob')).toBe(true);
    expect(await sink.nameInUse('Bob')).toBe(true);
    expect(await sink.nameInUse('Ann')).toBe(false);
    expect(await sink.nameInUse('Ann')).toBe(false);
    expect(reports.map((r) => r.participant)).toEqual(['Bob', 'Bob', 'Ann']);
  });

  it('a server that cannot be reached does not stop the sort from starting', async () => {
    const { client } = fakeClient({ report: () => 'failed' });
    const sink = networkSink({ dir, study, url: URL, client, texts });
    expect(await sink.nameInUse('Ann')).toBe(false);
  });

  it('finds a sort of the participant still waiting in the outbox (also in another case)', async () => {
    const path = await queueSubmission(dir, { url: URL, code: 'ABCD', queuedAt: '2026-01-01T10:00:00Z', record: record(study, 'Ann', 'x1') });
    const { client, reports } = fakeClient();
    const sink = networkSink({ dir, study, url: URL, client, texts });
    expect(await sink.existingSort('ann')).toBe(path);
    expect(reports).toEqual([]);
  });

  it('reports progress throttled, with the sort id, and stops reporting once the sort is sent', async () => {
    const { client, reports } = fakeClient();
    const sink = networkSink({ dir, study, url: URL, client, texts, throttleMs: 60_000 });
    await sink.saveDraft(draftOf('Ann'));
    for (let done = 0; done < 5; done++) sink.progress?.({ participant: 'Ann', step: 'grid', done, total: 24 });
    sink.progress?.({ participant: 'Ann', step: 'grid', done: 0, total: 24 });
    await new Promise((r) => setImmediate(r));
    expect(reports).toEqual([{ participant: 'Ann', step: 'sort', placed: 0, total: 24, sortId: sink.newSortId() }]);
    await sink.saveFinal(record(study, 'Ann', sink.newSortId()));
    sink.progress?.({ participant: 'Ann', step: 'questions', done: 24, total: 24 });
    await new Promise((r) => setImmediate(r));
    expect(reports).toHaveLength(1);
  });

  it('a sent sort: the location is the server, a copy is kept, and the participant counts as done here', async () => {
    const status: string[] = [];
    const { client, delivered } = fakeClient();
    const sink = networkSink({ dir, study, url: URL, client, texts, status: (l) => status.push(l) });
    const r = record(study, 'Ann', 'sort-1');
    expect(await sink.saveFinal(r)).toBe(`the facilitator's computer (${URL})`);
    expect(delivered).toEqual([r]);
    expect(status).toEqual([texts.sending(URL)]);
    expect(sink.delivery).toMatchObject({ kind: 'sent' });
    expect(JSON.parse(await readFile(sortPath(dir, 'Ann'), 'utf8'))).toEqual({ ...r, savedAt: expect.any(String) });
    expect(await sink.existingSort('Ann')).toBe(sortPath(dir, 'Ann'));
  });

  it('a sort the server did not acknowledge: saved, with a location that says it waits for "qsort sync"', async () => {
    const waiting = join(dir, 'outbox', 'sort-2.json');
    const { client } = fakeClient({ deliver: () => ({ kind: 'queued', path: waiting, reason: 'connection refused' }) });
    const sink = networkSink({ dir, study, url: URL, client, texts });
    const location = await sink.saveFinal(record(study, 'Ann', 'sort-2'));
    expect(location).toContain(`this computer (${waiting})`);
    expect(location).toContain('"qsort sync"');
    expect(sink.delivery).toEqual({ kind: 'queued', path: waiting, reason: 'connection refused' });
    expect(existsSync(sortPath(dir, 'Ann'))).toBe(false);
  });

  it('a refused sort throws (so the flow keeps the draft): 409 as a data error naming where it is kept, a refused code as exit 2', async () => {
    const kept = join(dir, 'outbox', 'refused', 'sort-3.json');
    const taken = fakeClient({ deliver: () => ({ kind: 'refused', path: kept, status: 409, reason: 'the name "Ann" is already used' }) });
    const sink = networkSink({ dir, study, url: URL, client: taken.client, texts });
    const error = await sink.saveFinal(record(study, 'Ann', 'sort-3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(
      `the server refused the sort of "Ann": the name "Ann" is already used; the sort is kept in ${kept} and the draft in ${draftPath(dir, 'Ann')}; ask the facilitator for help`,
    );

    const code = fakeClient({ deliver: () => ({ kind: 'refused', path: join(dir, 'outbox', 'x.json'), status: 401, reason: 'wrong session code' }) });
    const other = networkSink({ dir, study, url: URL, client: code.client, texts });
    const refused = await other.saveFinal(record(study, 'Cy', 'sort-4')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QError);
    expect((refused as QError).exitCode).toBe(ExitCode.Usage);
    expect((refused as Error).message).toContain('qsort sync --code CODE');
  });
});

describe('httpJoinClient', () => {
  it('keeps a sort it cannot deliver in the outbox of the joined folder', async () => {
    const fetch = vi.fn(async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    });
    const client = httpJoinClient(dir, URL, 'ABCD', { fetch: fetch as unknown as typeof globalThis.fetch, retries: 1, sleep: async () => undefined });
    expect(await client.report({ participant: 'Ann', step: 'joined', placed: 0 })).toBe('failed');
    const result = await client.deliver(record(study, 'Ann', 'sort-5'));
    expect(result).toMatchObject({ kind: 'queued', reason: expect.stringContaining('connection refused') });
    const [entry] = await listOutbox(dir);
    expect(entry?.entry).toMatchObject({ url: URL, code: 'ABCD', record: { sortId: 'sort-5', participant: 'Ann' } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
