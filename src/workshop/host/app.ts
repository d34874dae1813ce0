import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseSortRecord } from '../../core/schema.ts';
import type { SortRecord, Study } from '../../core/types.ts';
import { DataError } from '../../errors.ts';
import type { ServerEvent } from './events.ts';
import { recordProgress, submitSort } from './intake.ts';
import type { Intake } from './intake.ts';
import { joinPage } from './page.ts';
import { sshCommand } from './ssh/command.ts';
import type { SshJoinInfo } from './ssh/command.ts';
import { ProgressBoard } from './progress.ts';
import type { ProgressReport } from './progress.ts';
import { sessionResults } from './results.ts';
import { codeHeadersSchema, codeQuerySchema, progressBodySchema, sortBodySchema, tokenHeadersSchema } from './schemas.ts';
import { normalizeCode, sameSecret } from './session.ts';
import { SortStore } from './store.ts';

export type { ServerEvent } from './events.ts';

export interface ServerOptions {
  /** The study folder (sorts are written to `<dir>/sorts/`). */
  readonly dir: string;
  readonly study: Study;
  /** The session code participants send (compared without case). */
  readonly code: string;
  /** The token that guards GET /api/results. */
  readonly facilitatorToken: string;
  /** Largest request body in bytes (default 64 KiB). */
  readonly bodyLimit?: number;
  /** Requests per IP address per window (default 300 per minute); false turns the limit off. */
  readonly rateLimit?: { readonly max: number; readonly timeWindowMs: number } | false;
  readonly now?: () => Date;
  readonly onEvent?: (event: ServerEvent) => void;
  /** The sort store and progress board (created when not given; pass them to watch the session). */
  readonly store?: SortStore;
  readonly board?: ProgressBoard;
  /** The SSH side, once it listens: the join page then leads with the ssh command. */
  readonly ssh?: () => SshJoinInfo | undefined;
}

export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DEFAULT_RATE_LIMIT = { max: 300, timeWindowMs: 60_000 } as const;

class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.statusCode = statusCode;
  }
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The workshop server: participants fetch the study, report progress and
 * submit sorts (with the session code); the facilitator reads the results
 * (with the token). Every accepted sort is on disk, fsync'ed, before the reply.
 * Returns the fastify instance, ready for `inject` or `listen`.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { dir, study } = options;
  const code = normalizeCode(options.code);
  const now = options.now ?? (() => new Date());
  const emit = options.onEvent ?? (() => undefined);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const store = options.store ?? (await SortStore.open(dir, study));
  const board = options.board ?? new ProgressBoard(study.statements.length);
  for (const sort of store.sorts()) board.done(sort.participant, sort.team, now());
  const intake: Intake = { study, store, board, now, emit };

  const app = Fastify({
    logger: false,
    bodyLimit,
    trustProxy: false,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });

  const limit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const rateLimitedAt = new Map<string, number>();
  if (limit) {
    await app.register(rateLimit, {
      global: true,
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      errorResponseBuilder: (req, context) => {
        // One log line per address per window, not one per refused request.
        const last = rateLimitedAt.get(req.ip);
        if (last === undefined || Date.now() - last > limit.timeWindowMs) {
          rateLimitedAt.set(req.ip, Date.now());
          emit({ type: 'refused', status: 429, reason: 'too many requests', ip: req.ip });
        }
        return { statusCode: 429, error: `too many requests; try again in ${context.after}` };
      },
    });
  }

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });

  /** The reply carries the full reason; the event (the log) only `logged`, so no sort content reaches the log. */
  const refuse = (req: FastifyRequest, status: number, reason: string, logged = reason): HttpError => {
    emit({ type: 'refused', status, reason: logged, ip: req.ip });
    return new HttpError(status, reason);
  };

  /*
   * The checks run in preParsing: after the rate limit (onRequest), so guessing is throttled too, and
   * before the body is read, so a request with a wrong code never gets its body parsed or stored.
   */
  const requireCode = async <P>(req: FastifyRequest, _reply: FastifyReply, payload: P): Promise<P> => {
    const given = firstHeader(req.headers['x-qsort-code']) ?? (req.query as { code?: unknown } | undefined)?.code;
    if (typeof given !== 'string' || !sameSecret(normalizeCode(given), code)) {
      throw refuse(req, 401, given === undefined ? 'the session code is missing' : 'wrong session code');
    }
    return payload;
  };

  const requireToken = async <P>(req: FastifyRequest, _reply: FastifyReply, payload: P): Promise<P> => {
    const auth = firstHeader(req.headers.authorization) ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m || !sameSecret(m[1] ?? '', options.facilitatorToken)) throw refuse(req, 401, 'the facilitator token is missing or wrong');
    return payload;
  };

  app.setErrorHandler((error: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (error instanceof HttpError) return reply.code(status).send({ error: error.message });
    if (status === 429) return reply.code(429).send({ error: error.message });
    if ('validation' in error && error.validation) {
      // A body that is JSON but not the expected shape is unprocessable (422); bad headers or query are a bad request (400).
      const inBody = error.validationContext === 'body';
      const pattern = error.validation.find((v) => v.keyword === 'pattern');
      const message = pattern ? `${pattern.instancePath.replace(/^\//, '')} must be one line of text without spaces around it` : error.message;
      const reason = inBody ? `invalid request: ${message}` : `bad request: ${message}`;
      emit({ type: 'refused', status: inBody ? 422 : 400, reason: inBody ? 'the body has the wrong shape' : reason, ip: req.ip });
      return reply.code(inBody ? 422 : 400).send({ error: reason });
    }
    if (status >= 400 && status < 500) {
      const reason =
        status === 413 ? `the request is larger than ${bodyLimit} bytes`
        : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? 'the body is not valid JSON'
        : error.message;
      emit({ type: 'refused', status, reason, ip: req.ip });
      return reply.code(status).send({ error: reason });
    }
    emit({ type: 'refused', status: 500, reason: `internal error: ${error.message}`, ip: req.ip });
    return reply.code(500).send({ error: 'internal error; the sort was not stored, try again' });
  });

  app.setNotFoundHandler(limit ? { preHandler: app.rateLimit() } : {}, (req, reply) => {
    reply.code(404).send({ error: `no such page: ${req.method} ${req.url.split('?')[0] ?? ''}` });
  });

  app.get('/', { schema: { querystring: codeQuerySchema } }, async (req, reply) => {
    const given = (req.query as { code?: string }).code;
    const host = firstHeader(req.headers.host) ?? 'localhost';
    const ssh = options.ssh?.();
    const hostname = new URL(`http://${host}`).hostname.replace(/^\[(.*)\]$/, '$1');
    const page = joinPage({
      title: study.title,
      lang: study.language,
      url: `http://${host}`,
      ...(given !== undefined && sameSecret(normalizeCode(given), code) ? { code } : {}),
      ...(ssh ? { ssh: { command: (c: string) => sshCommand(c, hostname, ssh.port), fingerprint: ssh.fingerprint } } : {}),
    });
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return reply.type('text/html; charset=utf-8').send(page);
  });

  app.get('/api/study', { preParsing: requireCode, schema: { querystring: codeQuerySchema, headers: codeHeadersSchema } }, async () => ({
    schemaVersion: 1,
    title: study.title,
    language: study.language,
    instruction: study.instruction,
    statements: study.statements,
    distribution: study.distribution,
    questions: study.questions,
    createdAt: study.createdAt,
  }));

  app.post(
    '/api/progress',
    { preParsing: requireCode, schema: { querystring: codeQuerySchema, headers: codeHeadersSchema, body: progressBodySchema } },
    async (req) => {
      const r = req.body as ProgressReport;
      const outcome = recordProgress(intake, r);
      if (outcome === 'taken') throw refuse(req, 409, `the name "${r.participant}" is already used in this session; choose another (add an initial, for example)`);
      if (outcome === 'full') throw refuse(req, 429, 'too many participants in this session');
      return { ok: true };
    },
  );

  app.post(
    '/api/sorts',
    { preParsing: requireCode, schema: { querystring: codeQuerySchema, headers: codeHeadersSchema, body: sortBodySchema } },
    async (req, reply) => {
      let record: SortRecord;
      try {
        record = parseSortRecord(req.body, 'sort');
      } catch (error) {
        if (error instanceof DataError) throw refuse(req, 422, error.message, 'not a sort file');
        throw error;
      }
      // The same intake as a sort finished over SSH: checked against the study, stored once, then on the board.
      const outcome = await submitSort(intake, record);
      switch (outcome.kind) {
        case 'stored':
        case 'duplicate': {
          const duplicate = outcome.kind === 'duplicate';
          return reply.code(duplicate ? 200 : 201).send({ status: duplicate ? 'already stored' : 'stored', sortId: record.sortId });
        }
        case 'conflict':
          throw refuse(req, 409, outcome.message);
        case 'invalid':
          throw refuse(req, 422, outcome.message, `the sort of "${record.participant}" does not fit the study`);
      }
    },
  );

  app.get('/api/results', { preParsing: requireToken, schema: { headers: tokenHeadersSchema } }, async () =>
    sessionResults(study, store.sorts(), board.list()),
  );

  return app;
}
