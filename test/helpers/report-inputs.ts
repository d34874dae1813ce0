/** Report inputs for tests: the lipset study and the generated 24-statement team study, analysed. */
import { analyzeStudy, factorCountAids, type AnalysisOptions } from '../../src/analysis/index.ts';
import type { Lang, SortRecord, Study } from '../../src/core/types.ts';
import type { ReportInput } from '../../src/render/html/index.ts';
import { analysisInput } from '../../src/study-analysis/analysis-input.ts';
import { loadStudy } from '../golden/load.ts';
import { teamStudy } from './team-study.ts';

export const GENERATED_AT = '2026-11-22T10:00:00.000Z';

/** The lipset study (33 statements, 9 sorts) as a qsort Study and sort records. */
export function lipsetStudy(): { study: Study; sorts: SortRecord[] } {
  const input = loadStudy('lipset');
  const study: Study = {
    schemaVersion: 1,
    title: 'Lipset: values of four nations',
    language: 'en',
    instruction: { en: 'Which statements describe your country best?' },
    statements: input.statements.map((s) => ({ id: s.id, text: { en: s.text } })),
    distribution: { scores: [...input.distribution!.scores], counts: [...input.distribution!.counts] },
    questions: [],
    createdAt: '2026-11-01T00:00:00.000Z',
  };
  const sorts = input.sorts.map(
    (s, j): SortRecord => ({
      schemaVersion: 1,
      sortId: `sort-${j}`,
      participant: s.id,
      source: 'import',
      scores: Object.fromEntries(input.statements.map((st, i) => [st.id, input.data[i]![j]!])),
    }),
  );
  return { study, sorts };
}

/** With `aids`: the number-of-factors aids (20 random studies, seed 1), and the recommended number of factors unless `options.factorCount`. */
function reportInput(study: Study, sorts: SortRecord[], lang: Lang, options: Partial<AnalysisOptions>, aids: boolean): ReportInput {
  const input = analysisInput(study, sorts, lang);
  const factorAids = aids ? factorCountAids(input.data, { iterations: 20, seed: 1 }) : undefined;
  const factorCount = options.factorCount ?? factorAids?.recommended ?? 3;
  const result = analyzeStudy(input, { ...options, factorCount });
  return {
    lang,
    study,
    sorts,
    result,
    generatedAt: GENERATED_AT,
    version: '9.9.9',
    ...(factorAids ? { factorAids, factorsRecommended: options.factorCount === undefined } : {}),
  };
}

export function lipsetReportInput(lang: Lang = 'en', options: Partial<AnalysisOptions> = {}, aids = false): ReportInput {
  const { study, sorts } = lipsetStudy();
  return reportInput(study, sorts, lang, options, aids);
}

export async function teamReportInput(lang: Lang = 'nl', options: { nasty?: boolean; analysis?: Partial<AnalysisOptions> } = {}): Promise<ReportInput> {
  const { study, sorts } = await teamStudy({ nasty: options.nasty ?? false });
  return reportInput(study, sorts, lang, options.analysis ?? {}, false);
}
