import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SortRecord } from '../core/types.ts';
import { smallStudy, validSort } from '../../test/server/helpers.ts';
import { exportOrder } from './export-order.ts';
import { exportSorts } from './index.ts';

const sort = (participant: string, at: { finishedAt?: string; startedAt?: string } = {}): SortRecord => ({
  schemaVersion: 1,
  sortId: `id-${participant}`,
  participant,
  source: at.finishedAt !== undefined || at.startedAt !== undefined ? 'interactive' : 'import',
  scores: { S1: 0 },
  ...at,
});

describe('exportOrder (the study order)', () => {
  it('puts undated sorts first in the order given, then by arrival (savedAt, else finishedAt/startedAt), an import by position', () => {
    const given = [
      sort('anne', { finishedAt: '2026-11-22T10:30:00.000Z' }),
      sort('bram'),
      { ...sort('carla'), savedAt: '2026-11-22T09:15:00.000Z', position: 1 },
      sort('dirk', { startedAt: '2026-11-22T09:50:00.000Z' }),
      { ...sort('eva'), savedAt: '2026-11-22T09:15:00.000Z', position: 0 },
      sort('fien', { finishedAt: 'not a date' }),
    ];
    expect(exportOrder(given).map((s) => s.participant)).toEqual(['bram', 'fien', 'eva', 'carla', 'dirk', 'anne']);
    expect(given.map((s) => s.participant)).toEqual(['anne', 'bram', 'carla', 'dirk', 'eva', 'fien']);
  });

  it('is a stable permutation by (arrival, position), and never looks at the names', () => {
    const place = fc.record({ hour: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), position: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 20 }), fc.array(fc.string(), { minLength: 20, maxLength: 20 }), (places, names) => {
        const given: SortRecord[] = places.map((p, i) => ({ ...sort(`p${i}`), position: p.position, ...(p.hour === undefined ? {} : { savedAt: `2026-11-22T0${p.hour}:00:00.000Z` }) }));
        const out = exportOrder(given);
        expect(out).toHaveLength(given.length);
        const key = (r: SortRecord): [number, number, number] => [r.savedAt === undefined ? -1 : Date.parse(r.savedAt), r.position ?? 0, given.indexOf(r)];
        for (let i = 1; i < out.length; i++) {
          const [a, b] = [key(out[i - 1]!), key(out[i]!)];
          expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
        }
        // renaming the participants keeps the order
        const renamed = given.map((r, i) => ({ ...r, participant: `${names[i]!}#${i}` }));
        expect(exportOrder(renamed).map((r) => renamed.indexOf(r))).toEqual(out.map((r) => given.indexOf(r)));
      }),
    );
  });

  it('is the order of every export (csv-wide columns, PQMethod rows)', () => {
    const study = smallStudy();
    const sorts = [
      validSort(study, 'anne', 0, { finishedAt: '2026-11-22T10:00:00.000Z' }),
      { ...validSort(study, 'bram', 1, { source: 'import' }), savedAt: '2026-11-22T08:00:00.000Z', position: 1 },
      validSort(study, 'zed', 2, { finishedAt: '2026-11-22T09:00:00.000Z' }),
      { ...validSort(study, 'yuri', 0, { source: 'import' }), savedAt: '2026-11-22T08:00:00.000Z', position: 0 },
    ];
    expect(exportSorts('csv-wide', study, sorts, 'en').files[0]!.content.toString().split('\n')[0]).toBe('id,yuri,bram,zed,anne');
    const dat = exportSorts('pqmethod', study, sorts, 'en').files[0]!.content.toString().split('\n');
    expect(dat.slice(2, 6).map((l) => l.slice(0, 8).trim())).toEqual(['yuri', 'bram', 'zed', 'anne']);
  });
});
