import { describe, expect, it } from 'vitest';
import { standardizedScores } from '../analysis/correlation.ts';
import { extractCentroids } from '../analysis/extract-centroid.ts';
import { extractPrincipalComponents } from '../analysis/extract-pca.ts';
import { factorArrays } from '../analysis/factor-arrays.ts';
import { flagWarnings } from '../analysis/flag.ts';
import { factorZScores } from '../analysis/z-scores.ts';
import { WARNING_CODES, type AnalysisWarning, type WarningCode } from '../analysis/warnings.ts';
import { LANGS } from '../core/types.ts';
import { DataError, type ErrorCode, type ErrorParams, type Problem } from '../errors.ts';
import { ERROR_TABLES, errorLine, problemText, WARNING_TABLES, warningLine } from './errors.ts';

/**
 * Every error code and every analysis warning, rendered in every language. The
 * samples are typed: a new code does not compile until it has a sample here
 * (and a text in every table).
 */
const SAMPLES: { readonly [C in ErrorCode]: readonly ErrorParams[C][] } = {
  'legacy.text': [{ en: 'an old message', nl: 'een oude melding' }],
  'raw': [{ text: 'Invalid Record Length: expect 3, got 2 on line 4' }],
  'io.failed': [
    { path: 'a.csv', doing: 'read', reason: 'ENOENT' },
    { path: 'x/study.json', doing: 'read', what: 'study', reason: 'EACCES' },
    { path: 'out', doing: 'write', reason: 'ENOSPC' },
    { path: 'dir', doing: 'create', what: 'sorts', reason: 'EISDIR' },
    { path: 'sorts/p.json', doing: 'back-up', what: 'sort', reason: 'ENOTDIR' },
    { path: 'drafts/p.json', doing: 'remove', what: 'draft', reason: 'other', detail: 'EBUSY: resource busy or locked' },
    { path: 'st.csv', doing: 'open', what: 'statements', reason: 'ENOENT' },
    { path: 'builtin.csv', doing: 'use', what: 'builtin-statements', reason: 'ENOENT' },
    { path: 'f', doing: 'read', what: 'file', reason: 'ENOENT' },
    { path: 'analysis-plan.json', doing: 'write', what: 'plan', reason: 'EACCES' },
  ],
  'io.reason': [{ reason: 'ENOSPC' }, { reason: 'EROFS' }, { reason: 'EDQUOT' }, { reason: 'ENAMETOOLONG' }, { reason: 'other', detail: 'EIO: i/o error' }],
  'study.exists': [{ path: 'ws/study.json' }],
  'study.missing': [{ dir: '/tmp/leeg', file: 'study.json' }],
  'study.is-a-file': [{ dir: 'sorts.csv', file: 'study.json' }, { dir: 'ws/study.json', file: 'study.json', folder: 'ws' }],
  'export.pqmethod-needs-out': [{}],
  'ssh.bad-host-key': [{ path: 'ws/ssh_host_ed25519_key' }],
  'ssh.port-in-use': [{ port: 2222 }],
  'ssh.port-denied': [{ port: 22 }],
  'ssh.listen-failed': [{ port: 2222, detail: 'EADDRNOTAVAIL' }],
};

/** Codes whose text is the same in every language on purpose (it is someone else's words). */
const SAME_IN_EVERY_LANGUAGE: ReadonlySet<ErrorCode> = new Set(['raw']);
/** A sample whose text is the system's own words in every language. */
const systemWords = (p: Problem): boolean => (p.params as { reason?: string }).reason === 'other';

/** Words that mean an English text slipped into the Dutch table (the samples hold no English words of their own). */
const ENGLISH = /\b(the|cannot|must|should|with|and|not|file|folder|sort|sorts|statement|please|already|only|no such)\b/i;

/** The text without the params' own words (a file name "sorts.csv" is not English text). */
function ownWords(text: string, params: unknown): string {
  const values = Object.values(params as Record<string, unknown>).filter((v): v is string => typeof v === 'string').sort((a, b) => b.length - a.length);
  return values.reduce((t, v) => t.split(v).join(' '), text);
}

const problems = (Object.keys(SAMPLES) as ErrorCode[]).flatMap((code) => (SAMPLES[code] as readonly unknown[]).map((params) => ({ code, params }) as Problem));

describe('the error tables', () => {
  it('have a sample for every code of every table, and no text for a code that does not exist', () => {
    for (const lang of LANGS) expect(Object.keys(ERROR_TABLES[lang].codes).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(problems.map((p) => [p.code, p] as const))('%s renders in every language: one line, no holes, Dutch in the Dutch table', (code, problem) => {
    const texts = LANGS.map((lang) => problemText(problem, lang));
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\n|undefined|\[object Object\]|NaN/);
    }
    const [nl, en] = [problemText(problem, 'nl'), problemText(problem, 'en')];
    if (code === 'legacy.text' || SAME_IN_EVERY_LANGUAGE.has(code) || (code === 'io.reason' && systemWords(problem))) return;
    expect(nl).not.toBe(en);
    expect(ownWords(nl, problem.params)).not.toMatch(ENGLISH);
  });

  it('frames a place in the language of the text, and puts it first', () => {
    const at = { file: 'a.csv', line: 3, column: 2, participant: 'P1', statement: 'S05' };
    const e = new DataError('export.pqmethod-needs-out', {}, { at });
    expect(e.message).toBe('a.csv:3:2, participant "P1", statement S05: --format pqmethod writes two files (.DAT and .STA): give --out PATH');
    expect(errorLine(e, 'nl')).toBe('fout: a.csv:3:2, deelnemer "P1", stelling S05: --format pqmethod schrijft twee bestanden (.DAT en .STA): geef --out PAD');
  });

  it('keeps an old message without a Dutch twin in English, prefix and all (transition only)', () => {
    expect(errorLine(new DataError('only English'), 'nl')).toBe('error: only English');
    expect(errorLine(new DataError('bad', { nl: 'fout gegaan' }), 'nl')).toBe('fout: fout gegaan');
  });
});

/** One warning of each code, with every field its text uses. */
const WARNINGS: { readonly [C in WarningCode]: AnalysisWarning } = {
  FACTOR_COUNT_REDUCED: { code: 'FACTOR_COUNT_REDUCED', asked: 7, extracted: 5, rank: 5, rankOf: 'rank', message: '' },
  NEGATIVE_FLAG: { code: 'NEGATIVE_FLAG', factor: 'F2', sort: 'US4', loading: -0.6123, message: '' },
  MANUAL_FLAGS: { code: 'MANUAL_FLAGS', factor: 'F1', sorts: ['US1', 'US3'], before: ['US1', 'CA6'], message: '' },
  FACTOR_WITHOUT_FLAGS: { code: 'FACTOR_WITHOUT_FLAGS', factor: 'F3', message: '' },
  FACTOR_ARRAY_TIE: { code: 'FACTOR_ARRAY_TIE', factor: 'F1', statements: ['S03', 'S07'], zScore: 0.5, values: [1, 2], message: '' },
  CENTROID_NOT_CONVERGED: { code: 'CENTROID_NOT_CONVERGED', factor: 'F2', iterations: 1000, message: '' },
  CENTROID_EMPTY_FACTOR: { code: 'CENTROID_EMPTY_FACTOR', factor: 'F4', message: '' },
  VARIMAX_NOT_CONVERGED: { code: 'VARIMAX_NOT_CONVERGED', iterations: 1000, message: '' },
  LOADING_AT_ONE: { code: 'LOADING_AT_ONE', factor: 'F1', message: '' },
  CONSTANT_FACTOR_SCORES: { code: 'CONSTANT_FACTOR_SCORES', factor: 'F2', message: '' },
};

describe('the warning tables', () => {
  it('have a text for every warning code in every language', () => {
    for (const lang of LANGS) expect(Object.keys(WARNING_TABLES[lang]).sort()).toEqual([...WARNING_CODES].sort());
  });

  it.each(WARNING_CODES.map((c) => [c] as const))('%s renders in every language, Dutch in the Dutch table', (code) => {
    const w = WARNINGS[code];
    const [nl, en] = [warningLine(w, 'nl'), warningLine(w, 'en')];
    expect(en).toMatch(/^warning: \S/);
    expect(nl).toMatch(/^waarschuwing: \S/);
    for (const text of [nl, en]) expect(text).not.toMatch(/\n|undefined|\?|NaN/);
    expect(nl).not.toMatch(ENGLISH);
  });

  it("gives the same English text as the analysis' own message, from the warning's fields", () => {
    const data = [[2, 1, -1], [1, 2, 0], [0, 0, 2], [-1, -1, 1], [-2, -2, -2]];
    const real = [
      ...extractPrincipalComponents(standardizedScores([[1, 2, 3, 4, 1], [2, 1, 4, 3, 2], [3, 4, 1, 2, 4], [4, 3, 2, 1, 3]]), 5).warnings,
      ...extractCentroids([[1, 0], [0, 1]], 1).warnings,
      ...factorArrays([[1], [1], [-1], [0]], [-1, 0, 1, 2]).warnings,
      ...flagWarnings([[-0.7, 0.1], [0.6, 0]], [[true, false], [true, false]], { sorts: ['a', 'b'] }),
      ...factorZScores(data, [[0.8, 0.1], [0.6, 0.1], [0.1, 0.2]], [[true, false], [true, false], [false, false]]).warnings,
      ...factorZScores(data, [[1], [0.5], [0.1]], [[true], [true], [false]]).warnings,
    ];
    expect(new Set(real.map((w) => w.code)).size).toBe(6);
    for (const w of real) expect(warningLine(w, 'en')).toBe(`warning: ${w.message}`);
  });
});
