import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/helpers/cli.ts';
import { randomStudy } from '../../test/helpers/study-arbitraries.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { exportSorts } from '../formats/index.ts';
import type { ExportFormat } from '../formats/index.ts';
import { EXPORT_FORMATS } from '../formats/types.ts';
import { pqmethodNames } from '../formats/pqmethod.ts';
import { createStudy, readValidSorts, saveSort } from '../study/study-folder.ts';

const study: Study = {
  schemaVersion: 1,
  title: 'Five',
  language: 'en',
  instruction: { en: 'Sort.' },
  statements: ['S1', 'S2', 'S3', 'S4', 'S5'].map((id) => ({ id, text: { en: `Statement ${id}` } })),
  distribution: { scores: [-1, 0, 1], counts: [1, 3, 1] },
  questions: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

const sort = (participant: string, values: number[], team?: string): SortRecord => ({
  schemaVersion: 1,
  sortId: participant,
  participant,
  ...(team ? { team } : {}),
  source: 'import',
  scores: Object.fromEntries(study.statements.map((s, i) => [s.id, values[i] ?? 0])),
});
const valid = [sort('Ann', [1, 0, 0, 0, -1], 'red'), sort('Bob', [-1, 0, 1, 0, 0]), sort('Cé, "C"', [0, 0, 0, 1, -1], 'blue')];

let root: string;
let dir: string;
const sortFiles = async (d = dir) => (await readdir(join(d, 'sorts')).catch(() => [])).filter((f) => f.endsWith('.json'));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qsort-import-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(root, 'study-'));
  await createStudy(dir, study);
});

const run = (...argv: string[]) => runInProcess(argv, { cwd: root });

describe('qsort import', () => {
  it('imports a wide CSV and prints how many per file', async () => {
    await writeFile(join(dir, 'w.csv'), 'id,Ann,Bob\nS1,1,-1\nS2,0,0\nS3,0,1\nS4,0,0\nS5,-1,0\n');
    const r = await run('import', join(dir, 'w.csv'), '--study', dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/w\.csv\s+csv-wide\s+2 sorts\nImported 2 sorts into /);
    const saved = await readValidSorts(dir, study);
    expect(saved.map((s) => [s.participant, s.source, s.scores['S1']])).toEqual([
      ['Ann', 'import', 1],
      ['Bob', 'import', -1],
    ]);
  });

  it('is all or nothing: a bad sort in the second file writes nothing and names file, line, participant and statement', async () => {
    await writeFile(join(dir, 'one.csv'), 'participant,team,statement,score\n' + ['S1', 'S2', 'S3', 'S4', 'S5'].map((s, i) => `Ann,,${s},${[1, 0, 0, 0, -1][i]}`).join('\n'));
    await writeFile(join(dir, 'two.csv'), 'id,Bob,Dee\nS1,-1,1\nS2,0,0\nS3,1,0\nS4,0,0\nS5,0,7\n');
    const r = await run('import', join(dir, 'one.csv'), join(dir, 'two.csv'), '--study', dir, '--json');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: .*two\.csv:6:3, participant "Dee": statement S5 has score 7, outside -1\.\.1; nothing was imported\n$/);
    expect(await sortFiles()).toEqual([]);
  });

  it('refuses participants that already have a sort unless --replace, then keeps a backup', async () => {
    await saveSort(dir, study, valid[0] as SortRecord);
    await writeFile(join(dir, 'k.csv'), ',1,2,3,4,5\nAnn,-1,0,0,0,1\n');
    const refused = await run('import', join(dir, 'k.csv'), '--study', dir);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/k\.csv:2, participant "Ann": the participant already has a sort in the study; nothing was imported \(--replace replaces existing sorts and keeps the old ones as backups\)\n$/);
    const replaced = await run('import', join(dir, 'k.csv'), '--study', dir, '--replace');
    expect(replaced.code).toBe(0);
    expect((await readValidSorts(dir, study))[0]?.scores['S1']).toBe(-1);
    expect(await readdir(join(dir, 'sorts', 'replaced'))).toHaveLength(1);
  });

  it('lists every problem when there are several', async () => {
    await writeFile(join(dir, 'h.csv'), 'sid;uid;s1;s2;s3;s4;s5\n1;Ann;1;0;0;0;-1\n2;Ann;1;0;0;0;-1\n3;Bob;1;1;0;0;-1\n');
    const r = await run('import', join(dir, 'h.csv'), '--study', dir);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')).toEqual([
      `  ${join(dir, 'h.csv')}:3, participant "Ann": the participant appears twice in the import (also ${join(dir, 'h.csv')}:2)`,
      `  ${join(dir, 'h.csv')}:4, participant "Bob": score 0 is used 2 times, the distribution asks for 3; score +1 is used 2 times, the distribution asks for 1`,
      'error: 2 problems in the import (listed above); nothing was imported',
      '',
    ]);
  });

  it('says when it cannot tell the format, and when a file is missing', async () => {
    await writeFile(join(dir, 'x.txt'), '{ not json');
    expect(await run('import', join(dir, 'x.txt'), '--study', dir)).toMatchObject({ code: 3, stderr: expect.stringContaining('cannot tell the format; give --format') });
    expect(await run('import', join(dir, 'nope.csv'), '--study', dir)).toMatchObject({ code: 4, stderr: expect.stringContaining('no such file') });
  });
});

describe('qsort import on random and mutated files', () => {
  const valids = Object.fromEntries(
    EXPORT_FORMATS.map((f) => {
      const file = exportSorts(f, study, valid, 'en').files[0];
      return [f, typeof file?.content === 'string' ? file.content : ''];
    }),
  ) as Record<ExportFormat, string>;

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 3 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8, unit: fc.constantFrom('1', '-', ',', ';', '"', '\n', '|', ' ', 'x', '{', '0') }) }),
    fc.record({ kind: fc.constant('line' as const), at: fc.nat() }),
  );
  function mutate(text: string, ops: readonly { kind: string; at: number; text?: string; length?: number }[]): string {
    let t = text;
    for (const op of ops) {
      const at = t.length === 0 ? 0 : op.at % t.length;
      if (op.kind === 'replace') t = t.slice(0, at) + (op.text ?? '') + t.slice(at + 1);
      else if (op.kind === 'delete') t = t.slice(0, at) + t.slice(at + (op.length ?? 1));
      else if (op.kind === 'insert') t = t.slice(0, at) + (op.text ?? '') + t.slice(at);
      else {
        const lines = t.split('\n');
        const k = op.at % lines.length;
        lines.splice(k, 0, lines[k] ?? '');
        t = lines.join('\n');
      }
    }
    return t;
  }

  for (const format of EXPORT_FORMATS) {
    it(`${format}: a valid import or exit 3 with one clear line, and nothing written`, async () => {
      const name = format === 'pqmethod' ? 'in.DAT' : format === 'eqws' || format === 'json' ? 'in.json' : 'in.csv';
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ops) => mutate(valids[format], ops)),
            fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
          ),
          fc.boolean(),
          async (content, auto) => {
            await rm(join(dir, 'sorts'), { recursive: true, force: true });
            await writeFile(join(dir, name), content, 'latin1');
            const r = await run('import', join(dir, name), '--study', dir, '--format', auto ? 'auto' : format);
            expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
            if (r.code === 0) {
              expect((await readValidSorts(dir, study)).length).toBeGreaterThan(0);
            } else {
              expect(r.code).toBe(3);
              expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^error: \S/);
              expect(await sortFiles()).toEqual([]);
            }
          },
        ),
        { numRuns: 40 },
      );
    }, 120_000);
  }
});

describe('export → import through the CLI', () => {
  for (const format of EXPORT_FORMATS) {
    it(`gives back the same sorts for ${format}`, async () => {
      await fc.assert(
        fc.asyncProperty(randomStudy({ maxStatements: 20, maxSorts: 5 }), async ({ study: s, sorts }) => {
          const a = await mkdtemp(join(root, 'a-'));
          const b = await mkdtemp(join(root, 'b-'));
          await createStudy(a, s);
          await createStudy(b, s);
          for (const record of sorts) await saveSort(a, s, record);
          const out = join(root, `${format}-${Math.random().toString(36).slice(2)}`);
          const exported = await run('export', '--study', a, '--format', format, '--out', out);
          expect(exported.code).toBe(0);
          const file = format === 'pqmethod' ? `${out}.DAT` : out;
          const imported = await run('import', file, '--study', b);
          expect(imported.stderr).toBe('');
          expect(imported.code).toBe(0);
          const before = await readValidSorts(a, s);
          const after = await readValidSorts(b, s);
          const rename = new Map(before.map((r, i) => [r.participant, format === 'pqmethod' ? pqmethodNames(before.map((x) => x.participant))[i] : r.participant]));
          const key = (r: SortRecord, team: boolean) => JSON.stringify([r.participant, team ? (r.team ?? null) : null, r.scores]);
          const teams = format === 'csv-long' || format === 'eqws' || format === 'json';
          expect(after.map((r) => key(r, teams)).sort()).toEqual(before.map((r) => key({ ...r, participant: rename.get(r.participant) ?? '' }, teams)).sort());
          // the same records in the same order; the new study stamps its own arrival (savedAt, position)
          const unplaced = (rs: readonly SortRecord[]) => rs.map(({ savedAt: _at, position: _p, ...r }) => r);
          if (format === 'json') expect(unplaced(after)).toEqual(unplaced(before));
          await Promise.all([a, b].map((d) => rm(d, { recursive: true, force: true })));
          await rm(file, { force: true });
        }),
        { numRuns: 12 },
      );
    }, 120_000);
  }
});

describe('qsort export', () => {
  beforeEach(async () => {
    for (const r of valid) await saveSort(dir, study, r);
  });

  it('writes wide CSV to stdout by default', async () => {
    const r = await run('export', '--study', dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('id,Ann,Bob,"Cé, ""C"""\nS1,1,-1,0\nS2,0,0,0\nS3,0,1,0\nS4,0,0,1\nS5,-1,0,-1\n');
  });

  it('needs --out for PQMethod, then writes PATH.DAT and PATH.STA and says which names changed', async () => {
    expect(await run('export', '--study', dir, '--format', 'pqmethod')).toMatchObject({ code: 2, stderr: expect.stringContaining('give --out PATH') });
    const r = await run('export', '--study', dir, '--format', 'pqmethod', '--out', join(dir, 'FIVE.dat'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('note: "Cé, "C"" is named "Ce, "C"" in the .DAT');
    expect(await readFile(join(dir, 'FIVE.DAT'), 'latin1')).toBe('  0  3  5 Five\r\n -1  1  0  0  0  0  0  1  3  1  0  0  0  0  0  0  0  0  0  0  0  0\r\nAnn        1 0 0 0-1\r\nBob       -1 0 1 0 0\r\nCe, "C"    0 0 0 1-1\r\n');
    expect(await readFile(join(dir, 'FIVE.STA'), 'latin1')).toBe('Statement S1\r\nStatement S2\r\nStatement S3\r\nStatement S4\r\nStatement S5\r\n');
  });

  it('stops on an invalid sort file', async () => {
    await writeFile(join(dir, 'sorts', 'Zed.json'), JSON.stringify({ schemaVersion: 1, participant: 'Zed', scores: { S1: 9 } }));
    expect(await run('export', '--study', dir)).toMatchObject({ code: 3, stdout: '', stderr: expect.stringMatching(/^error: .*Zed\.json: unknown|^error: .*Zed\.json: .*S1/) });
  });
});
