import { PROGRESS_STEPS } from './progress.ts';

/**
 * JSON schemas of the server's routes (checked by fastify before a handler
 * runs). They bound sizes and types; the full sort rules are checked by
 * parseSortRecord and sortProblems in the handler.
 */

/**
 * Names and teams appear on the facilitator's terminal: no control characters (an escape sequence
 * could rewrite the screen), and no spaces around them (so "anne " and "anne" are not two people).
 */
const PRINTABLE = '[^\\u0000-\\u001f\\u007f-\\u009f]';
const TRIMMED_PRINTABLE = `^(?!\\s)${PRINTABLE}*(?<!\\s)$`;
const name = { type: 'string', minLength: 1, maxLength: 100, pattern: TRIMMED_PRINTABLE } as const;
const shortText = { type: 'string', maxLength: 100, pattern: TRIMMED_PRINTABLE } as const;

export const codeQuerySchema = {
  type: 'object',
  properties: { code: { type: 'string', maxLength: 64 } },
} as const;

export const codeHeadersSchema = {
  type: 'object',
  properties: { 'x-qsort-code': { type: 'string', maxLength: 64 } },
} as const;

export const tokenHeadersSchema = {
  type: 'object',
  properties: { authorization: { type: 'string', maxLength: 200 } },
} as const;

export const progressBodySchema = {
  type: 'object',
  required: ['participant', 'step', 'placed'],
  additionalProperties: false,
  properties: {
    participant: name,
    team: shortText,
    step: { type: 'string', enum: [...PROGRESS_STEPS] },
    placed: { type: 'integer', minimum: 0, maximum: 10000 },
    total: { type: 'integer', minimum: 0, maximum: 10000 },
    sortId: { type: 'string', minLength: 1, maxLength: 100 },
  },
} as const;

export const sortBodySchema = {
  type: 'object',
  required: ['schemaVersion', 'sortId', 'participant', 'scores'],
  properties: {
    schemaVersion: { const: 1 },
    sortId: { type: 'string', minLength: 1, maxLength: 100 },
    participant: name,
    team: shortText,
    scores: { type: 'object', maxProperties: 5000, additionalProperties: { type: 'integer' } },
  },
} as const;
