import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSortList, sortListEntries, summarizeSortList, formatListDate } from './sort-list.ts';
import { renderTable } from '../../text/table.ts';

describe('renderTable', () => {
  it('aligns columns under a rule, without trailing spaces', () => {
    expect(renderTable([{ header: 'name' }, { header: 'n', right: true }, { header: 'note' }], [['anne', '3', ''], ['bram', '12', 'late']], 80)).toBe(
      'name   n  note\n────  ──  ────\nanne   3\nbram  12  late\n',
    );
  });

  it('never exceeds the width while columns can give way (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 40 }), { minLength: 4, maxLength: 4 }), { maxLength: 8 }), fc.integer({ min: 40, max: 120 }), (rows, width) => {
        const cleanRows = rows.map((r) => r.map((c) => c.replace(/\s/g, '_')));
        const out = renderTable([{ header: 'a' }, { header: 'b', max: 10 }, { header: 'c' }, { header: 'd' }], cleanRows, width);
        for (const line of out.trimEnd().split('\n')) {
          expect([...line].length).toBeLessThanOrEqual(width);
          expect(line).toBe(line.trimEnd());
        }
      }),
    );
  });

  it('applies a style after fitting, so colour codes do not shift the columns', () => {
    const out = renderTable([{ header: 'a' }, { header: 'b' }], [['x', 'bad']], 80, (t, _r, c) => (c === 0 ? `<${t}>` : t));
    expect(out.split('\n')[2]).toBe('<x>  bad');
  });
});

const study = { statements: [{ id: 'S1', text: { en: 'a' } }, { id: 'S2', text: { en: 'b' } }] };

describe('sortListEntries', () => {
  it('lists the sorts in the study order given, then the drafts, with complete and valid flags', () => {
    const entries = sortListEntries(study, {
      sorts: [
        {
          file: '/s/sorts/zoe.json',
          fileParticipant: 'zoe',
          record: { participant: 'zoe', team: 'B', language: 'en', source: 'add', finishedAt: '2026-11-22T09:00:00.000Z', scores: { S1: 1, S2: -1 } },
        },
        {
          file: '/s/sorts/anne.json',
          fileParticipant: 'anne',
          record: { participant: 'anne', source: 'import', scores: { S1: 1 } },
          problem: 'statement S2 has no score',
          modified: '2026-11-22T08:00:00.000Z',
        },
        { file: '/s/sorts/x%2Fy.json', fileParticipant: 'x/y', problem: '/s/sorts/x%2Fy.json:3: not valid JSON (oops)' },
      ],
      drafts: [{ participant: 'Bram', file: '/s/drafts/Bram.json', modified: '2026-11-22T09:30:00.000Z' }],
    });
    expect(entries).toEqual([
      { participant: 'zoe', team: 'B', date: '2026-11-22T09:00:00.000Z', language: 'en', source: 'add', status: 'valid', complete: true, valid: true, file: '/s/sorts/zoe.json' },
      { participant: 'anne', date: '2026-11-22T08:00:00.000Z', source: 'import', status: 'invalid', complete: false, valid: false, problem: 'statement S2 has no score', file: '/s/sorts/anne.json' },
      { participant: 'x/y', status: 'invalid', complete: false, valid: false, problem: 'line 3: not valid JSON (oops)', file: '/s/sorts/x%2Fy.json' },
      { participant: 'Bram', date: '2026-11-22T09:30:00.000Z', status: 'draft', complete: false, valid: false, file: '/s/drafts/Bram.json' },
    ]);
    expect(summarizeSortList(entries)).toBe('3 sorts: 1 valid, 2 invalid; 1 draft in progress');
  });

  it('keeps the sorts in the order given (the study order), and orders the drafts naturally', () => {
    const sorts = ['p10', 'p2', 'p1'].map((p) => ({ file: `${p}.json`, fileParticipant: p, record: { participant: p, source: 'add' as const, scores: { S1: 1, S2: -1 } } }));
    const drafts = ['d10', 'd2'].map((p) => ({ participant: p, file: `${p}.json` }));
    expect(sortListEntries(study, { sorts, drafts }).map((e) => e.participant)).toEqual(['p10', 'p2', 'p1', 'd2', 'd10']);
  });
});

describe('renderSortList', () => {
  it('renders an aligned table at 80 columns, the tally, and the reasons in full', () => {
    const entries = sortListEntries(study, {
      sorts: [
        { file: '/s/sorts/anne.json', fileParticipant: 'anne', record: { participant: 'anne', team: 'sales', language: 'nl', source: 'add', finishedAt: '2026-11-22T09:05:00.000Z', scores: { S1: 1, S2: -1 } } },
        { file: '/s/sorts/bram.json', fileParticipant: 'bram', record: { participant: 'bram', source: 'import', finishedAt: '2026-11-22T09:06:00.000Z', scores: { S1: 1 } }, problem: 'statement S2 has no score' },
      ],
      drafts: [],
    });
    const out = renderSortList(entries, 80);
    const date = (iso: string) => formatListDate(iso);
    expect(out).toBe(
      [
        'participant  team   date              lang  source  status',
        '───────────  ─────  ────────────────  ────  ──────  ───────────',
        `anne         sales  ${date('2026-11-22T09:05:00.000Z')}  nl    add     valid`,
        `bram                ${date('2026-11-22T09:06:00.000Z')}        import  INVALID [1]`,
        '',
        '2 sorts: 1 valid, 1 invalid',
        '',
        '[1] bram (bram.json): statement S2 has no score',
        '',
      ].join('\n'),
    );
  });

  it('names a broken line of sorts.jsonl once', () => {
    const file = '/s/sorts.jsonl:10';
    const entries = sortListEntries(study, { sorts: [{ file, fileParticipant: 'sorts.jsonl:10', problem: `${file}: not valid JSON (oops)` }], drafts: [] });
    const out = renderSortList(entries, 80);
    expect(out).toContain('\n[1] sorts.jsonl:10: not valid JSON (oops)\n');
    expect(out).not.toContain('(sorts.jsonl:10)');
  });

  it('formats dates as local "YYYY-MM-DD HH:MM" and leaves other text alone', () => {
    expect(formatListDate(undefined)).toBe('');
    expect(formatListDate('yesterday')).toBe('yesterday');
    expect(formatListDate(new Date(2026, 10, 22, 9, 5).toISOString())).toBe('2026-11-22 09:05');
  });
});
