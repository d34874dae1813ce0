/**
 * `qsort init --from FILE.xlsx`: what a workbook gives a new study — the sorts,
 * and the statements, distribution and title it holds (KADE's workbook holds
 * all three; a plain workbook its "statements" sheet, when it has one). A
 * --statements file, --distribution and --title given on the command line win.
 */
import type { Distribution, Lang, Statement } from '../core/types.ts';
import { UsageError } from '../errors.ts';
import type { ImportedData } from '../formats/index.ts';
import { readStatementsFile } from '../formats/statements-file.ts';
import type { FileImportFormat } from '../formats/types.ts';
import { readBytes } from './import-sorts.ts';

/** The data of a new study as read from its --from file. */
export interface InitSource {
  readonly format: FileImportFormat;
  readonly data: ImportedData;
  readonly statements: readonly Statement[] | undefined;
  readonly statementsFile: string | undefined;
  /** The data name their statements by id (else the k-th score is the k-th statement's). */
  readonly keyed: boolean;
  /** The distribution the file states (KADE's pattern), if any. */
  readonly distribution?: Distribution;
}

export async function workbookSource(input: { readonly from: string; readonly fromLabel: string; readonly statements?: string; readonly language: Lang }): Promise<InitSource> {
  const { parseWorkbookSorts } = await import('../formats/xlsx-import.ts');
  const given = input.statements ? await readStatementsFile(input.statements, input.language) : undefined;
  const bytes = await readBytes(input.from, 'sorts');
  const workbook = await parseWorkbookSorts(bytes, { file: input.fromLabel, lang: input.language, ...(given ? { statementIds: given.map((s) => s.id) } : {}) });
  const statements = given ?? workbook.statements;
  if (!statements) {
    throw new UsageError(`${input.fromLabel} holds no statement texts: add a sheet "statements" (id, text) or give --statements FILE (CSV id,text; .STA; or one per line)`);
  }
  return {
    format: 'xlsx',
    data: workbook.data,
    statements,
    statementsFile: input.statements,
    keyed: workbook.layout === 'csv-wide' || workbook.layout === 'csv-long',
    ...(workbook.distribution ? { distribution: workbook.distribution } : {}),
  };
}
