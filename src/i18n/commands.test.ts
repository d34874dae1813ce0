import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.ts';
import { renderSortList, sortListEntries, summarizeSortList } from '../render/terminal/sort-list.ts';
import { renderStatementList } from '../render/terminal/statement-list.ts';
import { categoryText, commandTexts } from './commands.ts';

const study = { statements: [{ id: 'S1', text: { en: 'one' } }, { id: 'S2', text: { en: 'two' } }] };

describe('commandTexts', () => {
  it('has every text in both languages, and the Dutch differ from the English', () => {
    const en = commandTexts('en');
    const nl = commandTexts('nl');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(nl.created('Werk', '/tmp/w')).toBe('Studie "Werk" gemaakt in /tmp/w');
    expect(en.created('Work', '/tmp/w')).toBe('Created study "Work" in /tmp/w');
    expect(nl.studyShape(24, undefined, '-4..4')).toBe('  24 stellingen, verdeling -4..4');
    expect(nl.importedAll(1, 'w')).toBe('1 sortering geïmporteerd in w');
    expect(en.importedAll(2, 'w')).toBe('Imported 2 sorts into w');
    expect(nl.exported(3, ['a.DAT', 'a.STA'])).toBe('3 sorteringen geëxporteerd naar a.DAT en a.STA');
  });

  it('shows the built-in categories as willing/able/allowed in English, as they are in Dutch; others unchanged', () => {
    expect(['willen', 'kunnen', 'mogen'].map((c) => categoryText(c, 'en'))).toEqual(['willing', 'able', 'allowed']);
    expect(categoryText('kunnen', 'nl')).toBe('kunnen');
    expect(categoryText('budget', 'en')).toBe('budget');
  });
});

describe('qsort list and statements in Dutch', () => {
  it('heads the list, its statuses and its tally in Dutch', () => {
    const entries = sortListEntries(study, {
      sorts: [
        { file: '/s/sorts/anne.json', fileParticipant: 'anne', record: { participant: 'anne', source: 'add', scores: { S1: 1, S2: -1 } } },
        { file: '/s/sorts/bram.json', fileParticipant: 'bram', record: { participant: 'bram', source: 'add', scores: { S1: 1 } }, problem: 'x' },
      ],
      drafts: [{ participant: 'carla', file: '/s/drafts/carla.json' }],
    });
    const out = renderSortList(entries, 100, undefined, 'nl');
    expect(out.split('\n')[0]).toBe('deelnemer  team  datum  taal  bron  status');
    expect(out).toContain('geldig');
    expect(out).toContain('ONGELDIG [1]');
    expect(out).toContain('tussenstand, niet af');
    expect(summarizeSortList(entries, 'nl')).toBe('2 sorteringen: 1 geldig, 1 ongeldig; 1 sortering nog bezig');
    expect(summarizeSortList(entries, 'en')).toBe('2 sorts: 1 valid, 1 invalid; 1 draft in progress');
  });

  it("gives an invalid sort's reason in Dutch, with 'regel' for a line of sorts.jsonl", () => {
    const sorts = [
      { file: '/s/sorts.jsonl:3', fileParticipant: 'dirk', record: { participant: 'dirk', source: 'import' as const, scores: { S1: 1 } }, problem: '/s/sorts.jsonl:3: statement S2 has no score', problemNl: '/s/sorts.jsonl:3: stelling S2 heeft geen score' },
    ];
    expect(sortListEntries(study, { sorts: sorts.map((x) => ({ ...x, file: '/s/sorts.jsonl' })), drafts: [] }, 'nl')[0]?.problem).toBe('regel 3: stelling S2 heeft geen score');
    expect(sortListEntries(study, { sorts: sorts.map((x) => ({ ...x, file: '/s/sorts.jsonl' })), drafts: [] })[0]?.problem).toBe('line 3: statement S2 has no score');
  });

  it('counts the statements in the language and translates the built-in categories for English', () => {
    const statements: Statement[] = [{ id: 'S01', category: 'willen', text: { nl: 'Ik wil', en: 'I want' } }];
    expect(renderStatementList(statements, 'nl', 80)).toBe('S01  willen  Ik wil\n\n1 stelling\n');
    expect(renderStatementList(statements, 'en', 80)).toBe('S01  willing  I want\n\n1 statement\n');
  });
});

describe('qsort sync lines', () => {
  const waiting = { path: '/o/outbox/x.json', participant: 'anne', url: 'http://10.0.0.5:8080', result: { kind: 'queued', path: '/o/outbox/x.json', reason: 'cannot send the sort to http://10.0.0.5:8080: connection refused (is the server running?)' } } as const;
  const sent = { path: '/o/outbox/y.json', participant: 'bram', url: 'http://10.0.0.5:8080', result: { kind: 'sent', result: { status: 'stored', sortId: 'y' } } } as const;

  it('say what became of each sort in Dutch, the network reason too', async () => {
    const { formatSyncItem } = await import('../actions/sync.ts');
    expect(formatSyncItem(waiting, '/o', 'nl')).toBe(
      'wacht       anne → http://10.0.0.5:8080: kan de sortering niet versturen naar http://10.0.0.5:8080: verbinding geweigerd (draait de server wel?)',
    );
    expect(formatSyncItem(sent, '/o', 'nl')).toBe('verstuurd   bram → http://10.0.0.5:8080: opgeslagen');
  });

  it('keep their English form', async () => {
    const { formatSyncItem } = await import('../actions/sync.ts');
    expect(formatSyncItem(sent, '/o')).toBe('sent      bram → http://10.0.0.5:8080: stored');
    expect(formatSyncItem(waiting, '/o', 'en')).toMatch(/^waiting   anne → .*: cannot send the sort to .*: connection refused/);
  });
});
