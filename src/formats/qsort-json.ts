import { parseSortRecord, parseStudy } from '../core/schema.ts';
import type { SortRecord, Study } from '../core/types.ts';
import { dataErrorAt } from './errors.ts';
import { isRecord, keyLines, parseJsonText } from './json-text.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

/** qsort's own export: the study and all its sorts in one JSON document. */
export interface QsortExport {
  readonly format: 'qsort';
  readonly study: Study;
  readonly sorts: readonly SortRecord[];
}

export function looksLikeQsortJson(data: unknown): boolean {
  return isRecord(data) && isRecord(data['study']) && Array.isArray(data['sorts']);
}

export function writeQsortJson(study: Study, sorts: readonly SortRecord[]): string {
  const doc: QsortExport = { format: 'qsort', study, sorts };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Reads a qsort JSON export: the study (statements, title) and every sort record, kept whole. */
export function parseQsortJson(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const data = parseJsonText(text, file);
  if (!isRecord(data) || !looksLikeQsortJson(data)) throw dataErrorAt({ file }, 'expected a qsort export: {"study": {...}, "sorts": [...]}');
  const study = parseStudy(data['study'], `${file}: study`);
  const raw = data['sorts'] as unknown[];
  const lines = keyLines(text, raw.map(() => 'participant'));
  const sorts = raw.map((value, i): ImportedSort => {
    const where = `sorts[${i}]`;
    const record = parseSortRecord(value, `${file}: ${where}`);
    const line = lines[i];
    return {
      participant: record.participant,
      ...(record.team !== undefined ? { team: record.team } : {}),
      scores: record.scores,
      ...(line !== undefined ? { line } : {}),
      where,
      record,
    };
  });
  return { sorts, statementIds: study.statements.map((s) => s.id), title: study.title, study };
}
