import type { Lang, SortRecord, Study } from '../core/types.ts';
import { DataError } from '../errors.ts';
import { oneLine } from './errors.ts';
import { parseCsvLong, writeCsvLong } from './csv-long.ts';
import { parseCsvWide, writeCsvWide } from './csv-wide.ts';
import { parseEqws, writeEqws } from './eqws.ts';
import { parseHtmlq, writeHtmlq } from './htmlq.ts';
import { parseKade, writeKade } from './kade.ts';
import { parsePqmethodDat, pqmethodNames, writePqmethodDat, writePqmethodSta } from './pqmethod.ts';
import type { StaFile } from './pqmethod.ts';
import { parseQsortJson, writeQsortJson } from './qsort-json.ts';
import { exportOrder } from './export-order.ts';
import type { ExportFormat, ImportedData, ImportFormat, ParseOptions } from './types.ts';

export { detectFormat } from './detect.ts';
export { describePlace, dataErrorAt, oneLine } from './errors.ts';
export type { Place } from './errors.ts';
export { EXPORT_FORMATS, FORMAT_DESCRIPTIONS, formatList, IMPORT_FORMATS } from './types.ts';
export type { ExportFormat, ImportedData, ImportedSort, ImportFormat, ParseOptions } from './types.ts';

const PARSERS: Readonly<Record<ImportFormat, (text: string, options: ParseOptions) => ImportedData>> = {
  'csv-wide': parseCsvWide,
  'csv-long': parseCsvLong,
  pqmethod: parsePqmethodDat,
  kade: parseKade,
  htmlq: parseHtmlq,
  eqws: parseEqws,
  json: parseQsortJson,
};

/** Formats that name statements; the others give scores in statement order (position k = statement k). */
export const KEYED_FORMATS: ReadonlySet<ImportFormat> = new Set(['csv-wide', 'csv-long', 'json']);

/** Parses text in a known format (pure; errors are DataErrors naming file, line, participant and statement). */
export function parseSorts(format: ImportFormat, text: string, options: ParseOptions): ImportedData {
  try {
    return PARSERS[format](text, options);
  } catch (error) {
    if (error instanceof DataError) throw new DataError(oneLine(error.message), { cause: error });
    throw error;
  }
}

/** One file to write: a name suffix (e.g. ".DAT") and its content. */
export interface ExportFile {
  readonly extension: string;
  readonly content: string | Uint8Array;
}

export interface ExportResult {
  readonly files: readonly ExportFile[];
  /** Participants whose name had to change (PQMethod: ≤ 8 characters, unique). */
  readonly renamed: readonly { readonly participant: string; readonly name: string }[];
  /** The .STA's encoding (PQMethod only). */
  readonly staEncoding?: StaFile['encoding'];
}

const EXTENSIONS: Readonly<Record<Exclude<ExportFormat, 'pqmethod'>, string>> = {
  'csv-wide': '.csv',
  'csv-long': '.csv',
  kade: '.csv',
  htmlq: '.csv',
  eqws: '.json',
  json: '.json',
};

const WRITERS: Readonly<Record<Exclude<ExportFormat, 'pqmethod'>, (study: Study, sorts: readonly SortRecord[]) => string>> = {
  'csv-wide': writeCsvWide,
  'csv-long': writeCsvLong,
  kade: writeKade,
  htmlq: writeHtmlq,
  eqws: writeEqws,
  json: writeQsortJson,
};

/**
 * Writes a study's sorts in a format (pure), in {@link exportOrder}: the order
 * they were done where the records say, else as given. PQMethod gives two files, .DAT and .STA.
 */
export function exportSorts(format: ExportFormat, study: Study, given: readonly SortRecord[], lang: Lang): ExportResult {
  const sorts = exportOrder(given);
  if (format === 'pqmethod') {
    const names = pqmethodNames(sorts.map((s) => s.participant));
    const sta = writePqmethodSta(study, lang);
    return {
      files: [
        { extension: '.DAT', content: writePqmethodDat(study, sorts, names) },
        { extension: '.STA', content: sta.bytes },
      ],
      renamed: sorts.flatMap((s, i) => (names[i] !== s.participant ? [{ participant: s.participant, name: names[i] ?? '' }] : [])),
      staEncoding: sta.encoding,
    };
  }
  return { files: [{ extension: EXTENSIONS[format], content: WRITERS[format](study, sorts) }], renamed: [] };
}
