import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkChosenCode, loadOrCreateSession, newSessionCode, normalizeCode, sameSecret } from './session.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsort-session-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-11-22T09:00:00Z');

describe('session codes', () => {
  it('are six characters from an alphabet without look-alikes', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const codes = Array.from({ length: 500 }, () => newSessionCode());
    for (const c of codes) expect(c).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it('compare without case or surrounding spaces', () => {
    expect(normalizeCode(' k7pm3q ')).toBe('K7PM3Q');
    expect(sameSecret(normalizeCode('k7pm3q'), 'K7PM3Q')).toBe(true);
    expect(sameSecret('K7PM3', 'K7PM3Q')).toBe(false);
  });

  it('chosen with --code: 4–32 letters, digits or dashes', () => {
    expect(checkChosenCode('klant-2026')).toBe('KLANT-2026');
    for (const bad of ['abc', 'a b c d', 'x'.repeat(33), 'code!']) expect(() => checkChosenCode(bad)).toThrow(/must be 4 to 32/);
  });
});

describe('loadOrCreateSession', () => {
  it('creates session.json once (owner-only) and returns the same session after a restart', async () => {
    const first = await loadOrCreateSession(dir, { now });
    expect(first.facilitatorToken.length).toBeGreaterThanOrEqual(32);
    expect((await stat(join(dir, 'session.json'))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSession(dir, { now: new Date() })).toEqual(first);
  });

  it('lets --code replace the code and keeps the token', async () => {
    const first = await loadOrCreateSession(dir, { now });
    const chosen = await loadOrCreateSession(dir, { code: 'klant24', now });
    expect(chosen).toEqual({ ...first, code: 'KLANT24' });
    expect(JSON.parse(await readFile(join(dir, 'session.json'), 'utf8'))).toEqual(chosen);
    expect(await loadOrCreateSession(dir, { now })).toEqual(chosen);
  });

  it('names a broken session.json and how to start over', async () => {
    await writeFile(join(dir, 'session.json'), '{"code": ');
    await expect(loadOrCreateSession(dir, { now })).rejects.toThrow(/session\.json: not valid JSON; remove the file/);
  });
});
