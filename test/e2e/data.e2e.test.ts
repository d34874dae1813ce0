import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.ts';

/** End-to-end: the built `qsort` (bin/qsort.js → dist/) on the lipset reference data. */

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
let root: string;
const qsort = (...argv: string[]) => runInProcess(argv, { cwd: root });
const sortFiles = async (study: string) => (await readdir(join(root, study, 'sorts')).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
const LIPSET = ['CA6', 'FR9', 'JP5', 'UK7', 'US1', 'US2', 'US3', 'US4', 'US8'].map((p) => `${p}.json`);

/** No stack trace, one `error:` line at the end. */
function expectCleanError(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^error: \S/);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qsort-data-e2e-'));
  for (const f of ['sorts.csv', 'statements.csv']) await copyFile(join(fixtures, 'lipset', f), join(root, f));
  const r = await qsort('init', 'lip', '--from', 'sorts.csv', '--statements', 'statements.csv');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('qsort init --from', () => {
  it('creates the lipset study with its 9 sorts and the distribution taken from them', async () => {
    expect(await sortFiles('lip')).toEqual(LIPSET);
    const study = JSON.parse(await readFile(join(root, 'lip', 'study.json'), 'utf8')) as { statements: unknown[]; distribution: unknown };
    expect(study.statements).toHaveLength(33);
    expect(study.distribution).toEqual({ scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [2, 3, 4, 5, 5, 5, 4, 3, 2] });
  });

  it('refuses a statements file whose ids do not match, and leaves nothing', async () => {
    await writeFile(join(root, 'other.csv'), 'id,text\na,one\nb,two\n');
    const r = await qsort('init', 'nope', '--from', 'sorts.csv', '--statements', 'other.csv');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('error: sorts.csv: statement ids "sta_1", "sta_2", "sta_3", "sta_4", "sta_5" and 28 more are not in ' + join(root, 'other.csv') + '\n');
    expect(await readdir(root)).not.toContain('nope');
  });
});

describe('qsort init --from --free', () => {
  it('refuses unforced sorts without --free (naming it), makes a free study with it, and analyses it as qmethod forced = FALSE', async () => {
    const free = fileURLToPath(new URL('../golden/free/lipset', import.meta.url));
    const refused = await qsort('init', 'loose', '--from', join(free, 'sorts.csv'), '--statements', join(free, 'statements.csv'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/does not share the distribution of sort "US1".*make a free study with --free/);
    expect(await readdir(root)).not.toContain('loose');
    const made = await qsort('init', 'loose', '--from', join(free, 'sorts.csv'), '--statements', join(free, 'statements.csv'), '--free', '--distribution', '-4..4:2,3,4,5,5,5,4,3,2');
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/^note: free study: 9 of 9 sorts do not follow the shape -4\.\.4:2,3,4,5,5,5,4,3,2 \(US1, US2/);
    expect(JSON.parse(await readFile(join(root, 'loose', 'study.json'), 'utf8'))).toMatchObject({ forced: false });
    const q = JSON.parse(await readFile(join(free, 'qmethod-pca-varimax-3.json'), 'utf8')) as { meta: { sort_ids: string[] }; loadings: { data: number[][] }; zsc_n: { data: number[][] } };
    const json = JSON.parse((await qsort('analyze', '--study', 'loose', '--factors', '3', '--compat', 'qmethod', '--json')).stdout) as AnalysisJsonLike;
    expect(json.sorts).toEqual(q.meta.sort_ids);
    expect(json.options.forced).toBe(false);
    expect(Math.max(...json.loadings.flatMap((row, i) => row.map((x, f) => Math.abs(x - q.loadings.data[i]![f]!))))).toBeLessThan(1e-12);
    expect(json.factorArrays).toEqual(q.zsc_n.data);
    const alone = await qsort('init', 'nofrom', '--free');
    expect(alone).toMatchObject({ code: 2, stderr: expect.stringContaining('--free makes a free study from existing sorts') });
  });
});

interface AnalysisJsonLike {
  sorts: string[];
  options: { forced: boolean };
  loadings: number[][];
  factorArrays: (number | null)[][];
}

describe('qsort export and import, every format', () => {
  const formats = [
    ['csv-wide', 'w.csv'],
    ['csv-long', 'l.csv'],
    ['kade', 'k.csv'],
    ['htmlq', 'h.csv'],
    ['eqws', 'e.json'],
    ['json', 'q.json'],
    ['pqmethod', 'LIP'],
  ] as const;

  for (const [format, out] of formats) {
    it(`${format}: export, then import into a fresh study gives the same sorts`, async () => {
      const exported = await qsort('export', '--study', 'lip', '--format', format, '--out', out);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toBe('');
      const fresh = `fresh-${format}`;
      expect((await qsort('init', fresh, '--statements', 'statements.csv', '--distribution', '2,3,4,5,5,5,4,3,2')).code).toBe(0);
      const file = format === 'pqmethod' ? 'LIP.DAT' : out;
      const imported = await qsort('import', file, '--study', fresh);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`${file.replace('.', '\\.')}\\s+${format}\\s+9 sorts\\nImported 9 sorts into `));
      expect(await sortFiles(fresh)).toEqual(LIPSET);
      const again = await qsort('export', '--study', fresh, '--format', 'csv-long');
      const original = await qsort('export', '--study', 'lip', '--format', 'csv-long');
      expect(again.stdout).toBe(original.stdout);
    });
  }

  it('writes CSV to stdout without --out, the sorts in the input file order (not name order), as list and analyze show them', async () => {
    const order = ['US1', 'US2', 'US3', 'US4', 'JP5', 'CA6', 'UK7', 'US8', 'FR9'];
    const r = await qsort('export', '--study', 'lip');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`id,${order.join(',')}`);
    const list = JSON.parse((await qsort('list', '--study', 'lip', '--json')).stdout) as { sorts: { participant: string }[] };
    expect(list.sorts.map((s) => s.participant)).toEqual(order);
    const analyzed = JSON.parse((await qsort('analyze', '--study', 'lip', '--factors', '2', '--json')).stdout) as { sorts: string[] };
    expect(analyzed.sorts).toEqual(order);
    // the PQMethod export of the loop above numbers the sorts in that order (and its re-import kept it: csv-long equal)
    const dat = (await readFile(join(root, 'LIP.DAT'), 'latin1')).split(/\r?\n/);
    expect(dat.slice(2, 11).map((l) => l.slice(0, 8).trim())).toEqual(order);
    // the same row as the input file: same columns, same order
    expect(r.stdout.split('\n')[1]).toBe('sta_1,-1,-1,2,3,-4,1,2,-2,3');
  });

  it('writes a PQMethod .DAT that qmethod reads: lines of exactly 10 + 2N characters, CRLF', async () => {
    const dat = await readFile(join(root, 'LIP.DAT'), 'latin1');
    const lines = dat.split('\r\n');
    expect(lines[0]).toBe('  0  9 33 lip');
    expect(lines[1]).toBe(' -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0  0  0  0  0  0  0  0');
    for (const line of lines.slice(2, 11)) expect(line).toHaveLength(10 + 2 * 33);
    expect(lines.slice(11)).toEqual(['']);
  });
});

describe('qsort import is all or nothing', () => {
  it('a bad sort in the second file: exit 3, the message names file, line, participant and statement, no sorts written', async () => {
    expect((await qsort('init', 'aon', '--statements', 'statements.csv', '--distribution', '2,3,4,5,5,5,4,3,2')).code).toBe(0);
    await qsort('export', '--study', 'lip', '--format', 'csv-long', '--out', 'good.csv');
    const wide = (await readFile(join(root, 'sorts.csv'), 'utf8')).replace(/^id,US1,US2/, 'id,N1,N2').replace(/^sta_4,0,/m, 'sta_4,9,');
    await writeFile(join(root, 'bad.csv'), wide);
    const r = await qsort('import', 'good.csv', 'bad.csv', '--study', 'aon');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expectCleanError(r.stderr);
    expect(r.stderr).toContain('bad.csv:5:2, participant "N1": statement sta_4 has score 9, outside -4..4');
    expect(r.stderr).toContain('nothing was imported');
    expect(await sortFiles('aon')).toEqual([]);
  });

  it('a broken file: exit 3 with file, line and column', async () => {
    await writeFile(join(root, 'broken.DAT'), '  0  1 33 x\n -4  4\nP1         1 2 x\n');
    const r = await qsort('import', 'broken.DAT', '--study', 'aon');
    expect(r.code).toBe(3);
    expectCleanError(r.stderr);
    expect(r.stderr).toBe('error: broken.DAT:3:15, participant "P1", statement sta_3: score "x" is not a whole number\n');
  });

  it('usage and I/O errors: exit 2 for a bad --format, exit 4 without a study', async () => {
    const usage = await qsort('import', 'good.csv', '--format', 'xls', '--study', 'aon');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("option '--format <format>' argument 'xls' is invalid");
    const missing = await qsort('import', 'good.csv', '--study', 'no-such-study');
    expect(missing.code).toBe(4);
    expectCleanError(missing.stderr);
    expect(missing.stderr).toContain('no study in');
    const noOut = await qsort('export', '--study', 'lip', '--format', 'pqmethod');
    expect(noOut.code).toBe(2);
    expectCleanError(noOut.stderr);
  });
});
