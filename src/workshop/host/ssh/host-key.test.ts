import { execFileSync } from 'node:child_process';
import { chmod, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../errors.ts';
import { useTempDir } from '../../../../test/helpers/temp-dir.ts';
import { hostKeyPath, loadOrCreateHostKey } from './host-key.ts';

const tmp = useTempDir('qsort-hostkey-');

describe('loadOrCreateHostKey', () => {
  it('makes one ed25519 key, owner-only, and finds the same one again (also when two servers start at once)', async () => {
    const [a, b] = await Promise.all([loadOrCreateHostKey(tmp.path), loadOrCreateHostKey(tmp.path)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect((await stat(hostKeyPath(tmp.path))).mode & 0o777).toBe(0o600);
    expect((await loadOrCreateHostKey(tmp.path)).fingerprint).toBe(a.fingerprint);
    // The same fingerprint OpenSSH shows a participant.
    expect(execFileSync('ssh-keygen', ['-l', '-f', hostKeyPath(tmp.path)], { encoding: 'utf8' })).toMatch(new RegExp(`^256 ${a.fingerprint.replace(/[+/]/g, '\\$&')} .*\\(ED25519\\)`));
  });

  it('makes a key file that others can read owner-only again; refuses a file that is not a key, naming it', async () => {
    await loadOrCreateHostKey(tmp.path);
    await chmod(hostKeyPath(tmp.path), 0o644);
    await loadOrCreateHostKey(tmp.path);
    expect((await stat(hostKeyPath(tmp.path))).mode & 0o777).toBe(0o600);
    await writeFile(hostKeyPath(tmp.path), 'not a key\n');
    const error = await loadOrCreateHostKey(tmp.path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(`${hostKeyPath(tmp.path)}: not an ed25519 SSH host key; remove the file and a new key is made (participants who joined before are then warned once that the key changed)`);
  });
});
