/**
 * Sorts from an Excel workbook: KADE's input workbook ("Type 2", see
 * kade-xlsx.ts), else a plain workbook laid out like our CSV (xlsx-sorts.ts).
 * What it holds besides the sorts — statements, distribution, title — comes
 * along for `qsort init --from`.
 */
import type { Distribution, Lang, Statement } from '../core/types.ts';
import { detectFormat } from './detect.ts';
import { dataErrorAt } from './errors.ts';
import { parseSorts } from './index.ts';
import { isKadeWorkbook, parseKadeWorkbook, findSheet } from './kade-xlsx.ts';
import { parseStatementsCsv } from './statements-file.ts';
import type { ImportedData, ImportFormat, ParseOptions } from './types.ts';
import { plainSortsSheet, sheetCsv, teamsSheet } from './xlsx-sorts.ts';
import { readWorkbook } from './xlsx-workbook.ts';

/** What a workbook gave: the sorts, the layout found, and what else it says. */
export interface WorkbookImport {
  readonly data: ImportedData;
  /** "kade" for KADE's Type 2 workbook, else the CSV layout of the sorts sheet. */
  readonly layout: 'kade' | ImportFormat;
  readonly statements?: readonly Statement[];
  readonly distribution?: Distribution;
  readonly title?: string;
}

/** Reads the sorts (and statements, distribution, title) of a workbook. `lang`: the language of its statement texts. */
export async function parseWorkbookSorts(bytes: Uint8Array, options: ParseOptions & { readonly lang: Lang }): Promise<WorkbookImport> {
  const sheets = await readWorkbook(bytes, options.file);
  if (isKadeWorkbook(sheets)) {
    const kade = parseKadeWorkbook(sheets, options);
    const statements = kade.statements?.map((s, i): Statement => ({ id: kade.statementIds[i] ?? s.id, text: { [options.lang]: s.text } }));
    return {
      data: kade,
      layout: 'kade',
      ...(statements ? { statements } : {}),
      ...(kade.distribution ? { distribution: kade.distribution } : {}),
      ...(kade.title !== undefined ? { title: kade.title } : {}),
    };
  }
  const sheet = plainSortsSheet(sheets);
  if (!sheet) throw dataErrorAt({ file: options.file }, 'the workbook has no sheet with sorts', 'de werkmap heeft geen blad met sorteringen');
  const label = `${options.file} [${sheet.name}]`;
  const statementsSheet = findSheet(sheets, ['statements', 'statement']);
  const statements = statementsSheet ? parseStatementsCsv(sheetCsv(statementsSheet), `${options.file} [${statementsSheet.name}]`, options.lang) : undefined;
  const text = sheetCsv(sheet);
  const detected = detectFormat(`${sheet.name}.csv`, text, options.statementIds);
  const layout = detected === 'csv-long' || detected === 'kade' ? detected : 'csv-wide';
  // statement k of a positional layout is the study's k-th, else the workbook's own k-th
  const statementIds = options.statementIds ?? statements?.map((s) => s.id);
  const parsed = parseSorts(layout, text, { file: label, ...(statementIds ? { statementIds } : {}) });
  const teams = teamsSheet(sheets);
  const data = teams.size === 0 ? parsed : { ...parsed, sorts: parsed.sorts.map((s) => (s.team === undefined && teams.has(s.participant) ? { ...s, team: teams.get(s.participant)! } : s)) };
  return { data, layout, ...(statements ? { statements } : {}) };
}
