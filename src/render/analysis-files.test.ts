import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lipsetReportInput } from '../../test/helpers/report-inputs.ts';
import { planOf } from '../formats/analysis-plan.ts';
import { analysisFiles, analysisJson, ANALYSIS_JSON_VERSION } from './analysis-files.ts';
import { reportContext } from './html/model.ts';

function files(options: Parameters<typeof lipsetReportInput>[1] = {}) {
  const ctx = reportContext(lipsetReportInput('en', options));
  const json = analysisJson(ctx.input.result, { title: 'Lipset', version: '9.9.9', plan: planOf({ factorCount: 3, extraction: 'pca', rotation: 'varimax', correlation: 'pearson' }) });
  const out = analysisFiles(ctx, json);
  const table = (name: string) => {
    const file = out.find((f) => f.name === name);
    expect(file, name).toBeDefined();
    return parse(file!.content) as string[][];
  };
  return { ctx, json, out, table };
}

describe('analysisJson (the --json output contract)', () => {
  it('has the documented keys and shapes, in the documented orientation', () => {
    const { json, ctx } = files({ factorCount: 3, correlations: true });
    const { result } = ctx.input;
    expect(json).toMatchObject({ schemaVersion: ANALYSIS_JSON_VERSION, qsortVersion: '9.9.9', title: 'Lipset' });
    expect(Object.keys(json).slice(0, 4)).toEqual(['schemaVersion', 'qsortVersion', 'title', 'plan']);
    expect(json.plan).toEqual({ schemaVersion: 1, options: { factorCount: 3, extraction: 'pca', rotation: 'varimax', correlation: 'pearson' } });
    const [statements, sorts, factors] = [33, 9, 3];
    expect(json.statements).toHaveLength(statements);
    expect(json.statements[0]).toEqual({ id: 'sta_1', text: expect.any(String) });
    expect(json.sorts).toHaveLength(sorts);
    expect(json.options).toEqual(result.options);
    expect(json.eigenvalues).toHaveLength(sorts);
    expect(json.factors.map((f) => Object.keys(f).sort())).toEqual(Array(factors).fill(['definingSorts', 'eigenvalue', 'explainedVariance', 'id', 'reliability', 'se']));
    for (const key of ['loadings', 'flags'] as const) expect(json[key].map((r) => r.length)).toEqual(Array(sorts).fill(factors));
    for (const key of ['zScores', 'factorArrays'] as const) expect(json[key].map((r) => r.length)).toEqual(Array(statements).fill(factors));
    for (const key of ['factorCorrelations', 'sed'] as const) expect(json[key].map((r) => r.length)).toEqual(Array(factors).fill(factors));
    expect(json.statementTable[0]).toEqual({
      id: 'sta_1',
      consensus: expect.any(Boolean),
      distinguishes: expect.any(Array),
      distinguishesAll: expect.any(Boolean),
      comparisons: [
        { factors: ['F1', 'F2'], difference: expect.any(Number), p: expect.any(Number), pAdjusted: expect.any(Number), significance: expect.any(String) },
        { factors: ['F1', 'F3'], difference: expect.any(Number), p: expect.any(Number), pAdjusted: expect.any(Number), significance: expect.any(String) },
        { factors: ['F2', 'F3'], difference: expect.any(Number), p: expect.any(Number), pAdjusted: expect.any(Number), significance: expect.any(String) },
      ],
    });
    expect(json.viewpoints.map((v) => Object.keys(v).sort())[0]).toEqual(['factor', 'leastAgree', 'mostAgree', 'pole', 'sorts', 'tiedByOrder']);
    expect(json.viewpoints.filter((v) => v.pole === 1).map((v) => v.factor)).toEqual(['F1', 'F2', 'F3']);
    expect(json.cribSheets.map((c) => Object.keys(c).sort())).toEqual(Array(factors).fill(['factor', 'higher', 'highest', 'lower', 'lowest']));
    expect(json.ranking).toHaveLength(statements);
    expect(Object.keys(json.ranking[0]!).sort()).toEqual(['bottomTwoShare', 'id', 'mean', 'n', 'rank', 'sd', 'topTwoShare']);
    expect(json.correlationMatrix).toHaveLength(sorts);
    expect(json.warnings.every((w) => typeof w.code === 'string' && typeof w.message === 'string')).toBe(true);
  });

  it('writes null, never NaN, where a number does not exist', () => {
    const { json } = files({ factorCount: 8, rotation: 'none' });
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text)).toEqual(json);
    const empty = json.factors.findIndex((f) => f.definingSorts === 0);
    expect(empty).toBeGreaterThanOrEqual(0);
    expect(json.zScores.every((row) => row[empty] === null)).toBe(true);
    expect(json.factors[empty]!.se).toBeNull();
  });
});

describe('analysisFiles (--out)', () => {
  it('writes every table with its header, one row per sort, statement or factor', () => {
    const { out, table, json } = files({ factorCount: 3, correlations: true });
    expect(out.map((f) => f.name)).toEqual([
      'eigenvalues.csv',
      'correlations.csv',
      'loadings.csv',
      'zscores.csv',
      'factor-arrays.csv',
      'characteristics.csv',
      'factor-correlations.csv',
      'sed.csv',
      'statement-table.csv',
      'ranking.csv',
      'crib-sheets.csv',
      'analysis.json',
    ]);
    expect(table('eigenvalues.csv')[0]).toEqual(['factor', 'eigenvalue', 'explained_variance', 'cumulative_variance']);
    expect(Number(table('eigenvalues.csv').at(-1)![3])).toBeCloseTo(100, 9);
    expect(table('correlations.csv').map((r) => r.length)).toEqual(Array(10).fill(10));
    expect(table('loadings.csv')).toHaveLength(10);
    expect(table('zscores.csv')).toHaveLength(34);
    expect(table('factor-arrays.csv').slice(1).map((r) => r.slice(3).map(Number))).toEqual(json.factorArrays);
    expect(table('characteristics.csv').slice(1).map((r) => r[0])).toEqual(['F1', 'F2', 'F3']);
    expect(table('factor-correlations.csv')[0]).toEqual(['factor', 'F1', 'F2', 'F3']);
    expect(table('sed.csv').slice(1).map((r) => r.slice(1).map(Number))).toEqual(json.sed);
    expect(table('statement-table.csv')).toHaveLength(34);
    expect(table('ranking.csv').slice(1).map((r) => Number(r[0]))).toEqual(json.ranking.map((r) => r.rank));
    expect(JSON.parse(out.at(-1)!.content)).toEqual(json);
    const crib = table('crib-sheets.csv');
    expect(crib[0]).toEqual(['factor', 'part', 'number', 'id', 'text', 'score_F1', 'score_F2', 'score_F3']);
    const expected = json.cribSheets.flatMap((c) => (['highest', 'higher', 'lower', 'lowest'] as const).flatMap((part) => c[part].map((id) => [c.factor, part, id])));
    expect(crib.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(expected);
    for (const r of crib.slice(1)) expect(r.slice(5).map(Number)).toEqual(json.factorArrays[json.statements.findIndex((s) => s.id === r[3])]);
  });

  it('leaves out correlations.csv without the matrix, and writes empty cells for missing numbers', () => {
    const { out, table } = files({ factorCount: 8, rotation: 'none' });
    expect(out.map((f) => f.name)).not.toContain('correlations.csv');
    const empty = table('characteristics.csv').find((r) => r[3] === '0')!;
    expect(empty[5]).toBe('');
    const column = table('zscores.csv')[0]!.indexOf(empty[0]!);
    expect(table('zscores.csv').slice(1).every((r) => r[column] === '')).toBe(true);
  });

  it('quotes statement texts with commas and quotes so that they read back unchanged', () => {
    const { table, ctx } = files({ factorCount: 3 });
    expect(table('zscores.csv').slice(1).map((r) => r[2])).toEqual(ctx.statements.map((s) => s.text));
    expect(ctx.statements.some((s) => /[,"]/.test(s.text))).toBe(true);
  });
});
