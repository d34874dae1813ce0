/**
 * `qsort analyze --out DIR --xlsx`: the whole analysis as one Excel workbook,
 * with the sheets an analyst knows from KADE and PQMethod. Every number is a
 * number cell (full precision, shown with 3 decimals), every sheet has a frozen
 * header row and column widths that fit. The numbers are those of
 * `analyze --json` (the same AnalysisJson), so the two always agree.
 */
import type { AnalysisJson } from '../analysis-files.ts';
import type { ReportContext } from '../html/model.ts';
import { addTable, newWorkbook, workbookBytes, type OutCell, type TableSheet } from '../../formats/xlsx-workbook.ts';

/** The sheet names, in order (crib sheets only when the analysis has them). */
export const ANALYSIS_SHEETS = {
  overview: 'Overview',
  eigenvalues: 'Eigenvalues',
  correlations: 'Correlations',
  unrotated: 'Unrotated loadings',
  loadings: 'Loadings',
  zScores: 'Z-scores',
  arrays: 'Factor arrays',
  distinguishing: 'Distinguishing',
  consensus: 'Consensus',
  characteristics: 'Factor characteristics',
  factorCorrelations: 'Factor correlations',
  ranking: 'Ranking',
  cribSheets: 'Crib sheets',
} as const;

type Row = OutCell[];

function overview(ctx: ReportContext, json: AnalysisJson, generatedAt: string): TableSheet {
  const r = ctx.input.result;
  const o = r.options;
  const rows: Row[] = [
    ['title', json.title],
    ['qsort version', json.qsortVersion],
    ['made at', generatedAt],
    ['statements', r.statements.length],
    ['sorts', r.sorts.length],
    ['distribution', ctx.distributionText],
    ['extraction', o.extraction],
    ['rotation', o.rotation],
    ['factors', o.factorCount],
    ['factors asked for', o.requestedFactorCount],
    ['correlation', o.correlation],
    ['flagging', o.flagging],
    ['manual flags', o.manualFlags.join(' ')],
    ['centroid threshold', o.centroidThreshold],
    ['forced distribution', o.forced],
    ...r.warnings.map((w): Row => ['warning', w.message]),
  ];
  return { name: ANALYSIS_SHEETS.overview, header: ['setting', 'value'], rows, textColumns: [1], numberFormat: 'General' };
}

function eigenvalues(ctx: ReportContext): TableSheet {
  const r = ctx.input.result;
  let cumulative = 0;
  const rows = r.eigenvalues.map((e, i): Row => {
    const variance = (100 * e) / r.sorts.length;
    cumulative += variance;
    return [i + 1, e, variance, cumulative];
  });
  return { name: ANALYSIS_SHEETS.eigenvalues, header: ['factor', 'eigenvalue', 'explained variance %', 'cumulative %'], rows };
}

function sortTable(ctx: ReportContext, name: string, matrix: readonly (readonly number[])[], withFlags: boolean): TableSheet {
  const r = ctx.input.result;
  const ids = ctx.factorIds;
  const marked: [number, number][] = [];
  const rows = matrix.map((row, i): Row => {
    const f = withFlags ? (ctx.sortFactor[i] ?? null) : null;
    if (f !== null) marked.push([i, 1 + f]);
    const h2 = row.reduce((s, a) => s + a * a, 0);
    return withFlags ? [r.sorts[i], ...row, h2, f === null ? '' : ids[f]] : [r.sorts[i], ...row, h2];
  });
  const header = withFlags ? ['sort', ...ids, 'h2', 'defines'] : ['sort', ...ids.map((_, f) => `${f + 1}`), 'h2'];
  const notes = withFlags ? ['A defining sort (flagged) has its loading shaded and in bold, and its factor under "defines".'] : [];
  return { name, header, rows, freezeColumns: 1, marked, notes };
}

function statementCells(ctx: ReportContext, i: number): Row {
  const s = ctx.statements[i]!;
  return [Number(s.number), s.id, s.text];
}

function perStatement(ctx: ReportContext, name: string, matrix: readonly (readonly (number | null)[])[], format?: string): TableSheet {
  return {
    name,
    header: ['number', 'id', 'statement', ...ctx.factorIds],
    rows: matrix.map((row, i) => [...statementCells(ctx, i), ...row]),
    freezeColumns: 3,
    textColumns: [2],
    ...(format ? { numberFormat: format } : {}),
  };
}

function distinguishing(ctx: ReportContext): TableSheet {
  const r = ctx.input.result;
  const ids = ctx.factorIds;
  const rows: Row[] = [];
  ids.forEach((id, f) =>
    r.statementTable.forEach((row, i) => {
      if (!row.distinguishes.includes(id)) return;
      const marks = row.comparisons.filter((c) => c.factors.includes(id)).map((c) => `${c.factors.join('–')} ${c.significance}`).join('; ');
      rows.push([id, ...statementCells(ctx, i), r.zScores[i]?.[f] ?? null, r.factorArrays[i]?.[f] ?? null, ...ids.map((_, g) => r.factorArrays[i]?.[g] ?? null), marks]);
    }),
  );
  return {
    name: ANALYSIS_SHEETS.distinguishing,
    header: ['factor', 'number', 'id', 'statement', 'z-score', 'array', ...ids.map((id) => `array ${id}`), 'significance'],
    rows,
    freezeColumns: 4,
    textColumns: [3],
    notes: ['* p < .05, ** p < .01, *** p < .001, 6* p < 0.000001 (difference of z-scores against the SED).'],
  };
}

function consensus(ctx: ReportContext): TableSheet {
  const r = ctx.input.result;
  const rows: Row[] = [];
  r.statementTable.forEach((row, i) => {
    if (row.consensus) rows.push([...statementCells(ctx, i), ...ctx.factorIds.flatMap((_, f) => [r.zScores[i]?.[f] ?? null, r.factorArrays[i]?.[f] ?? null])]);
  });
  return {
    name: ANALYSIS_SHEETS.consensus,
    header: ['number', 'id', 'statement', ...ctx.factorIds.flatMap((id) => [`z ${id}`, `array ${id}`])],
    rows,
    freezeColumns: 3,
    textColumns: [2],
    notes: ['A consensus statement: no pair of factors differs significantly on it (p < .05).'],
  };
}

function characteristics(ctx: ReportContext): TableSheet {
  const r = ctx.input.result;
  return {
    name: ANALYSIS_SHEETS.characteristics,
    header: ['factor', 'eigenvalue', 'explained variance %', 'defining sorts', 'composite reliability', 'SE of z-scores'],
    rows: r.factors.map((f) => [f.id, f.eigenvalue, f.explainedVariance, f.definingSorts, f.reliability, f.se]),
  };
}

function factorMatrices(ctx: ReportContext): TableSheet {
  const r = ctx.input.result;
  const ids = ctx.factorIds;
  const rows: Row[] = [
    ...r.factorCorrelations.map((row, f): Row => ['correlation', ids[f], ...row]),
    ...r.sed.map((row, f): Row => ['SED', ids[f], ...row]),
  ];
  return { name: ANALYSIS_SHEETS.factorCorrelations, header: ['table', 'factor', ...ids], rows, freezeColumns: 2 };
}

function ranking(ctx: ReportContext): TableSheet {
  const rows = ctx.input.result.ranking.map((r): Row => {
    const s = ctx.statementById.get(r.id);
    return [r.rank, s ? Number(s.number) : null, r.id, s?.text ?? '', r.mean, r.sd, r.topTwoShare, r.bottomTwoShare, r.n];
  });
  return { name: ANALYSIS_SHEETS.ranking, header: ['rank', 'number', 'id', 'statement', 'mean', 'sd', 'top two share', 'bottom two share', 'sorts'], rows, freezeColumns: 4, textColumns: [3] };
}

const CRIB_PARTS = [
  ['highest', 'highest (the two top columns)'],
  ['higher', 'ranked higher than in every other factor'],
  ['lower', 'ranked lower than in every other factor'],
  ['lowest', 'lowest (the two bottom columns)'],
] as const;

/** Watts & Stenner's crib sheets: per factor, the four lists with every factor's array value beside each statement. */
function cribSheets(ctx: ReportContext): TableSheet | undefined {
  const r = ctx.input.result;
  const sheets = r.cribSheets ?? [];
  if (sheets.every((c) => CRIB_PARTS.every(([part]) => c[part].length === 0))) return undefined;
  const rows: Row[] = [];
  for (const crib of sheets) {
    for (const [part, label] of CRIB_PARTS) {
      for (const id of crib[part]) {
        const s = ctx.statementById.get(id);
        if (!s) continue;
        rows.push([crib.factor, label, Number(s.number), id, s.text, ...ctx.factorIds.map((_, g) => r.factorArrays[s.index]?.[g] ?? null)]);
      }
    }
  }
  return {
    name: ANALYSIS_SHEETS.cribSheets,
    header: ['factor', 'list', 'number', 'id', 'statement', ...ctx.factorIds.map((id) => `array ${id}`)],
    rows,
    freezeColumns: 2,
    textColumns: [4],
    numberFormat: '0',
  };
}

/** The workbook's sheets as tables (pure), in order. */
export function analysisSheets(ctx: ReportContext, json: AnalysisJson, generatedAt: string): TableSheet[] {
  const r = ctx.input.result;
  return [
    overview(ctx, json, generatedAt),
    eigenvalues(ctx),
    ...(r.correlationMatrix === null ? [] : [{ name: ANALYSIS_SHEETS.correlations, header: ['sort', ...r.sorts], rows: r.correlationMatrix.map((row, i) => [r.sorts[i], ...row]), freezeColumns: 1 }]),
    sortTable(ctx, ANALYSIS_SHEETS.unrotated, r.unrotatedLoadings, false),
    sortTable(ctx, ANALYSIS_SHEETS.loadings, r.loadings, true),
    perStatement(ctx, ANALYSIS_SHEETS.zScores, r.zScores),
    perStatement(ctx, ANALYSIS_SHEETS.arrays, r.factorArrays, '0'),
    distinguishing(ctx),
    consensus(ctx),
    characteristics(ctx),
    factorMatrices(ctx),
    ranking(ctx),
  ].concat(cribSheets(ctx) ?? []);
}

/** The analysis workbook as .xlsx bytes. */
export async function analysisWorkbook(ctx: ReportContext, json: AnalysisJson, generatedAt: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(generatedAt);
  for (const table of analysisSheets(ctx, json, generatedAt.toISOString())) addTable(workbook, table);
  return workbookBytes(workbook);
}
