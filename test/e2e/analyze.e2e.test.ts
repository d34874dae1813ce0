/**
 * `qsort analyze` and `qsort rank` through the built CLI: the lipset study made
 * with `qsort init --from` (the golden CSVs), then analysed and compared with
 * qmethod 1.8.4 (test/golden/lipset/*.json); --out files read back with
 * csv-parse; rank's ranks, ties, --top, --by team|factor, --json and the
 * one-sort note.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SignificanceMark } from '../../src/analysis/index.ts';
import type { AnalysisJson } from '../../src/render/analysis-files.ts';
import { createStudy, saveSort } from '../../src/study/study-folder.ts';
import { loadOracle, loadStudy, maxAbsDiff, type Oracle } from '../golden/load.ts';
import { runInProcess as runBuilt } from '../helpers/cli.ts';
import { teamStudy } from '../helpers/team-study.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const GOLDEN = fileURLToPath(new URL('../golden/lipset', import.meta.url));
const TOL = 1e-6;
const tmp = useTempDir('qsort-analyze-');
const lipset = loadStudy('lipset');

/** `qsort init lip --from sorts.csv --statements statements.csv` in the temp folder; returns the study folder. */
async function initLipset(sortsCsv = join(GOLDEN, 'sorts.csv')): Promise<string> {
  const init = await runBuilt(['init', 'lip', '--from', sortsCsv, '--statements', join(GOLDEN, 'statements.csv'), '--lang', 'en', '--title', 'Lipset'], { cwd: tmp.path });
  expect(init).toMatchObject({ code: 0 });
  return join(tmp.path, 'lip');
}

async function analyzeJson(...args: string[]): Promise<{ json: AnalysisJson; stderr: string }> {
  const run = await runBuilt(['analyze', '--study', 'lip', '--json', ...args], { cwd: tmp.path });
  expect(run.code, run.stderr).toBe(0);
  return { json: JSON.parse(run.stdout) as AnalysisJson, stderr: run.stderr };
}

/** qmethod's sorts × factors rows in our sort order (the study folder lists sorts by file name). */
function bySort<T>(json: AnalysisJson, rows: readonly (readonly T[])[]): T[][] {
  const index = new Map(lipset.sorts.map((s, i) => [s.id, i]));
  return json.sorts.map((id) => [...rows[index.get(id)!]!]);
}

const column = <T>(m: readonly (readonly T[])[], j: number): T[] => m.map((r) => r[j]!);

describe('qsort analyze --json --compat qmethod on lipset (PCA, varimax, 3 factors) equals qmethod 1.8.4', () => {
  const q: Oracle = loadOracle('lipset/qmethod-pca-varimax-3.json');

  it('in every number and mark of the output contract', async () => {
    await initLipset();
    const { json, stderr } = await analyzeJson('--factors', '3', '--compat', 'qmethod');
    // the contract's keys
    for (const key of ['statements', 'sorts', 'options', 'eigenvalues', 'factors', 'loadings', 'flags', 'zScores', 'factorArrays', 'factorCorrelations', 'sed', 'statementTable', 'ranking', 'warnings']) {
      expect(json).toHaveProperty(key);
    }
    expect(json.options).toMatchObject({ extraction: 'pca', rotation: 'varimax', factorCount: 3, correlation: 'pearson', flagging: 'automatic' });
    expect(json.statements.map((s) => s.id)).toEqual(lipset.statements.map((s) => s.id));
    expect(json.statements.map((s) => s.text)).toEqual(lipset.statements.map((s) => s.text.trim()));
    expect([...json.sorts].sort()).toEqual(lipset.sorts.map((s) => s.id).sort());
    expect(maxAbsDiff([json.eigenvalues], [q.eigenvalues_full])).toBeLessThan(TOL);
    // loadings and flags (sorts × factors)
    expect(maxAbsDiff(json.loadings, bySort(json, q.loadings.data))).toBeLessThan(TOL);
    expect(json.flags).toEqual(bySort(json, q.flagged.data));
    // z-scores and factor arrays (statements × factors)
    expect(maxAbsDiff(json.zScores, q.zsc.data)).toBeLessThan(TOL);
    expect(json.factorArrays).toEqual(q.zsc_n.data);
    // characteristics, z-score correlations, SED
    const c = q.f_char.characteristics.columns;
    expect(json.factors.map((f) => f.id)).toEqual(['F1', 'F2', 'F3']);
    expect(json.factors.map((f) => f.definingSorts)).toEqual(c.nload);
    for (const [ours, theirs] of [['eigenvalue', 'eigenvals'], ['explainedVariance', 'expl_var'], ['reliability', 'reliability'], ['se', 'se_fscores']] as const) {
      expect(maxAbsDiff([json.factors.map((f) => f[ours])], [c[theirs]])).toBeLessThan(TOL);
    }
    expect(maxAbsDiff(json.factorCorrelations, q.f_char.cor_zsc.data)).toBeLessThan(TOL);
    expect(maxAbsDiff(json.sed, q.f_char.sd_dif.data)).toBeLessThan(TOL);
    // pairwise differences and significance marks
    const cols = q.qdc!.columns;
    for (const [a, b, key] of [['F1', 'F2', 'f1_f2'], ['F1', 'F3', 'f1_f3'], ['F2', 'F3', 'f2_f3']] as const) {
      const ours = json.statementTable.map((row) => row.comparisons.find((x) => x.factors[0] === a && x.factors[1] === b)!);
      expect(maxAbsDiff([ours.map((x) => x.difference)], [cols[key] as number[]])).toBeLessThan(TOL);
      expect(ours.map((x) => x.significance)).toEqual(cols[`sig_${key}`] as SignificanceMark[]);
    }
    // consensus and distinguishing sets
    const labels = cols['dist.and.cons'] as string[];
    const ids = lipset.statements.map((s) => s.id);
    const where = (label: string) => ids.filter((_, i) => labels[i] === label);
    expect(json.statementTable.filter((r) => r.consensus).map((r) => r.id)).toEqual(where('Consensus'));
    expect(json.statementTable.filter((r) => r.distinguishesAll).map((r) => r.id)).toEqual(where('Distinguishes all'));
    for (const f of [1, 2, 3]) {
      const only = json.statementTable.filter((r) => r.distinguishes.length === 1 && r.distinguishes[0] === `F${f}`).map((r) => r.id);
      expect(only).toEqual(where(`Distinguishes f${f} only`));
    }
    // warnings as data, and on stderr; no NaN anywhere
    expect(json.warnings.filter((w) => w.code === 'NEGATIVE_FLAG').map((w) => w.sort).sort()).toEqual(['FR9', 'JP5']);
    expect(stderr).toContain('warning: sort JP5 is flagged on F1 with a negative loading');
    expect(stderr).not.toContain('qsort factors'); // --factors was given
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });

  it('centroid + varimax agrees with qmethod up to factor order and sign', async () => {
    await initLipset();
    const { json } = await analyzeJson('--factors', '3', '--extraction', 'centroid', '--compat', 'qmethod');
    const theirs = bySort(json, loadOracle('lipset/qmethod-centroid-varimax-3.json').loadings.data);
    const match = [0, 1, 2].map((f) => {
      const a = column(json.loadings, f);
      const candidates = [0, 1, 2].flatMap((g) => [1, -1].map((sign) => ({ g, sign, d: Math.max(...a.map((x, i) => Math.abs(x - sign * theirs[i]![g]!))) })));
      return candidates.reduce((best, c) => (c.d < best.d ? c : best));
    });
    expect(new Set(match.map((m) => m.g)).size).toBe(3);
    for (const m of match) expect(m.d).toBeLessThan(TOL);
    expect(json.options.extraction).toBe('centroid');
    // every array reproduces the distribution, also where qmethod's tie breaks it
    const values = [...column(lipset.data, 0)].sort((a, b) => a - b);
    for (let f = 0; f < 3; f++) expect(column(json.factorArrays, f).sort((a, b) => a! - b!)).toEqual(values);
  });
});

describe('qsort analyze: terminal report, defaults, --out', () => {
  it('prints a readable report at 80 columns without colour, with the default factor count noted', async () => {
    await initLipset();
    const run = await runBuilt(['analyze', '--study', 'lip'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    for (const heading of ['Eigenvalues of the correlation matrix', 'Loadings', 'Factor arrays', 'Distinguishing statements', 'Consensus statements', 'Correlations between the factors']) {
      expect(run.stdout).toContain(`\n${heading}\n`);
    }
    // without --factors lipset gets the recommended 2 factors (Humphrey's rule and parallel analysis agree);
    // varimax to convergence (qmethod's early stop gives 0.15 here)
    expect(run.stdout).toMatch(/JP5 +0\.16 +−0\.78✓/);
    expect(run.stderr).toMatch(/^note: 2 factors \(Humphrey's rule and parallel analysis agree; eigenvalue > 1: 4\); "qsort factors"/m);
  });

  it('never fails for too many factors: warnings instead', async () => {
    await initLipset();
    const { json, stderr } = await analyzeJson('--factors', '20');
    expect(json.options.requestedFactorCount).toBe(20);
    expect(json.options.factorCount).toBeLessThan(20);
    expect(stderr).toMatch(/warning: 20 factors were asked for/);
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
    // 8 unrotated factors of 9 sorts: some factor has no defining sort, so no z-scores, and the report says so
    const eight = await runBuilt(['analyze', '--study', 'lip', '--factors', '8', '--rotation', 'none'], { cwd: tmp.path });
    expect(eight.code).toBe(0);
    expect(eight.stderr).toMatch(/^warning: F\d has no flagged sorts, so it has no z-scores or factor array$/m);
    expect(eight.stdout).toContain('No sort defines this factor, so it has no z-scores and no array.');
  });

  it('takes manual flags and refuses an unknown sort with one line', async () => {
    await initLipset();
    const { json } = await analyzeJson('--factors', '3', '--flag', 'US1=1,US3=2');
    expect(json.options.flagging).toBe('manual');
    const row = (id: string) => json.flags[json.sorts.indexOf(id)]!;
    expect(row('US1')).toEqual([true, false, false]);
    expect(row('US3')[1]).toBe(true);
    const bad = await runBuilt(['analyze', '--study', 'lip', '--flag', 'NOPE=1'], { cwd: tmp.path });
    expect(bad).toMatchObject({ code: 3, stdout: '', stderr: expect.stringMatching(/^error: manual flags on F1 name an unknown sort "NOPE"\n$/m) });
  });

  it('--adjust and --split-bipolar: in the JSON options, and refused with one line where they cannot apply', async () => {
    await initLipset();
    const { json } = await analyzeJson('--factors', '3', '--adjust', 'holm', '--split-bipolar', 'F1');
    expect(json.options).toMatchObject({ adjust: 'holm', splitBipolar: ['F1'] });
    expect(json.factors.map((f) => f.id)).toEqual(['F1a', 'F1b', 'F2', 'F3']);
    expect(json.viewpoints.filter((v) => v.factor.startsWith('F1')).map((v) => [v.factor, v.pole, v.sorts])).toEqual([['F1a', 1, expect.any(Array)], ['F1b', 1, ['JP5']]]);
    const cases: [string[], number, RegExp][] = [
      [['--split-bipolar', 'F2'], 3, /^error: F2 is not bipolar: no sort is flagged on it with a negative loading, so it cannot be split\n$/],
      [['--split-bipolar', 'F7'], 3, /^error: --split-bipolar names factor "F7", but the factors are F1..F3\n$/],
      [['--bootstrap', '10', '--split-bipolar', 'F1'], 2, /^error: --bootstrap and --split-bipolar do not go together/],
      [['--adjust', 'fdr'], 2, /argument 'fdr' is invalid. Allowed choices are none, holm, bonferroni/],
    ];
    for (const [args, code, stderr] of cases) {
      const run = await runBuilt(['analyze', '--study', 'lip', '--factors', '3', ...args], { cwd: tmp.path });
      expect(run, args.join(' ')).toMatchObject({ code, stdout: '', stderr: expect.stringMatching(stderr) });
    }
  });

  it('flags a listed sort only where listed, SORT=0 nowhere, and reads the same from --flag-file', async () => {
    await initLipset();
    const auto = (await analyzeJson('--factors', '3')).json;
    const row = (json: AnalysisJson, id: string) => json.flags[json.sorts.indexOf(id)]!;
    // the issue's case: US1 by hand on F1 loses its automatic flag elsewhere; at most one flag per sort
    const { json, stderr } = await analyzeJson('--factors', '3', '--flag', 'US1=1,US3=1');
    expect(row(json, 'US1')).toEqual([true, false, false]);
    for (const r of json.flags) expect(r.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(stderr).toMatch(/^warning: F1 is flagged by hand: US1, US3 \(the automatic flags were: .*\)$/m);
    // CA6=0: CA6 flagged nowhere, every other flag automatic
    const none = (await analyzeJson('--factors', '3', '--flag', 'CA6=0')).json;
    expect(row(none, 'CA6')).toEqual([false, false, false]);
    expect(none.flags.filter((_, i) => none.sorts[i] !== 'CA6')).toEqual(auto.flags.filter((_, i) => auto.sorts[i] !== 'CA6'));
    expect(none.options).toMatchObject({ flagging: 'manual', manualFlags: [], unflagged: ['CA6'] });
    await writeFile(join(tmp.path, 'flags.csv'), 'sort,factor\nUS1,1\nUS3,F1\nCA6,0\n');
    const fromFile = (await analyzeJson('--factors', '3', '--flag-file', 'flags.csv')).json;
    const fromFlag = (await analyzeJson('--factors', '3', '--flag', 'US1=1,US3=1,CA6=0')).json;
    expect(fromFile.flags).toEqual(fromFlag.flags);
    expect(row(fromFile, 'CA6')).toEqual([false, false, false]);
    await writeFile(join(tmp.path, 'twice.csv'), 'sort,factor\nUS1,1\nUS1,2\n');
    const twice = await runBuilt(['analyze', '--study', 'lip', '--flag-file', 'twice.csv'], { cwd: tmp.path });
    expect(twice).toMatchObject({ code: 3, stderr: 'error: twice.csv:3: sort "US1" is flagged twice (also on line 2); a sort defines at most one factor\n' });
    const both = await runBuilt(['analyze', '--study', 'lip', '--flag', 'US1=1', '--flag-file', 'flags.csv'], { cwd: tmp.path });
    expect(both).toMatchObject({ code: 2, stderr: 'error: give the flags by hand with --flag or with --flag-file, not both\n' });
  });

  it('--save keeps --adjust and --split-bipolar in the analysis plan; a plain analyze then uses them and says so', async () => {
    await initLipset();
    const saved = await runBuilt(['analyze', '--study', 'lip', '--factors', '3', '--adjust', 'bonferroni', '--split-bipolar', 'F1', '--save', '--json'], { cwd: tmp.path });
    expect(saved.code).toBe(0);
    const plan = JSON.parse(await readFile(join(tmp.path, 'lip', 'analysis-plan.json'), 'utf8')) as { options: Record<string, unknown> };
    expect(plan.options).toMatchObject({ factorCount: 3, adjust: 'bonferroni', splitBipolar: ['F1'] });
    const { json, stderr } = await analyzeJson();
    expect(json.options).toMatchObject({ adjust: 'bonferroni', splitBipolar: ['F1'] });
    expect(stderr).toContain('Bonferroni-adjusted p, F1 split)');
    const over = await analyzeJson('--adjust', 'none');
    expect(over.json.options.adjust).toBe('none');
    expect(over.stderr).toContain('--adjust from the command line');
  });

  it('needs two sorts and says so', async () => {
    await writeFile(join(tmp.path, 'one.csv'), (await readFile(join(GOLDEN, 'sorts.csv'), 'utf8')).split('\n').map((l) => l.split(',').slice(0, 2).join(',')).join('\n'));
    await initLipset(join(tmp.path, 'one.csv'));
    const run = await runBuilt(['analyze', '--study', 'lip'], { cwd: tmp.path });
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toMatch(/^error: the study in .*lip has 1 valid sort; an analysis needs at least 2/);
  });

  it('--out writes every table, parseable, with the right headers, and analysis.json equal to --json', async () => {
    await initLipset();
    const run = await runBuilt(['analyze', '--study', 'lip', '--factors', '3', '--out', 'tables'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote 12 files to ${join(tmp.path, 'tables')}`);
    const dir = join(tmp.path, 'tables');
    expect((await readdir(dir)).sort()).toEqual(
      ['analysis.json', 'characteristics.csv', 'correlations.csv', 'crib-sheets.csv', 'eigenvalues.csv', 'factor-arrays.csv', 'factor-correlations.csv', 'loadings.csv', 'ranking.csv', 'sed.csv', 'statement-table.csv', 'zscores.csv'].sort(),
    );
    const read = async (name: string) => parse(await readFile(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const header = async (name: string) => (parse(await readFile(join(dir, name), 'utf8'), { to_line: 1 }) as string[][])[0];
    expect(await header('loadings.csv')).toEqual(['sort', 'F1', 'F2', 'F3', 'h2', 'flagged']);
    expect(await header('zscores.csv')).toEqual(['number', 'id', 'text', 'F1', 'F2', 'F3']);
    expect(await header('factor-arrays.csv')).toEqual(['number', 'id', 'text', 'F1', 'F2', 'F3']);
    expect(await header('characteristics.csv')).toEqual(['factor', 'eigenvalue', 'explained_variance', 'defining_sorts', 'reliability', 'se']);
    expect(await header('ranking.csv')).toEqual(['rank', 'number', 'id', 'text', 'mean', 'sd', 'top_two_share', 'bottom_two_share', 'n']);
    expect(await header('statement-table.csv')).toEqual([
      'number', 'id', 'text', 'consensus', 'distinguishes', 'distinguishes_all',
      'diff_F1_F2', 'sig_F1_F2', 'diff_F1_F3', 'sig_F1_F3', 'diff_F2_F3', 'sig_F2_F3',
    ]);
    expect(await header('correlations.csv')).toEqual(['sort', ...(await read('loadings.csv')).map((r) => r['sort'])]);
    const json = JSON.parse(await readFile(join(dir, 'analysis.json'), 'utf8')) as AnalysisJson;
    // the CSVs carry the JSON's numbers at full precision
    const loadings = await read('loadings.csv');
    expect(loadings.map((r) => [Number(r['F1']), Number(r['F2']), Number(r['F3'])])).toEqual(json.loadings);
    expect(loadings.map((r) => r['flagged'])).toEqual(json.flags.map((row) => (row.indexOf(true) < 0 ? '' : `F${row.indexOf(true) + 1}`)));
    const z = await read('zscores.csv');
    expect(z.map((r) => r['text'])).toEqual(json.statements.map((s) => s.text));
    expect(z.map((r) => [Number(r['F1']), Number(r['F2']), Number(r['F3'])])).toEqual(json.zScores);
    expect((await read('factor-arrays.csv')).map((r) => [Number(r['F1']), Number(r['F2']), Number(r['F3'])])).toEqual(json.factorArrays);
    const table = await read('statement-table.csv');
    expect(table.map((r) => r['consensus'] === 'true')).toEqual(json.statementTable.map((r) => r.consensus));
    expect(table.map((r) => r['sig_F1_F2'])).toEqual(json.statementTable.map((r) => r.comparisons[0]!.significance));
    expect((await read('ranking.csv')).map((r) => r['id'])).toEqual(json.ranking.map((r) => r.id));
    // analysis.json is exactly what --json prints
    const printed = await runBuilt(['analyze', '--study', 'lip', '--factors', '3', '--json'], { cwd: tmp.path });
    expect(JSON.parse(printed.stdout)).toEqual(json);
  });
});

/** Competition ranks of the means (ties within 1e-9 share the rank), computed here independently. */
function expectedRanks(data: readonly (readonly number[])[]): Map<string, { rank: number; mean: number }> {
  const means = data.map((row) => row.reduce((s, x) => s + x, 0) / row.length);
  const out = new Map<string, { rank: number; mean: number }>();
  lipset.statements.forEach((s, i) => out.set(s.id, { rank: 1 + means.filter((m) => m > means[i]! + 1e-9).length, mean: means[i]! }));
  return out;
}

describe('qsort rank', () => {
  it('ranks every statement by mean, ties as ties, the top five marked ★', async () => {
    await initLipset();
    const json = await runBuilt(['rank', '--study', 'lip', '--json'], { cwd: tmp.path });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { sortCount: number; top: number; ranking: { id: string; rank: number; mean: number; sd: number; n: number; top: boolean; topTwoShare: number }[] };
    expect(out).toMatchObject({ sortCount: 9, top: 5 });
    const expected = expectedRanks(lipset.data);
    expect(out.ranking).toHaveLength(33);
    for (const r of out.ranking) {
      expect(r.rank).toBe(expected.get(r.id)!.rank);
      expect(r.mean).toBeCloseTo(expected.get(r.id)!.mean, 12);
      expect(r.n).toBe(9);
      expect(r.top).toBe(r.rank <= 5);
    }
    // sta_11 and sta_27 tie (mean 4/9) for rank 7
    expect(out.ranking.filter((r) => r.rank === 7).map((r) => r.id)).toEqual(['sta_11', 'sta_27']);
    // sta_13: +2, +3 and +4 … share of sorts in the two highest columns
    const s13 = lipset.data[12]!;
    expect(out.ranking[0]).toMatchObject({ id: 'sta_13', topTwoShare: s13.filter((x) => x >= 3).length / 9 });

    const text = await runBuilt(['rank', '--study', 'lip'], { cwd: tmp.path });
    expect(text.code).toBe(0);
    const rows = text.stdout.split('\n').filter((l) => /^[★ ] +\d+=? /.test(l));
    expect(rows).toHaveLength(33);
    expect(rows.filter((l) => l.startsWith('★'))).toHaveLength(5);
    expect(rows[0]).toMatch(/^★  1 +13 +We are encouraged/);
    expect(rows.filter((l) => /^ +7= /.test(l))).toHaveLength(2);
    expect(text.stderr).toBe('');
  });

  it('--top changes how many stand out', async () => {
    await initLipset();
    const run = await runBuilt(['rank', '--study', 'lip', '--top', '8'], { cwd: tmp.path });
    // the tie at rank 7 puts both tied statements in the top 8
    expect(run.stdout.split('\n').filter((l) => l.startsWith('★'))).toHaveLength(8);
    expect(run.stdout).toContain('★ marks the top 8');
    const bad = await runBuilt(['rank', '--study', 'lip', '--top', '0'], { cwd: tmp.path });
    expect(bad.code).toBe(2);
  });

  it('--by factor ranks by z-score per factor, with the number of factors analyze recommends', async () => {
    await initLipset();
    // without --factors: the number analyze picks (2 for lipset), and the same note
    const analyzed = await runBuilt(['analyze', '--study', 'lip', '--json'], { cwd: tmp.path });
    const byDefault = await runBuilt(['rank', '--study', 'lip', '--by', 'factor', '--json'], { cwd: tmp.path });
    expect(byDefault.code).toBe(0);
    const note = analyzed.stderr.split('\n')[0]!;
    expect(note).toMatch(/^note: 2 factors \(/);
    expect(byDefault.stderr.split('\n')[0]).toBe(note);
    const poles = (JSON.parse(byDefault.stdout) as { factors: { factor: string; pole: number; sortCount: number }[] }).factors;
    const viewpoints = (JSON.parse(analyzed.stdout) as AnalysisJson).viewpoints;
    // one entry per viewpoint, as analyze --json has them: a reversed pole is its own entry
    expect(poles.map((f) => [f.factor, f.pole, f.sortCount])).toEqual(viewpoints.map((v) => [v.factor, v.pole, v.sorts.length]));
    expect(poles.filter((f) => f.pole === 1).map((f) => f.factor)).toEqual(['F1', 'F2']);
    // --factors (and the other analysis options) as for analyze, only with --by factor
    const run = await runBuilt(['rank', '--study', 'lip', '--by', 'factor', '--factors', '3', '--json'], { cwd: tmp.path });
    expect(run.stderr).not.toContain('note:');
    const all = JSON.parse(run.stdout) as { factors: { factor: string; pole: number; ranking: { id: string; rank: number; top: boolean; bottom: boolean; zScore: number }[] }[] };
    const q = loadOracle('lipset/qmethod-pca-varimax-3.json');
    const out = { factors: all.factors.filter((f) => f.pole === 1) };
    expect(out.factors.map((f) => f.factor)).toEqual(['F1', 'F2', 'F3']);
    // ★ and ▼ are the analysis' most and least agree lists
    const three = (await analyzeJson('--factors', '3')).json;
    all.factors.forEach((f, k) => {
      expect(f.ranking.filter((r) => r.top).map((r) => r.id).sort()).toEqual([...three.viewpoints[k]!.mostAgree].sort());
      expect(f.ranking.filter((r) => r.bottom).map((r) => r.id).sort()).toEqual([...three.viewpoints[k]!.leastAgree].sort());
    });
    out.factors.forEach((f, k) => {
      const z = column(q.zsc.data, k);
      const best = z.indexOf(Math.max(...z));
      expect(f.ranking[0]!.id).toBe(lipset.statements[best]!.id);
      expect(f.ranking.map((r) => r.zScore)).toEqual([...f.ranking.map((r) => r.zScore)].sort((a, b) => b - a));
    });
    const text = await runBuilt(['rank', '--study', 'lip', '--by', 'factor', '-f', '3'], { cwd: tmp.path });
    expect(text.stdout).toMatch(/^Rank +No\. +Statement +Mean +F1 +F1 rev +F2 +F3 +F3 rev$/m);
    const misplaced = await runBuilt(['rank', '--study', 'lip', '--factors', '3'], { cwd: tmp.path });
    expect(misplaced).toMatchObject({ code: 2, stdout: '', stderr: 'error: --factors applies to --by factor only\n' });
  });

  it('--by team puts the teams side by side within 80 columns', async () => {
    const { study, sorts } = await teamStudy({ language: 'en' });
    const dir = join(tmp.path, 'teams');
    await createStudy(dir, study);
    for (const s of sorts) await saveSort(dir, study, s);
    const run = await runBuilt(['rank', '--study', dir, '--by', 'team', '--lang', 'en'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const teams = [...new Set(sorts.map((s) => s.team))];
    expect(teams.length).toBeGreaterThan(1);
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const team of teams) expect(flat).toContain(team!.length <= 8 ? `${team} (` : `= ${team} (`);
    const json = JSON.parse((await runBuilt(['rank', '--study', dir, '--by', 'team', '--json'], { cwd: tmp.path })).stdout) as {
      teams: { team: string; sortCount: number; ranking: { id: string; rank: number; top: boolean }[] }[];
    };
    expect(json.teams.map((t) => t.team)).toEqual(teams);
    expect(json.teams.reduce((n, t) => n + t.sortCount, 0)).toBe(sorts.length);
    for (const t of json.teams) expect(t.ranking.filter((r) => r.top).length).toBeGreaterThanOrEqual(5);
  });

  it('works from one sort, with a note that it says little', async () => {
    await writeFile(join(tmp.path, 'one.csv'), (await readFile(join(GOLDEN, 'sorts.csv'), 'utf8')).split('\n').map((l) => l.split(',').slice(0, 2).join(',')).join('\n'));
    await initLipset(join(tmp.path, 'one.csv'));
    const run = await runBuilt(['rank', '--study', 'lip'], { cwd: tmp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('note: only 1 sort; a ranking over so few sorts says little.\n');
    expect(run.stdout).toContain('over 1 sort (n = 1)');
    // with one sort the ranking is the sort itself: the two +4 statements tie for rank 1
    const plus4 = lipset.statements.filter((_, i) => lipset.data[i]![0] === 4).map((s) => s.id);
    const json = JSON.parse((await runBuilt(['rank', '--study', 'lip', '--json'], { cwd: tmp.path })).stdout) as { ranking: { id: string; rank: number; sd: number | null }[] };
    expect(json.ranking.filter((r) => r.rank === 1).map((r) => r.id)).toEqual(plus4);
    expect(json.ranking[0]!.sd).toBeNull();
    const byFactor = await runBuilt(['rank', '--study', 'lip', '--by', 'factor'], { cwd: tmp.path });
    expect(byFactor.code).toBe(3);
  });
});
