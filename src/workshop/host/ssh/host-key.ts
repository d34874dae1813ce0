import { createHash } from 'node:crypto';
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { DataError, ioError } from '../../../errors.ts';
import { writeFileExclusive } from '../../../study/atomic.ts';

/**
 * The SSH host key of a study's workshop server: an ed25519 key made on the
 * first `qsort serve` and kept in the study folder (owner-only, 0600), so the
 * fingerprint participants compare stays the same across restarts, and a
 * laptop that connected before is not warned again.
 */
export interface HostKey {
  /** The private key in OpenSSH format (what ssh2's server takes). */
  readonly privateKey: string;
  /** As OpenSSH shows it when it asks: "SHA256:" and the base64 of the key's SHA-256, without padding. */
  readonly fingerprint: string;
  readonly path: string;
}

export const HOST_KEY_FILE = 'ssh_host_ed25519_key';

export const hostKeyPath = (dir: string): string => join(dir, HOST_KEY_FILE);

/** The fingerprint of a public key in SSH wire format, as OpenSSH prints it. */
export function fingerprintOf(publicKeyBlob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').replace(/=+$/, '')}`;
}

function parseHostKey(text: string, path: string): HostKey {
  const parsed = ssh2.utils.parseKey(text);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key === undefined || key instanceof Error || key.type !== 'ssh-ed25519' || !key.isPrivateKey()) {
    throw new DataError('ssh.bad-host-key', { path });
  }
  return { privateKey: text, fingerprint: fingerprintOf(key.getPublicSSH()), path };
}

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError(error, path, 'read');
  }
}

/**
 * The study's host key: the one in `<dir>/ssh_host_ed25519_key`, else a new
 * one (created exclusively: two servers started at once end up with one key).
 * A key file others can read is made owner-only again.
 */
export async function loadOrCreateHostKey(dir: string): Promise<HostKey> {
  const path = hostKeyPath(dir);
  let text = await readIfThere(path);
  if (text === undefined) {
    const made = ssh2.utils.generateKeyPairSync('ed25519').private;
    await writeFileExclusive(path, made, { mode: 0o600 });
    text = await readIfThere(path);
    if (text === undefined) throw ioError(Object.assign(new Error('gone'), { code: 'ENOENT' }), path, 'read');
  }
  const key = parseHostKey(text, path);
  const mode = (await stat(path)).mode & 0o777;
  if ((mode & 0o077) !== 0) await chmod(path, 0o600).catch((error: unknown) => Promise.reject(ioError(error, path, 'write')));
  return key;
}
