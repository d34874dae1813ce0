import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseSortRecord, parseStudy } from './schema.ts';
import { newStudy, DEFAULT_DISTRIBUTION } from './study-defaults.ts';
import type { Statement } from './types.ts';

const statements: Statement[] = Array.from({ length: 24 }, (_, i) => ({
  id: `S${String(i + 1).padStart(2, '0')}`,
  text: { nl: `stelling ${i + 1}`, en: `statement ${i + 1}` },
  label: { nl: `s${i + 1}` },
  category: ['willen', 'kunnen', 'mogen'][i % 3] ?? 'willen',
}));
const study = newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'nl', createdAt: '2026-11-22T09:00:00.000Z' });
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const scores = Object.fromEntries(statements.map((s, i) => [s.id, [-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4][i] ?? 0]));
const sort = {
  schemaVersion: 1,
  sortId: '7d3c1f1e-0000-4000-8000-000000000001',
  participant: 'anne',
  team: 'sales',
  language: 'nl',
  source: 'add',
  startedAt: '2026-11-22T09:00:00.000Z',
  finishedAt: '2026-11-22T09:10:00.000Z',
  durationSeconds: 600,
  shuffleSeed: 42,
  presort: { agree: ['S01'], neutral: ['S02'], disagree: ['S03'] },
  scores,
  answers: { most: 'because' },
  comment: 'fine',
};

describe('parseStudy', () => {
  it('round-trips a new study through JSON', () => {
    expect(parseStudy(asJson(study), 'study.json')).toEqual(study);
  });

  it('reads a plain-text statement as English and defaults optional parts', () => {
    const raw = asJson(study) as Record<string, unknown>;
    raw['statements'] = statements.map((s) => ({ id: s.id, text: `t ${s.id}` }));
    delete raw['questions'];
    delete raw['createdAt'];
    const parsed = parseStudy(raw, 'study.json');
    expect(parsed.statements[0]).toEqual({ id: 'S01', text: { en: 't S01' } });
    expect(parsed.questions).toEqual([]);
    expect(parsed.createdAt).toBe('');
  });

  it('keeps the teams a participant chooses from, the open list, and the short labels', () => {
    const raw = asJson(study) as Record<string, unknown>;
    raw['teams'] = [' Sales', 'Service'];
    raw['teamsOpen'] = true;
    (raw['statements'] as Record<string, unknown>[])[0] = { id: 'S01', text: 't', short: { en: 'Short one' } };
    const parsed = parseStudy(raw, 'study.json');
    expect(parsed.teams).toEqual(['Sales', 'Service']);
    expect(parsed.teamsOpen).toBe(true);
    expect(parsed.statements[0]?.short).toEqual({ en: 'Short one' });
  });

  const broken: [string, (raw: Record<string, unknown>) => void, string][] = [
    ['not an object', () => undefined, ''],
    ['a wrong schemaVersion', (r) => (r['schemaVersion'] = 2), 'study.json: "schemaVersion" must be 1 (this qsort reads version 1, found 2)'],
    ['a wrong language', (r) => (r['language'] = 'de'), 'study.json: "language" must be "nl" or "en"'],
    ['no statements', (r) => (r['statements'] = []), 'study.json: "statements" must be a non-empty list'],
    ['a statement without id', (r) => ((r['statements'] as Record<string, unknown>[])[3] = { text: 'x' }), 'study.json: statements[3].id must be non-empty text'],
    ['a statement without text', (r) => ((r['statements'] as Record<string, unknown>[])[0] = { id: 'S01', text: {} }), 'study.json: statements[0].text needs "nl" or "en" text'],
    ['a twice-used id', (r) => ((r['statements'] as Record<string, unknown>[])[1] = { id: 'S01', text: 'x' }), 'study.json: statements list the id "S01" twice'],
    ['a distribution that does not fit', (r) => (r['distribution'] = { scores: [-1, 0, 1], counts: [1, 2, 1] }), 'study.json: distribution: the counts 1,2,1 add up to 4, but there are 24 statements: 20 too few'],
    ['a distribution with gaps', (r) => (r['distribution'] = { scores: [0, 2], counts: [12, 12] }), 'study.json: distribution: scores must be consecutive (0 is followed by 2)'],
    ['a distribution that is not numbers', (r) => (r['distribution'] = { scores: ['a'], counts: [24] }), 'study.json: distribution.scores must be a list of numbers'],
    ['a bad question kind', (r) => ((r['questions'] as Record<string, unknown>[])[0] = { id: 'q', kind: 'other', text: 'x' }), 'study.json: questions[0].kind must be "most", "least" or "free"'],
    ['a title that is not text', (r) => (r['title'] = 7), 'study.json: "title" must be text'],
    ['teams that are not names', (r) => (r['teams'] = ['Sales', '']), 'study.json: "teams" must be a list of team names'],
    ['a team listed twice', (r) => (r['teams'] = ['Sales', 'Sales']), 'study.json: "teams" list the team "Sales" twice'],
    ['a teamsOpen that is not true or false', (r) => (r['teamsOpen'] = 'yes'), 'study.json: "teamsOpen" must be true or false'],
  ];
  it.each(broken)('rejects %s with a DataError naming the field', (_, breakIt, message) => {
    const raw = _ === 'not an object' ? [] : (asJson(study) as Record<string, unknown>);
    if (!Array.isArray(raw)) breakIt(raw);
    expect(() => parseStudy(raw, 'study.json')).toThrow(DataError);
    expect(() => parseStudy(raw, 'study.json')).toThrow(message || 'study.json: the file must hold a JSON object');
  });
});

describe('parseSortRecord', () => {
  it('round-trips a full sort record', () => {
    expect(parseSortRecord(asJson(sort), 'a.json')).toEqual(sort);
  });

  it('fills in defaults for a minimal record: source import, sortId = participant', () => {
    expect(parseSortRecord({ schemaVersion: 1, participant: 'p1', scores: { S01: 1 } }, 'a.json')).toEqual({
      schemaVersion: 1,
      sortId: 'p1',
      participant: 'p1',
      source: 'import',
      scores: { S01: 1 },
    });
  });

  it.each([
    ['participant', '', 'a.json: "participant" must not be empty'],
    ['participant', undefined, 'a.json: "participant" is missing'],
    ['scores', [1, 2], 'a.json: "scores" must be an object {statement id: score}'],
    ['scores', { S01: 1.5 }, 'a.json: scores["S01"] must be a whole number'],
    ['scores', { S01: '1' }, 'a.json: scores["S01"] must be a whole number'],
    ['source', 'fax', 'a.json: "source" must be one of interactive, add, import, serve'],
    ['language', 'fr', 'a.json: "language" must be "nl" or "en"'],
    ['durationSeconds', 'long', 'a.json: "durationSeconds" must be a number'],
    ['presort', { agree: [1] }, 'a.json: presort.agree must be a list of statement ids'],
    ['answers', { most: 3 }, 'a.json: "answers" must map question ids to text'],
    ['schemaVersion', 3, 'a.json: "schemaVersion" must be 1'],
  ])('rejects %s = %j', (field, value, message) => {
    const raw = asJson(sort) as Record<string, unknown>;
    if (value === undefined) delete raw[field];
    else raw[field] = value;
    expect(() => parseSortRecord(raw, 'a.json')).toThrow(DataError);
    expect(() => parseSortRecord(raw, 'a.json')).toThrow(message);
  });

  it('never crashes on arbitrary JSON: a DataError or a record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ schemaVersion: fc.constant(1), participant: fc.jsonValue(), scores: fc.jsonValue(), source: fc.jsonValue() })), (v) => {
        try {
          const r = parseSortRecord(v, 'r.json');
          expect(typeof r.participant).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
        }
        try {
          parseStudy(v, 'study.json');
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
