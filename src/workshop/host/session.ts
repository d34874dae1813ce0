import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, UsageError, ioError } from '../../errors.ts';
import { writeFileAtomic } from '../../study/atomic.ts';

/**
 * The workshop session of a study: the code participants type and the token
 * that guards the results. Both live in `<study>/session.json`, so a restarted
 * `qsort serve` continues with the same code.
 */
export interface Session {
  readonly code: string;
  readonly facilitatorToken: string;
  readonly createdAt: string;
}

export const SESSION_FILE = 'session.json';

/** Letters and digits that cannot be mistaken for each other when read aloud or from a projector (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A new random session code, e.g. "K7PM3Q". */
export function newSessionCode(length = CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function newFacilitatorToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Codes compare without case and without surrounding spaces: "k7pm3q " is "K7PM3Q". */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Checks a code the facilitator chose with --code; returns it normalized. */
export function checkChosenCode(code: string): string {
  const c = normalizeCode(code);
  if (!/^[A-Z0-9-]{4,32}$/.test(c)) {
    throw new UsageError(`the session code "${code}" must be 4 to 32 letters, digits or dashes`);
  }
  return c;
}

/** Compares two secrets in constant time (hashing first, so lengths may differ). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function sessionPath(dir: string): string {
  return join(dir, SESSION_FILE);
}

async function readSession(dir: string): Promise<Session | undefined> {
  const path = sessionPath(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError(error, path, 'read');
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new DataError(`${path}: not valid JSON; remove the file to start a new session (a new code)`);
  }
  const o = v as Partial<Record<keyof Session, unknown>> | null;
  if (!o || typeof o.code !== 'string' || typeof o.facilitatorToken !== 'string' || o.facilitatorToken.length < 16) {
    throw new DataError(`${path}: needs "code" and "facilitatorToken"; remove the file to start a new session (a new code)`);
  }
  return { code: normalizeCode(o.code), facilitatorToken: o.facilitatorToken, createdAt: typeof o.createdAt === 'string' ? o.createdAt : '' };
}

/**
 * The session of the study in `dir`: the one in session.json, else a new one
 * (written atomically, readable by the owner only). A chosen `code` replaces the
 * stored code and keeps the token.
 */
export async function loadOrCreateSession(dir: string, options: { code?: string; now: Date }): Promise<Session> {
  const existing = await readSession(dir);
  const chosen = options.code === undefined ? undefined : checkChosenCode(options.code);
  if (existing && (chosen === undefined || chosen === existing.code)) return existing;
  const session: Session = {
    code: chosen ?? newSessionCode(),
    facilitatorToken: existing?.facilitatorToken ?? newFacilitatorToken(),
    createdAt: existing?.createdAt ?? options.now.toISOString(),
  };
  const path = sessionPath(dir);
  await writeFileAtomic(path, `${JSON.stringify(session, null, 2)}\n`);
  await chmod(path, 0o600).catch(() => undefined);
  return session;
}
