import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomStudy } from '../../test/helpers/study-arbitraries.ts';
import type { RandomStudy } from '../../test/helpers/study-arbitraries.ts';
import { detectFormat } from './detect.ts';
import { EXPORT_FORMATS, exportSorts, parseSorts } from './index.ts';
import type { ExportFormat, ImportFormat } from './index.ts';
import { pqmethodNames } from './pqmethod.ts';

/** Formats whose files carry teams. */
const WITH_TEAMS: ReadonlySet<ExportFormat> = new Set(['csv-long', 'eqws', 'json']);

const FILE_NAMES: Record<ExportFormat, string> = {
  'csv-wide': 'x.csv',
  'csv-long': 'x.csv',
  pqmethod: 'x.DAT',
  kade: 'x.csv',
  htmlq: 'x.csv',
  eqws: 'x.json',
  json: 'x.json',
};

function roundTrip(format: ExportFormat, { study, sorts }: RandomStudy, detect: boolean) {
  const exported = exportSorts(format, study, sorts, 'en');
  const file = exported.files[0];
  if (!file) throw new Error('no file');
  const text = typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
  const ids = study.statements.map((s) => s.id);
  const as: ImportFormat = detect ? (detectFormat(FILE_NAMES[format], text, ids) ?? 'csv-wide') : format;
  expect(as).toBe(format);
  return parseSorts(as, text, { file: FILE_NAMES[format], statementIds: ids });
}

describe('export → import is the identity', () => {
  for (const format of EXPORT_FORMATS) {
    it(`for ${format} (random studies, awkward names, teams where the format has them)`, () => {
      fc.assert(
        fc.property(randomStudy(), fc.boolean(), (random, detect) => {
          const data = roundTrip(format, random, detect);
          const names = format === 'pqmethod' ? pqmethodNames(random.sorts.map((s) => s.participant)) : random.sorts.map((s) => s.participant);
          expect(data.sorts.map((s) => s.participant)).toEqual(names);
          random.sorts.forEach((original, i) => {
            const back = data.sorts[i];
            expect(back?.scores).toEqual(original.scores);
            if (WITH_TEAMS.has(format)) expect(back?.team).toBe(original.team);
            if (format === 'json') expect(back?.record).toEqual(original);
          });
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('pqmethodNames', () => {
  it('gives unique names of at most 8 printable ASCII characters and keeps names that fit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }), (participants) => {
        const names = pqmethodNames(participants);
        expect(names).toHaveLength(participants.length);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).toMatch(/^[\x21-\x7e]([\x20-\x7e]{0,6}[\x21-\x7e])?$/);
        const counts = new Map<string, number>();
        for (const p of participants) counts.set(p, (counts.get(p) ?? 0) + 1);
        participants.forEach((p, i) => {
          if (/^[\x21-\x7e]([\x20-\x7e]{0,6}[\x21-\x7e])?$/.test(p) && participants.indexOf(p) === i) expect(names[i]).toBe(p);
        });
      }),
    );
  });
});
