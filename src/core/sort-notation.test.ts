import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError, UsageError } from '../errors.ts';
import { distributionValues } from './distribution.ts';
import { buildPaperSort, checkParticipantId } from './paper-sort.ts';
import { parseColumnsNotation, parseScoresNotation, resolveStatementId, scoresFromEntries } from './sort-notation.ts';
import { DEFAULT_DISTRIBUTION } from './study-defaults.ts';
import type { Statement } from './types.ts';

const ids = Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
const statements: Statement[] = ids.map((id) => ({ id, text: { nl: id } }));
const target = { statements, distribution: DEFAULT_DISTRIBUTION, language: 'nl' as const };
/** A valid sort: S01 = +4, S02..S03 = +3, …, S24 = −4. */
const valid = Object.fromEntries(ids.map((id, i) => [id, [...distributionValues(DEFAULT_DISTRIBUTION)].reverse()[i] ?? 0]));
const scoresText = Object.entries(valid)
  .map(([id, s]) => `${id}=${s}`)
  .join(',');
const columnsText = DEFAULT_DISTRIBUTION.scores.map((score) => `${score}:${ids.filter((id) => valid[id] === score).join(',')}`).join(' / ');

describe('parseScoresNotation', () => {
  it('reads id=score pairs separated by commas, semicolons or spaces, with = or :', () => {
    expect(parseScoresNotation('S01=4, S02 = -3;S03:+2  S04=−1\nS05=0')).toEqual([
      { statement: 'S01', score: 4 },
      { statement: 'S02', score: -3 },
      { statement: 'S03', score: 2 },
      { statement: 'S04', score: -1 },
      { statement: 'S05', score: 0 },
    ]);
  });

  it.each([
    ['', '--scores: no scores given; write them like "S01=4,S02=-3,…"'],
    [' , ; ', '--scores: no scores given'],
    ['S01=4,S02', '--scores: "S02" must look like S01=4 (a statement id, "=", a score)'],
    ['S01=4,S02=high', '--scores: "S02=high": the score "high" is not a whole number'],
    ['S01=4,S02=1.5', '--scores: "S02=1.5": the score "1.5" is not a whole number'],
    ['S01=4,=3', '--scores: "=3" must look like S01=4'],
  ])('rejects %j', (text, message) => {
    expect(() => parseScoresNotation(text)).toThrow(DataError);
    expect(() => parseScoresNotation(text)).toThrow(message);
  });
});

describe('parseColumnsNotation', () => {
  it('reads columns separated by /, | or line breaks; ids by commas or spaces; empty columns allowed', () => {
    expect(parseColumnsNotation('-1: A / 0: B, C | +1:\n 2: D E')).toEqual([
      { statement: 'A', score: -1 },
      { statement: 'B', score: 0 },
      { statement: 'C', score: 0 },
      { statement: 'D', score: 2 },
      { statement: 'E', score: 2 },
    ]);
  });

  it.each([
    ['', '--columns: no columns given; write them like "-4:S05 / -3:S12,S07 / …"'],
    ['-1:A / B C', '--columns: the column "B C" needs its score first, like "-4:S05" or "+1:S03,S08"'],
    ['x:A', '--columns: the column "x:A" starts with "x", not a whole-number score'],
    ['-1:A / 0:B / -1:C', '--columns: the column for score -1 is given twice; put all its statements in one column'],
  ])('rejects %j', (text, message) => {
    expect(() => parseColumnsNotation(text)).toThrow(DataError);
    expect(() => parseColumnsNotation(text)).toThrow(message);
  });
});

describe('resolveStatementId', () => {
  const mixed: Statement[] = [{ id: 'S05', text: { en: 'a' } }, { id: 'S15', text: { en: 'b' } }, { id: 'Q5', text: { en: 'c' } }, { id: 'x', text: { en: 'd' } }];
  it.each([
    ['S05', 'S05'],
    ['s05', 'S05'],
    ['s5', 'S05'],
    ['S005', 'S05'],
    ['q5', 'Q5'],
    ['X', 'x'],
    ['15', 'S15'],
    ['5', '5'],
    ['S99', 'S99'],
  ])('%s → %s', (typed, id) => {
    expect(resolveStatementId(typed, mixed)).toBe(id);
  });

  it('maps plain numbers onto numbered ids and back', () => {
    expect(resolveStatementId('7', statements)).toBe('S07');
    const numeric: Statement[] = [{ id: '1', text: { en: 'a' } }, { id: '12', text: { en: 'b' } }];
    expect(resolveStatementId('S12', numeric)).toBe('12');
    expect(resolveStatementId('01', numeric)).toBe('1');
  });
});

describe('scoresFromEntries', () => {
  it('refuses a statement given twice, also under two spellings', () => {
    expect(() => scoresFromEntries([{ statement: 'S01', score: 4 }, { statement: 'S01', score: -3 }], statements, '--scores')).toThrow(
      '--scores: statement S01 is given twice, with scores +4 and -3',
    );
    expect(() => scoresFromEntries([{ statement: 'S01', score: 4 }, { statement: '1', score: 4 }], statements, '--columns')).toThrow(
      '--columns: statement S01 is given twice (as "S01" and "1"), with scores +4 and +4',
    );
  });

  it('says the same in Dutch (the error\'s nl twin)', () => {
    const dutch = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof DataError ? e.nl : undefined;
      }
      return undefined;
    };
    expect(dutch(() => scoresFromEntries([{ statement: 'S01', score: 4 }, { statement: '1', score: -3 }], statements, '--scores'))).toBe(
      '--scores: stelling S01 staat er twee keer (als "S01" en "1"), met scores +4 en -3',
    );
    expect(dutch(() => parseColumnsNotation('-1:A / 0:B / -1:C', '--columns'))).toBe('--columns: de kolom voor score -1 staat er twee keer; zet al haar stellingen in één kolom');
  });

  it('keeps an id such as __proto__ as an ordinary key', () => {
    const scores = scoresFromEntries([{ statement: '__proto__', score: 1 }], statements, '--scores');
    expect(Object.keys(scores)).toEqual(['__proto__']);
  });
});

describe('buildPaperSort', () => {
  const input = { participant: ' anne ', team: 'sales', sortId: 'id-1', enteredAt: '2026-11-22T09:00:00.000Z' };

  it('builds the same record from --scores and from --columns', () => {
    const a = buildPaperSort(target, { ...input, scores: scoresText });
    const b = buildPaperSort(target, { ...input, columns: columnsText });
    expect(a).toEqual(b);
    expect(a).toEqual({
      schemaVersion: 1,
      sortId: 'id-1',
      participant: 'anne',
      team: 'sales',
      language: 'nl',
      source: 'add',
      finishedAt: '2026-11-22T09:00:00.000Z',
      scores: valid,
    });
    expect(Object.keys(a.scores)).toEqual(ids);
  });

  it('accepts loosely typed ids and keeps a comment and a language', () => {
    const loose = scoresText.replace(/S0?(\d+)=/g, 's$1=');
    expect(buildPaperSort(target, { ...input, scores: loose, language: 'en', comment: ' ok ' })).toMatchObject({ scores: valid, language: 'en', comment: 'ok' });
  });

  it('wants exactly one of --scores and --columns', () => {
    expect(() => buildPaperSort(target, input)).toThrow(UsageError);
    expect(() => buildPaperSort(target, { ...input, scores: scoresText, columns: columnsText })).toThrow('give the sort either as --scores');
  });

  it('says what does not fit, with a hint', () => {
    expect(() => buildPaperSort(target, { ...input, scores: scoresText.replace('S24=-4', 'S24=-3') })).toThrow(
      '--scores: the sort of "anne" does not fit the study: score -4 is used 0 times, the distribution asks for 1; ' +
        'score -3 is used 3 times, the distribution asks for 2 (the distribution is -4..4:1,2,3,4,4,4,3,2,1)',
    );
    expect(() => buildPaperSort(target, { ...input, scores: scoresText.replace('S24=', 'S25=') })).toThrow(
      '--scores: the sort of "anne" does not fit the study: unknown statement id "S25"; statement S24 has no score ' +
        "(the study's statements are S01, S02, S03 … S23, S24)",
    );
    expect(() => buildPaperSort(target, { ...input, columns: '4:S01 / 3:S02,S03' })).toThrow('statements S04, S05, S06, S07, S08, S09, S10, S11 … (21 in all) have no score');
  });

  it('checks the participant id', () => {
    expect(() => checkParticipantId('  ')).toThrow('--participant must not be empty');
    expect(() => checkParticipantId('a\nb')).toThrow('--participant must be one line of text without control characters');
    expect(() => checkParticipantId('x'.repeat(101))).toThrow('--participant is 101 characters long; use at most 100');
    expect(checkParticipantId(' Anne de Vries ')).toBe('Anne de Vries');
  });

  it('any order of the cards in --scores or --columns gives a valid sort (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(distributionValues(DEFAULT_DISTRIBUTION), { minLength: 24 }), fc.boolean(), (values, useColumns) => {
        const scores = Object.fromEntries(ids.map((id, i) => [id, values[i] ?? 0]));
        const text = useColumns
          ? DEFAULT_DISTRIBUTION.scores.map((s) => `${s > 0 ? '+' : ''}${s}: ${ids.filter((id) => scores[id] === s).join(' ')}`).join('\n')
          : Object.entries(scores)
              .reverse()
              .map(([id, s]) => `${id}=${s}`)
              .join('; ');
        const record = buildPaperSort(target, { ...input, ...(useColumns ? { columns: text } : { scores: text }) });
        expect(record.scores).toEqual(scores);
      }),
      { numRuns: 200 },
    );
  });

  it('random text never crashes: a UsageError/DataError or a valid sort (property)', () => {
    const token = fc.constantFrom('S01', 's2', '7', '=', ':', '-4', '+3', '0', ',', ' ', '/', '|', '\n', 'x', '--', '');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }).map((t) => t.join('')), fc.boolean(), (text, useColumns) => {
        try {
          const record = buildPaperSort(target, { ...input, ...(useColumns ? { columns: text } : { scores: text }) });
          expect(Object.keys(record.scores)).toHaveLength(24);
        } catch (error) {
          expect(error instanceof DataError || error instanceof UsageError).toBe(true);
          expect((error as Error).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
