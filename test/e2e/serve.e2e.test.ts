import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSortRecord } from '../../src/core/schema.ts';
import type { SortRecord, Study } from '../../src/core/types.ts';
import { sortProblems } from '../../src/core/validate-sort.ts';
import { fetchStudy, submitSort } from '../../src/workshop/join/client.ts';
import { serve } from '../helpers/serve.ts';
import { sortFiles, studyFolder, validSort } from '../server/helpers.ts';

const bin = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));

let dir: string;
let study: Study;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];

beforeEach(async () => {
  ({ dir, study, cleanup } = await studyFolder());
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await cleanup();
});

async function storedSorts(): Promise<SortRecord[]> {
  const files = await sortFiles(dir);
  return Promise.all(files.map(async (f) => parseSortRecord(JSON.parse(await readFile(join(dir, 'sorts', f), 'utf8')), f)));
}

describe('qsort serve (the built CLI)', () => {
  it('prints the URL, the code, the ssh command, the key fingerprint and the join command first; keeps code and host key', async () => {
    const s = await serve(dir, '--code', 'klant24');
    children.push(s.child);
    expect(s.stdout().split('\n').slice(0, 5)).toEqual([
      `url  ${s.url}`,
      'code KLANT24',
      `ssh ssh -p ${s.sshPort} KLANT24@127.0.0.1`,
      `fingerprint ${s.fingerprint}`,
      `join qsort sort --join ${s.url} --code KLANT24`,
    ]);
    expect(JSON.parse(await readFile(join(dir, 'session.json'), 'utf8'))).toMatchObject({ code: 'KLANT24' });
    expect((await fetchStudy(s.url, 'klant24')).statements).toHaveLength(9);
    // The key is the study's own (owner-only), and the fingerprint is the one OpenSSH computes from it.
    const key = join(dir, 'ssh_host_ed25519_key');
    expect((await stat(key)).mode & 0o777).toBe(0o600);
    expect(execFileSync('ssh-keygen', ['-l', '-f', key], { encoding: 'utf8' })).toContain(` ${s.fingerprint} `);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    // Restarted: the same key (a participant who joined before is not warned); --no-ssh: no ssh lines.
    const again = await serve(dir);
    children.push(again.child);
    expect(again.fingerprint).toBe(s.fingerprint);
    again.child.kill('SIGTERM');
    await again.exited;
    const off = await serve(dir, '--no-ssh');
    children.push(off.child);
    expect(off.stdout()).not.toMatch(/^(ssh|fingerprint) /m);
    off.child.kill('SIGTERM');
    await off.exited;
  });

  it('loses no acknowledged sort when killed with SIGKILL mid-session, and continues with the same code', async () => {
    const first = await serve(dir);
    children.push(first.child);
    const sorts = Array.from({ length: 300 }, (_, i) => validSort(study, `p${String(i).padStart(3, '0')}`, i, { sortId: `id-${i}` }));
    const acknowledged = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (next < sorts.length) {
        const sort = sorts[next++]!;
        try {
          await submitSort(first.url, first.code, sort, { retries: 0, timeoutMs: 5000 });
          acknowledged.add(sort.sortId);
          if (acknowledged.size === 100 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          // Not acknowledged: the server is gone (or going).
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await first.exited;
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(100);
    expect(acknowledged.size).toBeLessThan(300);

    // Every acknowledged sort is on disk, complete and valid.
    const stored = await storedSorts();
    const storedIds = new Set(stored.map((s) => s.sortId));
    for (const id of acknowledged) expect(storedIds.has(id)).toBe(true);
    for (const s of stored) {
      expect(sortProblems(s.scores, study.statements, study.distribution)).toEqual([]);
      const { savedAt, ...record } = s; // the server stamps when it stored the sort (the order of arrival)
      expect(savedAt).toEqual(expect.any(String));
      expect(record).toEqual(sorts.find((x) => x.sortId === s.sortId));
    }

    // Restarted: same code; resubmitting everything stores the rest and acknowledges the rest as already stored.
    const second = await serve(dir);
    children.push(second.child);
    expect(second.code).toBe(first.code);
    const results = await Promise.all(sorts.map((s) => submitSort(second.url, second.code, s, { retries: 2, baseDelayMs: 50 })));
    for (const [i, r] of results.entries()) {
      expect(r.status).toBe(storedIds.has(sorts[i]!.sortId) ? 'already stored' : 'stored');
    }
    expect(await sortFiles(dir)).toHaveLength(300);
    expect((await storedSorts()).every((s) => sortProblems(s.scores, study.statements, study.distribution).length === 0)).toBe(true);
    // Leftover temp files from the kill are ignored by readers; no other files appear.
    const others = (await readdir(join(dir, 'sorts'))).filter((f) => !f.endsWith('.json') && !/\.tmp-[0-9a-f]+$/.test(f));
    expect(others).toEqual([]);
    expect(second.stdout()).toMatch(/submitted p\d{3}: already stored \(resent\)/);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);

  it('refuses to start on a port in use, with one clear line and exit code 4', async () => {
    const s = await serve(dir);
    children.push(s.child);
    const port = new URL(s.url).port;
    const other = spawn(process.execPath, [bin, 'serve', '--study', dir, '--plain', '--port', port, '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    other.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => other.on('exit', resolve));
    expect(code).toBe(4);
    expect(err).toBe(`error: port ${port} is already in use; choose another with --port, e.g. --port ${Number(port) + 1}\n`);
    // The SSH port in use: the same kind of line, and the HTTP server it had started is closed again (the process exits).
    const third = spawn(process.execPath, [bin, 'serve', '--study', dir, '--plain', '--port', '0', '--host', '127.0.0.1', '--ssh-port', String(s.sshPort)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err3 = '';
    third.stderr.on('data', (c: Buffer) => (err3 += c.toString('utf8')));
    expect(await new Promise<number | null>((resolve) => third.on('exit', resolve))).toBe(4);
    expect(err3).toBe(`error: SSH port ${s.sshPort} is already in use; choose another with --ssh-port, e.g. --ssh-port ${s.sshPort + 1}, or turn SSH off with --no-ssh\n`);
  });
});
