import { STATUS_CODES } from 'node:http';
import { parseStudy } from '../../core/schema.ts';
import type { SortRecord, Study } from '../../core/types.ts';
import { ExitCode, IoError, QError, UsageError } from '../../errors.ts';
import type { QErrorOptions } from '../../errors.ts';
import { localReason, NETWORK_REASONS as R } from '../../i18n/network.ts';
import type { ProgressReport } from '../host/progress.ts';

/**
 * The participant's side of a workshop session: fetch the study, report
 * progress, submit the sort. Uses Node's global fetch. Network failures and busy
 * servers are retried with exponential backoff; refusals (wrong code, invalid
 * sort, name taken) are not, and come back as a RefusedError.
 */

export interface ClientOptions {
  /** Injected in tests; default: the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per-request timeout (default 10 s). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default: 5 for submitSort, 2 for fetchStudy). */
  readonly retries?: number;
  /** First backoff delay (default 500 ms); doubles each retry, up to maxDelayMs (default 8 s). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to say "server unreachable, retrying in 2 s". */
  readonly onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

/** The server refused the request; retrying will not help. `status` is the HTTP status. */
export class RefusedError extends QError {
  override name = 'RefusedError';
  readonly status: number;
  constructor(status: number, message: string, options?: QErrorOptions) {
    super(status === 401 ? ExitCode.Usage : ExitCode.Data, 'legacy.text', { en: message, nl: options?.nl }, options);
    this.status = status;
  }
}

/** What the server answered to a submitted sort. */
export type SubmitResult = { readonly status: 'stored' | 'already stored'; readonly sortId: string };

/** Accepts "http://10.0.0.5:8080", "10.0.0.5:8080" or "10.0.0.5:8080/"; returns the origin. */
export function serverOrigin(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `http://${url.trim()}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new UsageError(`"${url}" is not a server address; use the URL the facilitator shows, e.g. http://192.168.1.20:8080`, {
      nl: `"${url}" is geen serveradres; gebruik het adres dat de begeleider laat zien, bijvoorbeeld http://192.168.1.20:8080`,
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`"${url}" is not an http:// address`, { nl: `"${url}" is geen http://-adres` });
  return parsed.origin;
}

const sleepMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The delay before retry number `attempt` (1-based): base·2^(attempt−1), capped, with ±25 % jitter so a room does not retry in lockstep. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const raw = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(raw * (0.75 + 0.5 * random()));
}

class Retryable extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return R.timeout.en;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code === 'ECONNREFUSED') return R.refused.en;
  if (cause?.code === 'EHOSTUNREACH' || cause?.code === 'ENETUNREACH') return R.unreachable.en;
  if (cause?.code === 'ECONNRESET') return R.reset.en;
  if (cause?.code === 'ENOTFOUND') return R.unknownHost.en;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: fall through
  }
  return `${response.status} ${response.statusText || STATUS_CODES[response.status] || ''}`.trim();
}

/** One request; throws Retryable for what may pass (network, 429, 5xx), RefusedError for the rest. */
async function request(url: string, init: RequestInit, options: ClientOptions): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    throw new Retryable(networkReason(error));
  }
  if (response.ok) return response;
  const message = await errorMessage(response);
  if (response.status === 429 || response.status >= 500) {
    const after = Number(response.headers.get('retry-after'));
    throw new Retryable(`${R.busy.en} (${message})`, Number.isFinite(after) && after > 0 ? after * 1000 : undefined);
  }
  if (response.status === 401) {
    const line = `${R.serverAt.en} ${new URL(url).origin} ${R.codeNotAccepted.en} (${message}); ${R.checkCode.en}`;
    throw new RefusedError(401, line, { nl: localReason(line, 'nl') });
  }
  throw new RefusedError(response.status, message);
}

async function withRetry<T>(what: string, origin: string, options: ClientOptions, defaultRetries: number, attempt: () => Promise<T>): Promise<T> {
  const retries = options.retries ?? defaultRetries;
  const sleep = options.sleep ?? sleepMs;
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (i >= retries) {
        const line = `${what} ${origin}: ${error.message}`;
        throw new IoError(line, { cause: error, nl: localReason(line, 'nl') });
      }
      const delayMs = Math.max(error.retryAfterMs ?? 0, backoffDelay(i + 1, options.baseDelayMs ?? 500, options.maxDelayMs ?? 8000));
      options.onRetry?.({ attempt: i + 1, delayMs, reason: error.message });
      await sleep(delayMs);
    }
  }
}

const codeHeaders = (code: string): Record<string, string> => ({ 'x-qsort-code': code.trim() });

/** Fetches the study of a session (statements, distribution, instruction, questions, language), checked like a study.json. */
export async function fetchStudy(url: string, code: string, options: ClientOptions = {}): Promise<Study> {
  const origin = serverOrigin(url);
  return withRetry(R.fetchStudy.en, origin, options, 2, async () => {
    const response = await request(`${origin}/api/study`, { headers: codeHeaders(code) }, options);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new RefusedError(response.status, `${origin} did not send a study (is this a qsort server?)`);
    }
    return parseStudy(body, `the study from ${origin}`);
  });
}

/**
 * Submits a sort; resolves once the server has it on disk ("stored", or
 * "already stored" for a resubmission). Retries network failures and busy
 * answers with backoff, then throws an IoError; refusals throw a RefusedError.
 */
export async function submitSort(url: string, code: string, record: SortRecord, options: ClientOptions = {}): Promise<SubmitResult> {
  const origin = serverOrigin(url);
  const body = JSON.stringify(record);
  return withRetry(R.sendSort.en, origin, options, 5, async () => {
    const response = await request(`${origin}/api/sorts`, { method: 'POST', headers: { ...codeHeaders(code), 'content-type': 'application/json' }, body }, options);
    const answer = (await response.json().catch(() => ({}))) as { status?: unknown };
    return { status: answer.status === 'already stored' ? 'already stored' : 'stored', sortId: record.sortId };
  });
}

/** What became of a progress report: arrived; refused because someone else uses the name; or lost (no matter). */
export type ProgressResult = 'ok' | 'name-taken' | 'failed';

/**
 * Tells the dashboard where a participant is. Best effort: one short attempt,
 * never throws. Send it with the sort id at the start ("joined"): 'name-taken'
 * means another participant uses that name (a stored sort, or sorting right
 * now), so the participant can choose another before sorting.
 */
export async function reportProgress(url: string, code: string, progress: ProgressReport, options: ClientOptions = {}): Promise<ProgressResult> {
  try {
    const origin = serverOrigin(url);
    await request(
      `${origin}/api/progress`,
      { method: 'POST', headers: { ...codeHeaders(code), 'content-type': 'application/json' }, body: JSON.stringify(progress) },
      { ...options, timeoutMs: options.timeoutMs ?? 3000 },
    );
    return 'ok';
  } catch (error) {
    return error instanceof RefusedError && error.status === 409 ? 'name-taken' : 'failed';
  }
}
