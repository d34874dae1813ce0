/**
 * The bootstrap as text and as JSON (pure): `qsort analyze --bootstrap N`.
 */
import type { AnalysisResult } from '../../analysis/analyze-study.ts';
import type { BootstrapSummary } from '../../analysis/bootstrap.ts';
import { factorId } from '../../analysis/warnings.ts';
import { renderTable } from '../../text/table.ts';

/** At most this many sorts are listed in the text (all are in --json). */
const MAX_SORT_ROWS = 40;

/** The JSON form: the summary with statement, sort and factor ids instead of positions. */
export function bootstrapJson(result: AnalysisResult, b: BootstrapSummary): Record<string, unknown> {
  return {
    replicates: b.replicates,
    seed: b.seed,
    zMean: b.zMean,
    zSe: b.zSe,
    loadingMean: b.loadingMean,
    loadingSe: b.loadingSe,
    flagShare: b.flagShare,
    drawn: b.drawn,
    factorArrays: b.factorArrays,
    sameShare: b.sameShare,
    unstable: b.unstable.map((u) => ({
      statement: result.statements[u.statement]!.id,
      factor: factorId(u.factor),
      value: u.value,
      bootstrapValue: u.bootstrapValue,
      sameShare: u.sameShare,
      valueSd: u.valueSd,
    })),
  };
}

const num = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined ? '–' : x.toFixed(digits).replace(/^-/, '−'));
const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);

/** The text section printed after the analysis. */
export function renderBootstrap(result: AnalysisResult, b: BootstrapSummary, width: number): string {
  const k = result.factors.length;
  const ids = Array.from({ length: k }, (_, f) => factorId(f));
  const out: string[] = [`Bootstrap: ${b.replicates} replicates (sorts drawn with replacement, factors aligned by Procrustes rotation), seed ${b.seed}`, ''];
  out.push('Z-scores: full sample, bootstrap SE, factor array (full → bootstrap)');
  out.push(
    renderTable(
      [{ header: 'statement', max: 12 }, ...ids.flatMap((id) => [{ header: `${id} z`, right: true }, { header: 'SE', right: true }, { header: 'array', right: true }])],
      result.statements.map((s, i) => [
        s.id,
        ...ids.flatMap((_, f) => {
          const full = result.factorArrays[i]?.[f];
          const boot = b.factorArrays[i]?.[f];
          return [num(result.zScores[i]?.[f]), num(b.zSe[i]?.[f]), full === null || full === undefined ? '–' : full === boot ? String(full) : `${full} → ${boot ?? '–'}`];
        }),
      ]),
      width,
    ).trimEnd(),
  );
  out.push('', 'How often each sort was flagged (% of the replicates that drew it), loading a ± bootstrap SE');
  const shown = result.sorts.slice(0, MAX_SORT_ROWS);
  out.push(
    renderTable(
      [{ header: 'sort', max: 14 }, { header: 'drawn', right: true }, ...ids.flatMap((id) => [{ header: `${id} %`, right: true }, { header: `${id} a±SE`, right: true }])],
      shown.map((id, j) => [
        id,
        String(b.drawn[j] ?? 0),
        ...ids.flatMap((_, f) => [pct(b.flagShare[j]?.[f]), `${num(result.loadings[j]?.[f])}±${num(b.loadingSe[j]?.[f])}`]),
      ]),
      width,
    ).trimEnd(),
  );
  if (result.sorts.length > shown.length) out.push(`… and ${result.sorts.length - shown.length} more sorts (--json has them all)`);
  out.push('');
  if (b.unstable.length === 0) out.push('Unstable factor-array positions: none.');
  else {
    out.push(`Unstable factor-array positions (the bootstrap array differs, or the position varies by more than one column): ${b.unstable.length}`);
    out.push(
      renderTable(
        [{ header: 'statement', max: 12 }, { header: 'factor' }, { header: 'full', right: true }, { header: 'bootstrap', right: true }, { header: 'same', right: true }, { header: 'SD', right: true }, { header: 'text', max: 60 }],
        b.unstable.map((u) => [result.statements[u.statement]!.id, factorId(u.factor), String(u.value), String(u.bootstrapValue), pct(u.sameShare), num(u.valueSd), result.statements[u.statement]!.text]),
        width,
      ).trimEnd(),
    );
  }
  return `${out.join('\n')}\n`;
}
