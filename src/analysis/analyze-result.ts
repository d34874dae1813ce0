/**
 * Step 5 of {@link analyzeStudy}: the `qsort analyze --json` contract, from
 * the steps' results (plus the rankings, which need only the data).
 */
import type { ResolvedFlags } from './analyze-flag.ts';
import type { ExtractedFactors } from './analyze-extract.ts';
import type { FactorScores } from './analyze-score.ts';
import type { ValidatedAnalysis } from './analyze-validate.ts';
import type { AnalysisResult, RankingRow, ResolvedOptions, StatementRow } from './analysis-types.ts';
import { type RankedStatement, rankByFactor, rankStatements, rankStatementsByGroup } from './ranking.ts';
import { CENTROID_THRESHOLD } from './thresholds.ts';
import { cribSheets } from './crib-sheets.ts';
import { factorViewpoints } from './viewpoints.ts';

function resolvedOptions(v: ValidatedAnalysis, e: ExtractedFactors, f: ResolvedFlags): ResolvedOptions {
  const manual = f.manualFactors.length > 0 || f.unflagged.length > 0;
  return {
    extraction: v.extraction,
    rotation: v.rotation,
    judgmental: v.judgmental ?? null,
    factorCount: e.unrotated[0]?.length ?? 0,
    requestedFactorCount: v.options.factorCount,
    correlation: v.method,
    flagging: manual ? 'manual' : 'automatic',
    manualFlags: f.manualFactors,
    unflagged: f.unflagged,
    compat: v.options.compat ?? null,
    varimax: v.rotation === 'varimax' || v.judgmental?.base === 'varimax'
      ? { stop: v.varimaxStop, iterations: e.rotated.iterations, converged: e.rotated.converged, criterion: e.rotated.criterion }
      : null,
    centroidThreshold: v.extraction === 'centroid' ? (v.options.centroidThreshold ?? CENTROID_THRESHOLD) : null,
    forced: v.forced,
    adjust: v.adjust,
    splitBipolar: [...new Set(v.options.splitBipolar ?? [])],
  };
}

function statementTable(v: ValidatedAnalysis, s: FactorScores): StatementRow[] {
  const idOf = (f: number): string => s.factorIds[f]!;
  return s.distinctions.map((d, i) => ({
    id: v.statementIds[i]!,
    consensus: d.consensus,
    distinguishes: d.distinguishes.map(idOf),
    distinguishesAll: d.distinguishesAll,
    comparisons: d.pairs.map((p) => ({
      factors: [idOf(p.factors[0]), idOf(p.factors[1])] as const,
      difference: p.difference,
      p: p.p,
      pAdjusted: p.pAdjusted,
      significance: p.significance,
    })),
  }));
}

function rankings(v: ValidatedAnalysis, s: FactorScores): Pick<AnalysisResult, 'ranking' | 'rankingByGroup' | 'rankingByFactor'> {
  const { data, sorts, distribution } = v.input;
  const columns = distribution ? distribution.scores : [...new Set(v.values)];
  const toRow = (r: RankedStatement): RankingRow => ({
    id: v.statementIds[r.statement]!,
    rank: r.rank,
    mean: r.mean,
    sd: r.sd,
    topTwoShare: r.topTwoShare,
    bottomTwoShare: r.bottomTwoShare,
    n: r.n,
  });
  const groups = sorts.map((x) => x.group);
  const byGroup = groups.some((g) => g !== undefined && g !== '') ? rankStatementsByGroup(data, groups, { columns }) : [];
  return {
    ranking: rankStatements(data, { columns }).map(toRow),
    rankingByGroup: byGroup.map((g) => ({ group: g.group, sortCount: g.sortCount, ranking: g.ranking.map(toRow) })),
    rankingByFactor: rankByFactor(s.zScores).map((r, f) => ({
      factor: s.factorIds[f]!,
      ranking: r === null ? null : r.map((x) => ({ id: v.statementIds[x.statement]!, rank: x.rank, zScore: x.zScore })),
    })),
  };
}

/**
 * Assembles the result of the analysis.
 * @example buildResult(v, extracted, flags, scores).factorArrays
 */
export function buildResult(v: ValidatedAnalysis, e: ExtractedFactors, f: ResolvedFlags, s: FactorScores): AnalysisResult {
  const c = s.characteristics;
  const factors = c.factors.map((x, i) => ({
    id: s.factorIds[i]!,
    eigenvalue: x.eigenvalue,
    explainedVariance: x.explainedVariance,
    definingSorts: x.definingSorts,
    reliability: x.reliability,
    se: x.se,
  }));
  return {
    statements: v.input.statements.map((x) => ({ id: x.id, text: x.text })),
    sorts: v.sortIds,
    options: resolvedOptions(v, e, f),
    eigenvalues: e.eigenvalues,
    factors,
    unrotatedLoadings: e.unrotated,
    rotationMatrix: e.rotation,
    loadings: s.loadings,
    flags: s.flags,
    zScores: s.zScores,
    factorArrays: s.arrays,
    factorArrayTies: s.ties,
    factorCorrelations: c.correlations,
    sed: c.sed,
    statementTable: statementTable(v, s),
    viewpoints: factorViewpoints({
      statements: v.input.statements,
      sorts: v.sortIds,
      factors,
      loadings: s.loadings,
      flags: s.flags,
      zScores: s.zScores,
      factorArrays: s.arrays,
      factorArrayTies: s.ties,
    }),
    cribSheets: cribSheets(s.arrays, s.zScores, s.factorIds, v.statementIds),
    ...rankings(v, s),
    correlationMatrix: e.correlation !== null && (v.options.correlations ?? false) ? e.correlation : null,
    warnings: [...e.warnings, ...f.warnings, ...s.warnings],
  };
}
