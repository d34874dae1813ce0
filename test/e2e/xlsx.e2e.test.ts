/**
 * Excel in and out, end to end (in process): the sorts exported as a workbook
 * and read back; KADE's input workbook (both layouts) made here with exceljs
 * and imported, equal to the same study from CSV; analysis.xlsx read back with
 * exceljs, its numbers those of `analyze --json`.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formats/csv.ts';
import { runInProcess } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const fixtures = fileURLToPath(new URL('../fixtures/lipset/', import.meta.url));
const tmp = useTempDir('qsort-xlsx-');
const qsort = async (...argv: string[]) => runInProcess(argv, { cwd: tmp.path });

interface Sort {
  participant: string;
  team?: string;
  scores: Record<string, number>;
}

async function lipsetCsv(): Promise<{ names: string[]; ids: string[]; rows: number[][]; texts: string[] }> {
  const lines = (await readFile(join(fixtures, 'sorts.csv'), 'utf8')).trim().split('\n');
  const names = lines[0]!.split(',').slice(1);
  const ids = lines.slice(1).map((l) => l.split(',')[0]!);
  const rows = lines.slice(1).map((l) => l.split(',').slice(1).map(Number));
  const texts = parseCsv(await readFile(join(fixtures, 'statements.csv'), 'utf8'), 'statements.csv').slice(1).map((r) => r.cells[1]!);
  return { names, ids, rows, texts };
}

async function sortsOf(study: string): Promise<Sort[]> {
  const dir = join(tmp.path, study, 'sorts');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as Sort));
}
const studyOf = async (study: string) => JSON.parse(await readFile(join(tmp.path, study, 'study.json'), 'utf8')) as { title: string; statements: { id: string; text: Record<string, string> }[]; distribution: unknown };
/** Scores by statement position, per participant: the same study whatever its ids. */
const byPosition = async (study: string) => {
  const ids = (await studyOf(study)).statements.map((s) => s.id);
  return Object.fromEntries((await sortsOf(study)).map((s) => [s.participant, ids.map((id) => s.scores[id])]));
};

async function initFromCsv(name: string): Promise<void> {
  const r = await qsort('init', name, '--from', join(fixtures, 'sorts.csv'), '--statements', join(fixtures, 'statements.csv'), '--lang', 'en');
  expect(r.code, r.stderr).toBe(0);
}

/** KADE's input workbook: version 2 (name, sorts, pattern, statements, version) or the older one-sheet layout with `blankRows` before the sorts. */
async function kadeWorkbook(layout: 'v2' | 'old', blankRows = 0): Promise<string> {
  const { names, rows, texts } = await lipsetCsv();
  const wb = new ExcelJS.Workbook();
  const sorts = wb.addWorksheet('sorts');
  const sortRows = names.map((n, j) => [n, ...rows.map((r) => r[j]!)]);
  if (layout === 'v2') {
    wb.addWorksheet('name').addRows([['Project Name'], ['Lipset from KADE']]);
    sorts.addRows(sortRows);
    const pattern = wb.addWorksheet('pattern');
    const scores = Array.from({ length: 20 }, (_, i) => i - 6);
    const counts: Record<number, number> = { [-4]: 2, [-3]: 3, [-2]: 4, [-1]: 5, 0: 5, 1: 5, 2: 4, 3: 3, 4: 2 };
    pattern.addRows([scores, scores.map((s) => counts[s] ?? 0)]);
    wb.addWorksheet('version').addRows([['Version'], [2]]);
  } else {
    sorts.getCell('A1').value = 'Project Name';
    sorts.getCell('A2').value = 'Lipset from KADE';
    sorts.getCell('H1').value = 'Do not change the blue cells';
    const pattern = rows.flatMap((r) => r[0]!).sort((a, b) => a - b);
    sorts.getRow(4).values = ['Sort Pattern', ...pattern];
    sorts.getRow(6 + blankRows).values = ['participants', ...texts.map((_, i) => `s${i + 1}`)];
    sortRows.forEach((r, k) => (sorts.getRow(7 + blankRows + k).values = r));
  }
  const statements = wb.addWorksheet('statements');
  statements.addRows([['Statement Num.', 'Statements'], ...texts.map((t, i) => [i + 1, `${t}  `])]);
  const file = join(tmp.path, `kade-${layout}-${blankRows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('qsort export --format xlsx', () => {
  it('writes the sorts as columns (numbers), the statements beside them, and reads back as the same study', async () => {
    await initFromCsv('lip');
    expect(await qsort('export', '--study', 'lip', '--format', 'xlsx')).toMatchObject({ code: 2, stderr: 'error: --format xlsx writes a binary file: give --out FILE.xlsx\n' });
    const out = await qsort('export', '--study', 'lip', '--format', 'xlsx', '--out', 'lip.xlsx');
    expect(out).toMatchObject({ code: 0, stderr: `Exported 9 sorts to ${join(tmp.path, 'lip.xlsx')}\n` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp.path, 'lip.xlsx'));
    const { names, ids, rows } = await lipsetCsv();
    const sheet = wb.getWorksheet('sorts')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(2) as string[];
    expect([...header].sort()).toEqual([...names].sort());
    ids.forEach((id, i) => expect(sheet.getRow(i + 2).values).toEqual([undefined, id, ...header.map((n) => rows[i]![names.indexOf(n)])]));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(wb.getWorksheet('statements')!.getRow(2).values).toEqual([undefined, 'sta_1', expect.stringMatching(/^We accept improvements/)]);
    const back = await qsort('init', 'lip2', '--from', 'lip.xlsx', '--lang', 'en');
    expect(back.stdout).toContain('Created study "lip2"');
    expect((await studyOf('lip2')).statements).toEqual((await studyOf('lip')).statements);
    expect((await sortsOf('lip2')).map((s) => s.scores)).toEqual((await sortsOf('lip')).map((s) => s.scores));
  });
});

describe('KADE input workbook (Type 2) and plain workbooks', () => {
  it.each([
    ['v2', 0],
    ['old', 0],
    ['old', 40],
  ] as const)('init --from a KADE %s workbook (%i blank rows before the sorts) equals the study from CSV', async (layout, blank) => {
    await initFromCsv('csv');
    const file = await kadeWorkbook(layout, blank);
    const r = await qsort('init', 'kade', '--from', file, '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const [kade, csv] = [await studyOf('kade'), await studyOf('csv')];
    expect(kade.title).toBe('Lipset from KADE');
    expect(kade.distribution).toEqual(csv.distribution);
    expect(kade.statements.map((s) => s.text['en'])).toEqual(csv.statements.map((s) => s.text['en']!.trim()));
    expect(await byPosition('kade')).toEqual(await byPosition('csv'));
    // and `import` into a study made from the same statements gives the very sorts of the CSV import
    const empty = await qsort('init', 'into', '--statements', join(fixtures, 'statements.csv'), '--distribution', '-4..4:2,3,4,5,5,5,4,3,2', '--lang', 'en');
    expect(empty.code, empty.stderr).toBe(0);
    const imported = await qsort('import', file, '--study', 'into');
    expect(imported.stdout).toMatch(/xlsx\s+9 sorts/);
    expect((await sortsOf('into')).map((s) => [s.participant, s.scores])).toEqual((await sortsOf('csv')).map((s) => [s.participant, s.scores]));
  });

  it('reads a plain long workbook with teams; names sheet, row and column of a bad cell; refuses a file that is no workbook', async () => {
    await initFromCsv('csv');
    const { names, ids, rows } = await lipsetCsv();
    const wb = new ExcelJS.Workbook();
    const long = wb.addWorksheet('Blad1');
    long.addRow(['participant', 'team', 'statement', 'score']);
    names.forEach((n, j) => ids.forEach((id, i) => long.addRow([n, j < 4 ? 'north' : 'south', id, rows[i]![j]!])));
    await wb.xlsx.writeFile(join(tmp.path, 'long.xlsx'));
    expect((await qsort('init', 'plain', '--from', 'long.xlsx', '--statements', join(fixtures, 'statements.csv'), '--lang', 'en')).code).toBe(0);
    const plain = await sortsOf('plain');
    expect(plain.map((s) => s.scores)).toEqual((await sortsOf('csv')).map((s) => s.scores));
    expect(plain.find((s) => s.participant === 'US1')?.team).toBe('north');
    const bad = await kadeWorkbook('v2');
    const broken = new ExcelJS.Workbook();
    await broken.xlsx.readFile(bad);
    broken.getWorksheet('sorts')!.getCell('F3').value = 'x';
    await broken.xlsx.writeFile(bad);
    const r = await qsort('init', 'k', '--from', bad, '--lang', 'en');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*kade-v2-0\.xlsx \[sorts\]:3:6, participant "US3", statement 5: /);
    await writeFile(join(tmp.path, 'fake.xlsx'), 'id,a\n1,2\n');
    expect(await qsort('import', 'fake.xlsx', '--study', 'csv')).toMatchObject({ code: 3, stderr: 'error: fake.xlsx: not an Excel workbook (.xlsx); an old .xls must first be saved as .xlsx\n' });
  });
});

describe('qsort analyze --out DIR --xlsx', () => {
  it('writes analysis.xlsx whose numbers are those of --json, numbers as numbers, frozen headers, defining sorts marked', async () => {
    await initFromCsv('lip');
    expect((await qsort('analyze', '--study', 'lip', '--xlsx')).code).toBe(2);
    const run = await qsort('analyze', '--study', 'lip', '-f', '3', '--out', 'res', '--xlsx', '--json');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { sorts: string[]; loadings: number[][]; unrotatedLoadings: number[][]; flags: boolean[][]; zScores: number[][]; factorArrays: number[][]; factors: { id: string; eigenvalue: number; definingSorts: number; se: number }[]; eigenvalues: number[]; statementTable: { id: string; consensus: boolean }[]; cribSheets: { factor: string; highest: string[]; higher: string[]; lower: string[]; lowest: string[] }[] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp.path, 'res', 'analysis.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Overview', 'Eigenvalues', 'Correlations', 'Unrotated loadings', 'Loadings', 'Z-scores', 'Factor arrays', 'Distinguishing', 'Consensus', 'Factor characteristics']));
    const body = (name: string, from = 2) => {
      const sheet = wb.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const out: unknown[][] = [];
      sheet.eachRow((row, r) => r >= from && out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const loadings = body('Loadings').slice(0, json.sorts.length);
    expect(loadings.map((r) => r[0])).toEqual(json.sorts);
    expect(loadings.map((r) => r.slice(1, 4))).toEqual(json.loadings);
    expect(body('Unrotated loadings').map((r) => r.slice(1, 4))).toEqual(json.unrotatedLoadings);
    expect(body('Z-scores').map((r) => r.slice(3))).toEqual(json.zScores);
    expect(body('Factor arrays').map((r) => r.slice(3))).toEqual(json.factorArrays);
    expect(body('Eigenvalues').map((r) => r[1])).toEqual(json.eigenvalues);
    expect(body('Factor characteristics').map((r) => [r[0], r[1], r[3], r[5]])).toEqual(json.factors.map((f) => [f.id, f.eigenvalue, f.definingSorts, f.se]));
    expect(body('Consensus').filter((r) => typeof r[0] === 'number').map((r) => r[1])).toEqual(json.statementTable.filter((s) => s.consensus).map((s) => s.id));
    const cribs = json.cribSheets.flatMap((c) => [...c.highest, ...c.higher, ...c.lower, ...c.lowest].map((id) => [c.factor, id]));
    expect(cribs.length).toBeGreaterThan(0);
    expect(body('Crib sheets').filter((r) => typeof r[2] === 'number').map((r) => [r[0], r[3]])).toEqual(cribs);
    // a defining sort's loading is bold and shaded, and named under "defines"
    const sheet = wb.getWorksheet('Loadings')!;
    json.flags.forEach((row, i) => {
      const f = row.indexOf(true);
      expect(sheet.getRow(i + 2).getCell(6).value).toBe(f < 0 ? '' : json.factors[f]!.id);
      if (f >= 0) expect(sheet.getRow(i + 2).getCell(2 + f).font?.bold).toBe(true);
    });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(6);
    expect(run.stderr).toMatch(new RegExp(`wrote \\d+ files to ${join(tmp.path, 'res')}`));
  });
});
