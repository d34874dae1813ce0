/**
 * Every golden set made with R (see README.md): lipset, the real studies and
 * their free variants, PCA and centroid, with `--compat qmethod` against
 * qmethod 1.8.4 itself and with the default (converged) varimax against
 * qmethod's steps with `varimax(L, eps = 1e-14)`. The sorts are analysed in the
 * oracle's column order (koc's reversed, so never in name order), and the
 * output must keep that order.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStudy, varimax, varimaxCriterion, type AnalysisResult } from '../../src/analysis/index.ts';
import { inSortOrder, loadOracle, loadStudy, maxAbsDiff, type Oracle } from './load.ts';

const SETS = [
  ['lipset', 'lipset', [3]],
  ['real/koc', 'real/koc', [3]],
  ['real/polycrisis', 'real/polycrisis', [3, 4, 5]],
  ['free/lipset', 'free/lipset', [3]],
  ['free/koc', 'free/koc', [3]],
  ['free/polycrisis', 'free/polycrisis', [4]],
] as const;

interface Case {
  readonly folder: string;
  readonly mode: 'qmethod' | 'converged';
  readonly extraction: 'pca' | 'centroid';
  readonly k: number;
}

const cases: Case[] = SETS.flatMap(([folder, , ks]) =>
  (['qmethod', 'converged'] as const).flatMap((mode) =>
    (['pca', 'centroid'] as const).flatMap((extraction) =>
      ks.filter((k) => extraction === 'pca' || folder.endsWith('polycrisis') ? extraction === 'pca' || k === 4 : true)
        .filter(() => !(folder === 'lipset' && mode === 'qmethod'))
        .map((k) => ({ folder, mode, extraction, k })),
    ),
  ),
);

function oracleFile(c: Case): string {
  return `${c.folder}/${c.mode}-${c.extraction}-varimax-${c.k}.json`;
}

function run(c: Case, q: Oracle): AnalysisResult {
  const base = loadStudy(c.folder);
  const input = inSortOrder(base, q.meta['sort_ids'] as string[]);
  const free = q.meta['forced'] === false;
  return analyzeStudy(input, {
    factorCount: c.k,
    extraction: c.extraction,
    ...(c.mode === 'qmethod' ? { compat: 'qmethod' as const } : {}),
    ...(free ? { forced: false } : {}),
  });
}

/** Largest difference, ignoring statements whose factor-array value was decided by a tie. */
function arraysAgree(result: AnalysisResult, q: Oracle): void {
  const tied = new Set(result.factorArrayTies.flatMap((t) => t.statements.map((s) => `${t.factor}:${s}`)));
  result.factorArrays.forEach((row, i) =>
    row.forEach((value, f) => {
      if (!tied.has(`F${f + 1}:${result.statements[i]!.id}`)) expect(value).toBe(q.zsc_n.data[i]![f]);
    }),
  );
}

describe.each(cases)('$folder, $extraction, $k factors, varimax $mode', (c) => {
  const q = loadOracle(oracleFile(c));
  const result = run(c, q);
  // near its optimum the criterion is flat: converged loadings agree to ~1e-8 (the qmethod rule is 1e-3 away)
  const tol = c.mode === 'qmethod' ? 1e-12 : 1e-7;

  it('keeps the input order of the sorts (not name order)', () => {
    expect(result.sorts).toEqual(q.meta['sort_ids']);
    expect(result.statements.map((s) => s.id)).toEqual(q.meta['statement_ids']);
  });

  it('has the same loadings, rotation and varimax criterion', () => {
    expect(maxAbsDiff(result.unrotatedLoadings, q.loadings_unrotated.data)).toBeLessThan(1e-12);
    expect(maxAbsDiff(result.loadings, q.loadings.data)).toBeLessThan(tol);
    expect(maxAbsDiff(result.rotationMatrix, q.rotation_matrix.data)).toBeLessThan(tol);
    expect(result.options.varimax).toMatchObject({ stop: c.mode, converged: true });
    expect(Math.abs(varimaxCriterion(result.loadings) - (q as unknown as { varimax_criterion: number }).varimax_criterion)).toBeLessThan(1e-12);
  });

  it('has the same flags, z-scores, factor arrays and characteristics', () => {
    expect(result.flags).toEqual(q.flagged.data);
    expect(maxAbsDiff(result.zScores, q.zsc.data)).toBeLessThan(c.mode === 'qmethod' ? 1e-10 : 1e-6);
    arraysAgree(result, q);
    const ch = q.f_char.characteristics.columns;
    expect(result.factors.map((f) => f.definingSorts)).toEqual(ch.nload);
    expect(maxAbsDiff([result.factors.map((f) => f.eigenvalue)], [ch.eigenvals])).toBeLessThan(tol * 10);
    expect(maxAbsDiff([result.factors.map((f) => f.se)], [ch.se_fscores])).toBeLessThan(1e-12);
    expect(maxAbsDiff(result.sed, q.f_char.sd_dif.data)).toBeLessThan(1e-12);
    // R's cor() gives an all-NA factor a correlation of 1 with itself; ours is null
    const empty = result.factors.map((f) => f.se === null);
    const cor = q.f_char.cor_zsc.data.map((row, f) => row.map((x, g) => (empty[f] || empty[g] ? null : x)));
    expect(maxAbsDiff(result.factorCorrelations, cor)).toBeLessThan(c.mode === 'qmethod' ? 1e-10 : 1e-6);
  });

  it('has the same pairwise differences and significance marks', () => {
    if (q.qdc === null) return;
    const cols = q.qdc.columns;
    for (const row of result.statementTable) {
      const i = result.statements.findIndex((s) => s.id === row.id);
      for (const cmp of row.comparisons) {
        const key = `${cmp.factors[0].replace('F', 'f')}_${cmp.factors[1].replace('F', 'f')}`;
        expect(Math.abs(cmp.difference - (cols[key]![i] as number))).toBeLessThan(c.mode === 'qmethod' ? 1e-10 : 1e-6);
        expect(cmp.significance).toBe(cols[`sig_${key}`]![i]);
      }
    }
  });
});

describe('the converged rotation beats qmethod’s early stop', () => {
  it.each(cases.filter((c) => c.mode === 'converged'))('$folder, $extraction, $k factors: criterion ≥ qmethod’s', (c) => {
    const converged = run(c, loadOracle(oracleFile(c)));
    const early = c.folder === 'lipset'
      ? analyzeStudy(loadStudy('lipset'), { factorCount: c.k, extraction: c.extraction, compat: 'qmethod' })
      : run({ ...c, mode: 'qmethod' }, loadOracle(oracleFile({ ...c, mode: 'qmethod' })));
    expect(converged.options.varimax!.criterion).toBeGreaterThanOrEqual(early.options.varimax!.criterion);
    expect(converged.options.varimax!.iterations).toBeLessThan(1000);
    // an independent check: the converged loadings are a fixed point of one varimax step (T = I), qmethod's are not
    const step = (l: AnalysisResult['loadings']): number => {
      const t = varimax(l, { maxIterations: 1 }).rotation;
      return maxAbsDiff(t, t.map((row, i) => row.map((_, j) => (i === j ? 1 : 0))));
    };
    expect(step(converged.loadings)).toBeLessThan(1e-7);
    expect(step(early.loadings)).toBeGreaterThan(1e-6);
  });
});
