import { describe, expect, it } from 'vitest';
import {
  analyzeStudy,
  correlationMatrix,
  extractCentroids,
  qmethodLabel,
  distinguishingStatements,
  varimax,
  type AnalysisResult,
  type SignificanceMark,
} from '../../src/analysis/index.ts';
import { loadOracle, loadStudy, maxAbsDiff } from './load.ts';

const TOL = 1e-6;
const lipset = loadStudy('lipset');
const pcaOracle = loadOracle('lipset/qmethod-pca-varimax-3.json');
const centroidOracle = loadOracle('lipset/qmethod-centroid-varimax-3.json');

function column<T>(m: readonly (readonly T[])[], j: number): T[] {
  return m.map((r) => r[j]!);
}

describe('lipset, 3 factors, PCA + varimax, --compat qmethod, against qmethod 1.8.4', () => {
  const result = analyzeStudy(lipset, { factorCount: 3, correlations: true, compat: 'qmethod' });
  const q = pcaOracle;

  it('has the same correlations and eigenvalues', () => {
    expect(maxAbsDiff(result.correlationMatrix!, q.correlation.data)).toBeLessThan(TOL);
    expect(result.eigenvalues).toHaveLength(9);
    expect(maxAbsDiff([result.eigenvalues], [q.eigenvalues_full])).toBeLessThan(TOL);
  });

  it('has the same unrotated loadings and rotation matrix', () => {
    expect(maxAbsDiff(result.unrotatedLoadings, q.loadings_unrotated.data)).toBeLessThan(TOL);
    // psych's rot.mat is taken before it re-orders and re-signs the factors
    expect(maxAbsDiff(varimax(result.unrotatedLoadings, { stop: 'qmethod' }).rotation, q.rotation_matrix.data)).toBeLessThan(TOL);
  });

  it('has the same rotated loadings, and loadings = unrotated · T', () => {
    expect(maxAbsDiff(result.loadings, q.loadings.data)).toBeLessThan(TOL);
    const recomposed = result.unrotatedLoadings.map((row) =>
      result.rotationMatrix[0]!.map((_, f) => row.reduce((s, x, t) => s + x * result.rotationMatrix[t]![f]!, 0)),
    );
    expect(maxAbsDiff(recomposed, result.loadings)).toBeLessThan(1e-12);
  });

  it('has exactly the same flags', () => {
    expect(result.flags).toEqual(q.flagged.data);
  });

  it('has the same z-scores and exactly the same factor arrays', () => {
    expect(maxAbsDiff(result.zScores, q.zsc.data)).toBeLessThan(TOL);
    expect(result.factorArrays).toEqual(q.zsc_n.data);
    // sta_18 and sta_30 tie on F1, but both get +1: nothing was decided by statement order
    expect(result.factorArrayTies.filter((t) => t.brokenByOrder)).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'FACTOR_ARRAY_TIE')).toEqual([]);
  });

  it('has the same factor characteristics, z-score correlations and SED', () => {
    const c = q.f_char.characteristics.columns;
    expect(result.factors.map((f) => f.definingSorts)).toEqual(c.nload);
    expect(maxAbsDiff([result.factors.map((f) => f.eigenvalue)], [c.eigenvals])).toBeLessThan(TOL);
    expect(maxAbsDiff([result.factors.map((f) => f.explainedVariance)], [c.expl_var])).toBeLessThan(TOL);
    expect(maxAbsDiff([result.factors.map((f) => f.reliability)], [c.reliability])).toBeLessThan(TOL);
    expect(maxAbsDiff([result.factors.map((f) => f.se)], [c.se_fscores])).toBeLessThan(TOL);
    expect(maxAbsDiff(result.factorCorrelations, q.f_char.cor_zsc.data)).toBeLessThan(TOL);
    expect(maxAbsDiff(result.sed, q.f_char.sd_dif.data)).toBeLessThan(TOL);
  });

  it('has the same pairwise differences and exactly the same significance marks', () => {
    const cols = q.qdc!.columns;
    const pairs = [['F1', 'F2', 'f1_f2'], ['F1', 'F3', 'f1_f3'], ['F2', 'F3', 'f2_f3']] as const;
    for (const [a, b, key] of pairs) {
      const ours = result.statementTable.map((row) => row.comparisons.find((c) => c.factors[0] === a && c.factors[1] === b)!);
      expect(maxAbsDiff([ours.map((c) => c.difference)], [cols[key] as number[]])).toBeLessThan(TOL);
      expect(ours.map((c) => c.significance)).toEqual(cols[`sig_${key}`] as SignificanceMark[]);
    }
  });

  it('has exactly the same consensus and distinguishing statements', () => {
    const labels = q.qdc!.columns['dist.and.cons'] as string[];
    const ours = distinguishingStatements(result.zScores, result.sed).map((d) => qmethodLabel(d, 3));
    expect(ours).toEqual(labels);
    const consensus = result.statementTable.filter((r) => r.consensus).map((r) => r.id);
    expect(consensus).toEqual(lipset.statements.map((s) => s.id).filter((_, i) => labels[i] === 'Consensus'));
    for (const [f, fid] of [[1, 'F1'], [2, 'F2'], [3, 'F3']] as const) {
      const only = result.statementTable.filter((r) => r.distinguishes.length === 1 && r.distinguishes[0] === fid).map((r) => r.id);
      expect(only).toEqual(lipset.statements.map((s) => s.id).filter((_, i) => labels[i] === `Distinguishes f${f} only`));
    }
    const all = result.statementTable.filter((r) => r.distinguishesAll).map((r) => r.id);
    expect(all).toEqual(lipset.statements.map((s) => s.id).filter((_, i) => labels[i] === 'Distinguishes all'));
  });

  it('warns about the negative flags, as qmethod does', () => {
    expect(result.warnings.filter((w) => w.code === 'NEGATIVE_FLAG').map((w) => w.sort)).toEqual(['JP5', 'FR9']);
  });

  it('contains no NaN anywhere', () => {
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

/** Matches each of our factors to qmethod's by the largest |correlation| of loadings. */
function matchFactors(ours: AnalysisResult, theirs: readonly (readonly number[])[]): { index: number; sign: number }[] {
  const k = ours.loadings[0]!.length;
  return Array.from({ length: k }, (_, f) => {
    const a = column(ours.loadings, f);
    let best = { index: -1, sign: 1, score: -1 };
    for (let g = 0; g < k; g++) {
      const b = column(theirs, g);
      const dPlus = Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));
      const dMinus = Math.max(...a.map((x, i) => Math.abs(x + b[i]!)));
      const score = -Math.min(dPlus, dMinus);
      if (best.index < 0 || score > best.score) best = { index: g, sign: dPlus <= dMinus ? 1 : -1, score };
    }
    return { index: best.index, sign: best.sign };
  });
}

describe('lipset, 3 factors, centroid + varimax, --compat qmethod, against qmethod 1.8.4', () => {
  const result = analyzeStudy(lipset, { factorCount: 3, extraction: 'centroid', compat: 'qmethod' });
  const q = centroidOracle;
  const match = matchFactors(result, q.loadings.data);

  it('extracts exactly qmethod::centroid factors, from R or from the standardized data', () => {
    expect(maxAbsDiff(result.unrotatedLoadings, q.loadings_unrotated.data)).toBeLessThan(TOL);
    const fromR = extractCentroids(correlationMatrix(lipset.data), 3, { threshold: 1e-5 });
    expect(maxAbsDiff(fromR.loadings, q.loadings_unrotated.data)).toBeLessThan(TOL);
    expect(maxAbsDiff(varimax(fromR.loadings, { stop: 'qmethod' }).rotation, q.rotation_matrix.data)).toBeLessThan(TOL);
  });

  it('agrees with qmethod up to factor order and sign', () => {
    expect(new Set(match.map((m) => m.index)).size).toBe(3);
    const permuted = result.loadings.map((_, i) => match.map((m) => m.sign * q.loadings.data[i]![m.index]!));
    expect(maxAbsDiff(result.loadings, permuted)).toBeLessThan(TOL);
    const flags = q.flagged.data.map((row) => match.map((m) => row[m.index]!));
    expect(result.flags).toEqual(flags);
    const z = q.zsc.data.map((row) => match.map((m) => m.sign * row[m.index]!));
    expect(maxAbsDiff(result.zScores, z)).toBeLessThan(TOL);
    const sed = match.map((a) => match.map((b) => q.f_char.sd_dif.data[a.index]![b.index]!));
    expect(maxAbsDiff(result.sed, sed)).toBeLessThan(TOL);
    const cor = match.map((a) => match.map((b) => a.sign * b.sign * q.f_char.cor_zsc.data[a.index]![b.index]!));
    expect(maxAbsDiff(result.factorCorrelations, cor)).toBeLessThan(TOL);
    const c = q.f_char.characteristics.columns;
    expect(result.factors.map((f) => f.definingSorts)).toEqual(match.map((m) => c.nload[m.index]));
    expect(maxAbsDiff([result.factors.map((f) => f.eigenvalue)], [match.map((m) => c.eigenvals[m.index]!)])).toBeLessThan(TOL);
  });

  it('orders factors by decreasing sum of squares with column sums ≥ 0', () => {
    const ss = result.factors.map((f) => f.eigenvalue);
    expect([...ss].sort((a, b) => b - a)).toEqual(ss);
    for (let f = 0; f < 3; f++) expect(column(result.loadings, f).reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(0);
  });

  it('keeps every factor array a permutation of the distribution, and reports the tie qmethod mishandles', () => {
    const values = [...lipset.data.map((r) => r[0]!)].sort((a, b) => a - b);
    for (let f = 0; f < 3; f++) {
      expect(column(result.factorArrays, f).sort((a, b) => a! - b!)).toEqual(values);
    }
    // qmethod gives tied statements the same (lowest) value, which breaks the distribution
    const broken = [0, 1, 2].filter((g) => JSON.stringify(column(q.zsc_n.data, g).sort((a, b) => a - b)) !== JSON.stringify(values));
    expect(broken.length).toBeGreaterThan(0);
    // sta_7 and sta_10 tie on F3 across the −2/−1 boundary: statement order decides
    expect(result.factorArrayTies.filter((t) => t.brokenByOrder)).toEqual([
      expect.objectContaining({ factor: 'F3', statements: ['sta_7', 'sta_10'], values: [-2, -1] }),
    ]);
    expect(result.warnings.filter((w) => w.code === 'FACTOR_ARRAY_TIE').map((w) => w.statements)).toEqual([['sta_7', 'sta_10']]);
    // where there is no tie, the arrays equal qmethod's (mirrored for a flipped factor; the distribution is symmetric)
    const tied = new Set(result.factorArrayTies.flatMap((t) => t.statements.map((s) => `${t.factor}:${s}`)));
    match.forEach((m, f) => {
      lipset.statements.forEach((s, i) => {
        if (tied.has(`F${f + 1}:${s.id}`)) return;
        const theirs = q.zsc_n.data[i]![m.index]!;
        if (broken.includes(m.index)) return;
        expect(result.factorArrays[i]![f]).toBe(m.sign * theirs === 0 ? 0 : m.sign * theirs);
      });
    });
  });

  it('contains no NaN anywhere', () => {
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});
