import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Study } from '../../src/core/types.ts';
import { createServer } from '../../src/workshop/host/app.ts';
import { submitSort } from '../../src/workshop/join/client.ts';
import { readValidSorts } from '../../src/study/study-folder.ts';
import { sortFiles, studyFolder, validSort } from './helpers.ts';

const CODE = 'ROOM42';
let dir: string;
let study: Study;
let cleanup: () => Promise<void>;
let app: FastifyInstance;
let url: string;

beforeEach(async () => {
  ({ dir, study, cleanup } = await studyFolder());
  // A room of 200 on one address (this test's): the per-address limit is raised, as a facilitator behind one NAT would.
  app = await createServer({ dir, study, code: CODE, facilitatorToken: 'token-for-the-loopback-tests', rateLimit: { max: 10_000, timeWindowMs: 60_000 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await app.close();
  await cleanup();
});

describe('the server on loopback', () => {
  it('stores 200 concurrent submissions exactly once each, within 20 s', async () => {
    const sorts = Array.from({ length: 200 }, (_, i) => validSort(study, `p${String(i).padStart(3, '0')}`, i, { team: `T${i % 5}` }));
    const started = Date.now();
    const results = await Promise.all(sorts.map((s) => submitSort(url, CODE, s, { retries: 0 })));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(results.every((r) => r.status === 'stored')).toBe(true);
    expect(await sortFiles(dir)).toHaveLength(200);
    const stored = await readValidSorts(dir, study);
    expect(new Set(stored.map((s) => s.sortId))).toEqual(new Set(sorts.map((s) => s.sortId)));
    const byId = new Map(stored.map((s) => [s.participant, s]));
    // the server stamps savedAt when it stores a sort (the order of arrival); the rest is the record sent
    for (const s of sorts) expect(byId.get(s.participant)).toEqual({ ...s, savedAt: expect.any(String) });
  });

  it('deduplicates resubmissions that race the original', async () => {
    const sorts = Array.from({ length: 50 }, (_, i) => validSort(study, `p${i}`, i));
    // Every sort three times at once: one "stored", two "already stored".
    const results = await Promise.all(sorts.flatMap((s) => [s, s, s]).map((s) => submitSort(url, CODE, s, { retries: 0 })));
    const count = (status: string) => results.filter((r) => r.status === status).length;
    expect(count('stored')).toBe(50);
    expect(count('already stored')).toBe(100);
    expect(await sortFiles(dir)).toHaveLength(50);
  });

  it('answers a different sort for a name that is taken with 409, once the first is stored', async () => {
    await submitSort(url, CODE, validSort(study, 'anne'));
    const response = await fetch(`${url}/api/sorts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qsort-code': CODE },
      body: JSON.stringify(validSort(study, 'anne', 2, { sortId: 'other' })),
    });
    expect(response.status).toBe(409);
    expect(JSON.parse(await readFile(join(dir, 'sorts', 'anne.json'), 'utf8'))).toMatchObject({ sortId: 'sort-anne' });
  });
});
