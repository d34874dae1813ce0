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

describe('exportOrder', () => {
  it('puts sorts with a time oldest first, then the others in the order given (file name)', () => {
    const given = [
      sort('anne', { finishedAt: '2026-11-22T10:30:00.000Z' }),
      sort('bram'),
      sort('carla', { finishedAt: '2026-11-22T09:15:00.000Z' }),
      sort('dirk', { startedAt: '2026-11-22T09:50:00.000Z' }),
      sort('eva'),
      sort('fien', { finishedAt: 'not a date' }),
    ];
    expect(exportOrder(given).map((s) => s.participant)).toEqual(['carla', 'dirk', 'anne', 'bram', 'eva', 'fien']);
    expect(given.map((s) => s.participant)).toEqual(['anne', 'bram', 'carla', 'dirk', 'eva', 'fien']);
  });

  it('is a stable permutation: times ascending, equal times and untimed sorts in the order given', () => {
    const at = fc.option(fc.integer({ min: 0, max: 5 }).map((h) => `2026-11-22T0${h}:00:00.000Z`), { nil: undefined });
    fc.assert(
      fc.property(fc.array(at, { maxLength: 20 }), (times) => {
        const given = times.map((t, i) => sort(`p${i}`, t === undefined ? {} : { finishedAt: t }));
        const out = exportOrder(given);
        expect([...out].sort((a, b) => a.participant.localeCompare(b.participant))).toEqual([...given].sort((a, b) => a.participant.localeCompare(b.participant)));
        const timed = out.filter((s) => s.finishedAt !== undefined);
        expect(out.slice(0, timed.length)).toEqual(timed);
        for (let i = 1; i < timed.length; i++) {
          const [a, b] = [timed[i - 1]!, timed[i]!];
          expect(a.finishedAt! < b.finishedAt! || (a.finishedAt === b.finishedAt && given.indexOf(a) < given.indexOf(b))).toBe(true);
        }
        const untimed = out.slice(timed.length);
        expect(untimed).toEqual(given.filter((s) => s.finishedAt === undefined));
      }),
    );
  });

  it('is the order of every export (csv-wide columns, PQMethod rows)', () => {
    const study = smallStudy();
    const sorts = [
      validSort(study, 'anne', 0, { finishedAt: '2026-11-22T10:00:00.000Z' }),
      validSort(study, 'bram', 1, { source: 'import' }),
      validSort(study, 'zed', 2, { finishedAt: '2026-11-22T09:00:00.000Z' }),
    ];
    expect(exportSorts('csv-wide', study, sorts, 'en').files[0]!.content.toString().split('\n')[0]).toBe('id,zed,anne,bram');
    const dat = exportSorts('pqmethod', study, sorts, 'en').files[0]!.content.toString().split('\n');
    expect(dat.slice(2, 5).map((l) => l.slice(0, 8).trim())).toEqual(['zed', 'anne', 'bram']);
  });
});
